/**
 * Entra's token and authorize error body ("Microsoft identity platform error codes": error
 * response): `error`, `error_description` with the AADSTS code first and the trace id, correlation
 * id and time appended on lines of their own, `error_codes`, and the same three as fields.
 */
export const entraError = (error: string, description: string) => {
  const timestamp = new Date()
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z");
  const traceId = crypto.randomUUID();
  const correlationId = crypto.randomUUID();
  return {
    error,
    error_description: `${description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [Number(description.match(/AADSTS(\d+)/)?.[1] ?? 0)],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
  };
};
