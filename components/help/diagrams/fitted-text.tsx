import type { SVGProps } from "react";
import { fitText } from "./fit-text";

type Props = Omit<SVGProps<SVGTextElement>, "children" | "fontSize" | "textLength" | "lengthAdjust"> & {
  text: string;
  fontSize: number;
  /** The width of its place in the drawing, in the drawing's units. */
  maxWidth: number;
};

/** One line of text in a drawing, squeezed into its place when a translation is wider (fitText). */
export function FittedText({ text, fontSize, maxWidth, ...rest }: Props) {
  return (
    <text {...rest} fontSize={fontSize} {...fitText(text, fontSize, maxWidth)}>
      {text}
    </text>
  );
}
