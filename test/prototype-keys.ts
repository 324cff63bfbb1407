/** Keys every plain object answers through Object.prototype: hostile input for table lookups. */
export const PROTOTYPE_KEYS = [
  "toString",
  "__proto__",
  "constructor",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupGetter__",
] as const;

/** Percent-encodings no decoder accepts (bad hex, cut short, overlong UTF-8, lone surrogates): hostile path and form input. */
export const BROKEN_PERCENT_ENCODINGS = [
  "%",
  "%%",
  "%zz",
  "%2",
  "%c0%ae",
  "%c0%af",
  "%ff",
  "%fe%ff",
  "%ed%a0%80",
  "%e0%a4%a",
  "%f8%88%80%80%80",
  "a%",
  "%%41",
  "%u0041",
  "%G1",
  "%0",
  "%c3",
  "%e2%82",
  "..%c0%af..",
  "%25%zz",
] as const;
