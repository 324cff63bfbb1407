import type { SeedEndpoint } from "../../seed/types";

/** A seed endpoint as Graph v1.0 serialises the endpoint resource (a directoryObject). */
export function toEndpointJson(endpoint: SeedEndpoint): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.endpoint",
    id: endpoint.id,
    deletedDateTime: null,
    capability: endpoint.capability,
    providerId: endpoint.providerId,
    providerName: endpoint.providerName,
    providerResourceId: endpoint.providerResourceId,
    uri: endpoint.uri,
  };
}
