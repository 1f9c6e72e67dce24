/**
 * MinHash signatures for near-duplicate detection (issue 17: an Impressum copied with one line
 * changed, the same shop template on another domain). The share of equal positions in two
 * signatures estimates the Jaccard similarity of their feature sets; cutting a signature into
 * bands gives exact keys that an index can look up, so candidates are found without a scan.
 */

export const SIGNATURE_SIZE = 64;
export const BAND_SIZE = 4;

/** FNV-1a, 32 bit: a stable hash of a feature string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A second, independent-enough hash per position (murmur3's finaliser over hash ^ seed). */
function mix(hash: number, seed: number): number {
  let h = (hash ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The signature of a set of features; null for fewer than `minFeatures` (too little to compare). */
export function minHash(features: Iterable<string>, minFeatures = 8): number[] | null {
  const hashes = [...new Set([...features].map(fnv1a))];
  if (hashes.length < minFeatures) return null;
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const hash of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(hash, i);
      if (value < (signature[i] ?? 0xffffffff)) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity, 0…1. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Band keys ("b3:1f2e…"): two signatures sharing one are candidates for a near-duplicate. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let start = 0; start + BAND_SIZE <= signature.length; start += BAND_SIZE) {
    const band = signature.slice(start, start + BAND_SIZE).map((v) => v.toString(16).padStart(8, '0')).join('');
    keys.push(`b${start / BAND_SIZE}:${fnv1a(band).toString(16)}`);
  }
  return keys;
}

/** Word n-grams ("shingles") of a token list. */
export function shingles(tokens: readonly string[], size = 3): string[] {
  if (tokens.length < size) return tokens.length > 0 ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}
