// Building a route's URL: kept apart from the route table so the SPA's build can swap the table for its
// URLs alone (client/vite.config.ts) without losing this function.

/** Fills `:name` segments of a route path, URL-encoding each value. */
export function apiPath(url: string, params: Record<string, string | number> = {}): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${url}`);
    return encodeURIComponent(String(value));
  });
}
