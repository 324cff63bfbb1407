/** `@odata.context` as Graph writes it: the service root plus a metadata fragment. */
export function contextUrl(baseUrl: string, fragment: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/v1.0/$metadata#${fragment}`;
}
