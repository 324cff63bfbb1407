import { contextUrl } from "../odata/context";
import { nextLink, paginate } from "../odata/paging";
import { parseTop } from "../odata/query";
import { principalId } from "./lookup";
import type { DirectoryRouteContext } from "./route";

/**
 * A paged collection answer: `$top` is the page size, `@odata.nextLink` carries the rest and a
 * skip token bound to this caller and query; `@odata.count` when `$count=true` was allowed.
 */
export function collection<T>(
  context: DirectoryRouteContext,
  items: readonly T[],
  options: { fragment: string; render: (item: T) => Record<string, unknown>; count?: boolean; top?: boolean },
): Record<string, unknown> {
  const { query, deps, tenant, principal, canonicalPath, version } = context;
  const top = options.top === false ? null : parseTop(query.options.get("$top"), "directory");
  const boundTo = [query.options.get("$filter") ?? "", query.options.get("$search") ?? ""];
  const page = paginate(items, {
    scope: [canonicalPath, version, tenant.id, principalId(principal), ...boundTo],
    pageSize: top ?? deps.state.config.pageSize,
    skiptoken: query.options.get("$skiptoken"),
    family: "directory",
  });
  const base = contextUrl(deps.baseUrl, options.fragment);
  return {
    "@odata.context": version === "beta" ? base.replace("/v1.0/$metadata", "/beta/$metadata") : base,
    ...(options.count && { "@odata.count": items.length }),
    ...(page.nextSkiptoken && {
      "@odata.nextLink": nextLink(deps.baseUrl, canonicalPath, query, page.nextSkiptoken),
    }),
    value: page.items.map(options.render),
  };
}
