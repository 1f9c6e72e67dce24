import { candidateHosts } from './normalise-host';

/**
 * Local lookup over a list: a Map from normalised host to what the list says about it. A host
 * matches when it, or one of its parents down to its registrable domain, is listed; that is at
 * most a handful of Map reads per host, whatever the size of the list.
 */
export type ListIndex<V> = ReadonlyMap<string, V>;

export interface ListHit<V> {
  /** The listed host that matched (the visited host or one of its parents). */
  matched: string;
  value: V;
}

export function buildIndex<V extends { host: string }>(entries: Iterable<V>): Map<string, V> {
  const index = new Map<string, V>();
  for (const entry of entries) if (!index.has(entry.host)) index.set(entry.host, entry);
  return index;
}

/** The most specific listed host for `host`, or null. */
export function lookupHost<V>(host: string, index: ListIndex<V>): ListHit<V> | null {
  for (const candidate of candidateHosts(host)) {
    const value = index.get(candidate);
    if (value !== undefined) return { matched: candidate, value };
  }
  return null;
}
