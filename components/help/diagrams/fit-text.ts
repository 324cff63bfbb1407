/**
 * SVG text does not wrap. When a translation is wider than its place in a drawing, squeeze it
 * to fit instead of letting it run off the picture; text that fits is left as drawn.
 */
export function fitText(
  text: string,
  fontSize: number,
  maxWidth: number,
): { textLength?: number; lengthAdjust?: "spacingAndGlyphs" } {
  // An average glyph of a sans-serif UI font is a little over half its size wide; CJK glyphs are square.
  const width = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.56) * fontSize, 0);
  return width > maxWidth ? { textLength: maxWidth, lengthAdjust: "spacingAndGlyphs" } : {};
}
