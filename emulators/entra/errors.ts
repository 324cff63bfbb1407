/** Entra's token and authorize error body: `error`, `error_description` with the AADSTS code, `error_codes`. */
export const entraError = (error: string, description: string) => ({
  error,
  error_description: description,
  error_codes: [Number(description.match(/AADSTS(\d+)/)?.[1] ?? 0)],
  timestamp: new Date()
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z"),
  trace_id: crypto.randomUUID(),
  correlation_id: crypto.randomUUID(),
});
