/**
 * A command line cut into the pieces a line may break between. A short quoted argument or a
 * `<placeholder>` stays one piece even though it contains spaces: `"<48-digit recovery key>"`
 * broken over two lines reads like two arguments. Longer quoted text (a message inside an XML
 * value) still breaks between its words. Separators (spaces, line breaks) are pieces of their
 * own, so joining the pieces gives back the exact text that is copied.
 */
export type CommandPiece = { kind: "token" | "space"; text: string };

const MAX_GROUPED = 40;
const PIECE = new RegExp(`"[^"\\n]{0,${MAX_GROUPED}}"|<[^<>"=\\n]{0,${MAX_GROUPED}}>|\\s+|[^\\s"<]+|["<]`, "g");

export function commandPieces(text: string): CommandPiece[] {
  const pieces: CommandPiece[] = [];
  for (const [piece] of text.matchAll(PIECE)) {
    const kind = /^\s/.test(piece) ? "space" : "token";
    const last = pieces.at(-1);
    // `-RecoveryPassword"<…>"`-style glue: a token right after a token is part of it.
    if (last && last.kind === "token" && kind === "token") last.text += piece;
    else pieces.push({ kind, text: piece });
  }
  return pieces;
}
