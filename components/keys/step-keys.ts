/** What a key press does in the one-block-at-a-time view; null leaves the key to the browser. */
export type StepMove = "next" | "previous" | "exit";

type KeyPress = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag name (upper case, as the DOM reports it). */
  targetTag: string | null;
};

/** Elements that act on Enter or Space themselves: the view must not act a second time. */
const ACTIVATES_ITSELF = new Set(["BUTTON", "A", "INPUT", "SELECT", "TEXTAREA", "SUMMARY"]);
const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]);

/**
 * The person typing at another machine holds a phone or sits at a keyboard: any of the usual
 * "forward" keys moves on, the usual "back" keys go back, Escape returns to all blocks. Tab and
 * shortcuts keep their meaning.
 */
export function stepMoveFor(press: KeyPress): StepMove | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.key === "Escape") return "exit";
  const tag = press.targetTag ?? "";
  if ((press.key === "Enter" || press.key === " ") && ACTIVATES_ITSELF.has(tag)) return null;
  if (NEXT.has(press.key)) return "next";
  if (PREVIOUS.has(press.key)) return "previous";
  return null;
}

/**
 * The block as a speech engine should say it: one digit at a time with a pause between them, so
 * "704 902" is not read as "seven hundred and four thousand…". Japanese uses its own comma.
 */
export function speechTextForBlock(block: string, lang: string): string {
  const separator = lang.toLowerCase().startsWith("ja") ? "、" : ", ";
  return Array.from(block.replace(/\D/g, "")).join(separator);
}
