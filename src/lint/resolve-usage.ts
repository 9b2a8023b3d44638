import { type ResolvedRequest, resolveRequest } from '../data/resolve.ts';
import type { RequestUsage } from './usage.ts';

/** A request usage → the element facts it touches (the shipped element data). */
export function resolveUsage(usage: RequestUsage): ResolvedRequest {
  return resolveRequest({
    ...(usage.method && { method: usage.method }),
    path: usage.path,
    query: usage.query,
    body: usage.body,
    headers: usage.headers,
  });
}

/** The same request written in many places resolves once. */
export function cachedResolve(
  resolve: (usage: RequestUsage) => ResolvedRequest = resolveUsage,
): (usage: RequestUsage) => ResolvedRequest {
  const results = new Map<string, ResolvedRequest>();
  return (usage) => {
    const key = JSON.stringify([usage.method, usage.path, usage.pin, usage.query, usage.body, usage.headers]);
    let result = results.get(key);
    if (!result) {
      result = resolve(usage);
      results.set(key, result);
    }
    return result;
  };
}
