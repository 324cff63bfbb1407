import "server-only";
import bwipjs from "bwip-js/node";

/** A barcode drawn as SVG paths, for a React component to render (no markup string to inject). */
export type BarcodeSvg = {
  viewBox: string;
  paths: { d: string; fill: string | null; stroke: string | null; strokeWidth: string | null }[];
};

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** bwip-js's SVG: one <svg viewBox> with <path> elements; anything else means it changed, and we draw nothing. */
function toShapes(svg: string): BarcodeSvg {
  const viewBox = /<svg[^>]*\sviewBox="([\d. ]+)"/.exec(svg)?.[1];
  const tags = svg.match(/<path\s[^>]*\/?>/g) ?? [];
  if (!viewBox || tags.length === 0) throw new Error("unexpected barcode SVG");
  return {
    viewBox,
    paths: tags.map((tag) => ({
      d: attribute(tag, "d") ?? "",
      fill: attribute(tag, "fill"),
      stroke: attribute(tag, "stroke"),
      strokeWidth: attribute(tag, "stroke-width"),
    })),
  };
}

/**
 * The 48 digits as a Code 128 barcode (for a USB scanner in keyboard mode) and a QR code (for a
 * 2-D scanner), drawn here on the server by bwip-js and sent only in the reveal's answer: no
 * image service, no URL, no cache. Digits only: the recovery screen adds the dashes itself, and
 * Code 128's digit-pair set keeps 48 digits short enough to scan.
 */
export function keyBarcodes(recoveryPassword: string): { code128: BarcodeSvg; qr: BarcodeSvg } {
  const digits = recoveryPassword.replace(/\D/g, "");
  return {
    code128: toShapes(bwipjs.toSVG({ bcid: "code128", text: digits, height: 14, paddingwidth: 10, paddingheight: 2 })),
    qr: toShapes(bwipjs.toSVG({ bcid: "qrcode", text: digits, padding: 4 })),
  };
}
