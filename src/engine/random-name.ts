/**
 * Random-letter names ("XKQZWPLM", "Bxlwsz Store", "qjxhtd_88"): throwaway seller accounts on Amazon and
 * eBay are named by keyboard mashing. A name counts as random when one of its words of five or more
 * letters has no vowel, a run of six consonants after the common clusters of European spelling
 * (sch, ch, ck, st, pf, th …) are read as one sound, or two letter pairs that no European language writes.
 * "Schwarzkopf", "Strumpfwerk", "HSNstore" and pinyin names are not random.
 */
const FILLER = /\b(?:gmbh|ug|ag|kg|ltd|limited|llc|inc|co|corp|store|shop|official|online|direct|trading|tech|eu|de|uk|us|group|sarl|bv|srl)\b/gi;
/** Clusters that sound as one consonant; replaced by one letter before consonant runs are counted. */
const CLUSTERS = /sch|chs|ch|ck|ph|th|sh|pf|tz|qu|ng|st|sp|str|dt|gh|ll|ss|nn|mm|rr|tt|ff|pp|kk/g;
/** Letter pairs that no word of de, en, fr, nl, it writes. */
const ALIEN_PAIRS = /qx|qz|qj|qk|qg|qf|qp|qv|qw|zx|xz|jq|jx|jz|vq|vx|wq|wx|xj|kq|gq|fq|pq|zq|xk|kx|vj|jv|fx|xf|bx|xb|cx|dx|xd|xq|qy|yq|jw|wj|zj|jg|gj|vz|zv|cj|jc|fz|zf|pz/g;

function isRandomWord(word: string): boolean {
  if (word.length < 5) return false;
  if (!/[aeiouyäöüéèàáíóú]/.test(word)) return true;
  const simplified = word.replace(CLUSTERS, 'c');
  // Six, not five: German compounds join clusters at their seams ("Herbst|schmuck", "Dirndl|welt").
  if (/[^aeiouyäöüéèàáíóú]{6,}/.test(simplified)) return true;
  return (word.match(ALIEN_PAIRS) ?? []).length >= 2;
}

export function looksRandom(name: string | null | undefined): boolean {
  if (!name) return false;
  const words = name.slice(0, 120).toLowerCase().replace(FILLER, ' ').split(/[^a-zäöüßéèàáíóú]+/);
  return words.some(isRandomWord);
}
