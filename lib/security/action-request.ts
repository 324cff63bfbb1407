/**
 * A gate in front of Next.js's server-action decoding. A body Next.js cannot decode (broken JSON,
 * a broken multipart body, a reference to a part that is not there) or an action id of the wrong
 * shape makes Next.js answer 500 and log the error — with the start of the body or the id in the
 * message. Such requests never come from KeyDesk's own pages, so they are answered 400 here,
 * before Next.js reads them, and nothing of them is logged.
 */

/** Next.js's server action ids: 42 hexadecimal digits (server-reference-info.js). */
const ACTION_ID = /^[0-9a-f]{42}$/;

/**
 * React's reply format marks special values with a leading `$`. These stand on their own: an
 * escaped `$$…`, undefined, NaN, ±Infinity, -0, a date, a bigint, and a temporary reference (`$T`:
 * a value the browser holds for the server without sending it).
 */
const SELF_CONTAINED = /^\$(?:\$[^]*|u[^]*|H[^]*|I[^]*|-[^]*|N[^]*|D[^]*|T[^]*|n-?\d{1,400})$/;
/** A form action's FormData: the entries named `<id>_…` (none is fine: an empty form). */
const FORM_DATA_REF = /^\$K[0-9a-f]{1,8}$/;
/** A value sent as another part of a multipart body: a model, a promise, a Map, a Set, an iterator, a server reference. */
const PART_REF = /^\$[@QWih]?([0-9a-f]{1,8})$/;
const MAX_DEPTH = 64;

/** The parts of a body by name: a text body has only the root part, "0"; FormData only in multipart. */
type Parts = { part: (name: string) => string | null; multipart: boolean };

function resolves(value: unknown, parts: Parts, seen: Set<string>, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || SELF_CONTAINED.test(value)) return true;
    if (FORM_DATA_REF.test(value)) return parts.multipart;
    // The root part is never the target of a reference.
    const id = PART_REF.exec(value)?.[1];
    return id !== undefined && id !== "0" && validPart(id, parts, seen, depth + 1);
  }
  if (Array.isArray(value)) return value.every((item) => resolves(item, parts, seen, depth + 1));
  if (value && typeof value === "object")
    return Object.values(value).every((item) => resolves(item, parts, seen, depth + 1));
  return true;
}

/** A part that exists, holds JSON and refers only to parts that do the same. */
function validPart(id: string, parts: Parts, seen: Set<string>, depth: number): boolean {
  if (seen.has(id)) return true;
  const json = parts.part(id);
  if (json === null) return false;
  seen.add(id);
  try {
    return resolves(JSON.parse(json), parts, seen, depth);
  } catch {
    return false;
  }
}

/** The arguments of an action: a root part holding a JSON array whose references all resolve. */
function validArguments(parts: Parts): boolean {
  const root = parts.part("0");
  if (root === null) return false;
  try {
    const parsed: unknown = JSON.parse(root);
    return Array.isArray(parsed) && validPart("0", parts, new Set(), 0);
  } catch {
    return false;
  }
}

async function formDataOf(request: Request): Promise<FormData | null> {
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}

/** A no-JavaScript form post names its action in a field: `$ACTION_ID_<id>` or `$ACTION_REF_n`. */
function validProgressiveForm(form: FormData): boolean {
  for (const name of form.keys()) {
    if (name.startsWith("$ACTION_ID_") && !ACTION_ID.test(name.slice("$ACTION_ID_".length))) return false;
  }
  return true;
}

/**
 * True when Next.js would take this request for a server action and could not decode it. Only
 * POSTs are looked at; the body is read from a copy, so Next.js still reads the original.
 */
export async function isMalformedActionRequest(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  const actionId = request.headers.get("next-action");
  const multipart = /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
  if (actionId === null) {
    if (!multipart) return false;
    const form = await formDataOf(request);
    return !form || !validProgressiveForm(form);
  }
  if (!ACTION_ID.test(actionId)) return true;
  if (!multipart) {
    const text = await request.clone().text();
    return !validArguments({ part: (name) => (name === "0" ? text : null), multipart: false });
  }
  const form = await formDataOf(request);
  if (!form) return true;
  const part = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : null;
  };
  return !validArguments({ part, multipart: true });
}
