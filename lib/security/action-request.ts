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
 * React's reply format marks special values with a leading `$`. In a text body there is only the
 * root part, so only values that stand on their own are valid: an escaped `$$…`, undefined, NaN,
 * ±Infinity, -0, a date, a bigint, and a temporary reference (`$T`: a value the browser holds
 * for the server without sending it, such as the previous state of useActionState). A form
 * action's FormData (`$K<id>`) is valid in a multipart body. Everything else points at another
 * part, which a page of ours never sends without it.
 */
const SELF_CONTAINED = /^\$(?:\$[^]*|u[^]*|H[^]*|I[^]*|-[^]*|N[^]*|D[^]*|T[^]*|n-?\d{1,400})$/;
const FORM_DATA_REF = /^\$K[0-9a-f]{1,8}$/;

function onlyKnownReferences(value: unknown, allowFormData: boolean, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string")
    return !value.startsWith("$") || SELF_CONTAINED.test(value) || (allowFormData && FORM_DATA_REF.test(value));
  if (Array.isArray(value)) return value.every((item) => onlyKnownReferences(item, allowFormData, depth + 1));
  if (value && typeof value === "object")
    return Object.values(value).every((item) => onlyKnownReferences(item, allowFormData, depth + 1));
  return true;
}

/** The arguments of an action: a JSON array whose references all resolve. */
function validArguments(json: string, allowFormData: boolean): boolean {
  try {
    const root: unknown = JSON.parse(json);
    return Array.isArray(root) && onlyKnownReferences(root, allowFormData);
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
  if (!multipart) return !validArguments(await request.clone().text(), false);
  const root = (await formDataOf(request))?.get("0");
  return typeof root !== "string" || !validArguments(root, true);
}
