// Seeded randomness for the generated corpus: the same seed always gives the same pages.
// Every consumer derives its own stream from (seed, key), so adding a page or a pool elsewhere
// does not reshuffle the rest of the corpus.

/** FNV-1a, 32 bit: a stable hash of a string. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for test data. */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** integer in [min, max] */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (!items.length) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    /** [[weight, value], …] */
    weighted: (entries) => {
      const total = entries.reduce((s, [w]) => s + w, 0);
      let x = next() * total;
      for (const [w, v] of entries) {
        x -= w;
        if (x < 0) return v;
      }
      return entries[entries.length - 1][1];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    /** n distinct items (or all when fewer) */
    sample: (items, n) => rng.shuffle(items).slice(0, n),
    digits: (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
    letters: (n, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  };
  return rng;
}

export const rngFor = (seed, key) => makeRng(hashString(`${seed}:${key}`));
