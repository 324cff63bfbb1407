import type { ReactNode } from "react";

/**
 * A key page and, in the `guide` slot, a guide opened from it. Guide links from the key page are
 * intercepted (`@guide/(..)help/…`): the guide opens beside the key without leaving the page,
 * so a shown key stays in memory and on screen.
 */
export default function KeyLayout({ children, guide }: { children: ReactNode; guide: ReactNode }) {
  return (
    <>
      {children}
      {guide}
    </>
  );
}
