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
