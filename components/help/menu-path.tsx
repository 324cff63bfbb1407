/** A click path such as Settings › Privacy & security › Device encryption, read as an ordered list. */
export function MenuPath({ items, label }: { items: readonly string[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-wrap items-center gap-x-1 gap-y-2">
      {items.map((item, index) => (
        <li key={item} className="flex items-center gap-1">
          {index > 0 ? (
            <span aria-hidden="true" className="text-muted px-0.5">
              ›
            </span>
          ) : null}
          <span className="border-line bg-canvas rounded-md border px-2.5 py-1.5 font-semibold">{item}</span>
        </li>
      ))}
    </ol>
  );
}
