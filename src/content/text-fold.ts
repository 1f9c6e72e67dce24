/**
 * Folding text for keyword matching across languages: lower case, no accents ("Mentions légales"
 * → "mentions legales", "Rückgabe" → "ruckgabe", "ß" → "ss"), every run of other characters one
 * space. Word lists are then plain ASCII and one list serves de, en, fr, nl and it.
 */

const ACCENTS = /[\u0300-\u036f]/g;

/** Lower case without accents; input is cut to `max` characters first (callers bound their work). */
export function fold(text: string, max = 2000): string {
  return text.slice(0, max).toLowerCase().normalize('NFD').replace(ACCENTS, '').replace(/ß/g, 'ss');
}

/** `fold`, then only letters and digits separated by single spaces ("T&C's" → "t c s"). */
export function foldWords(text: string, max = 2000): string {
  return fold(text, max).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * One regular expression for a list of folded terms, matched as whole words in `foldWords` text.
 * A trailing "*" lets a term run on as one word ("widerruf*" matches "widerrufsbelehrung").
 * Terms are fixed strings joined by "|" between space anchors: linear on any input.
 */
export function termPattern(terms: readonly string[]): RegExp {
  const alternatives = terms.map((t) => (t.endsWith('*') ? `${escape(t.slice(0, -1))}[a-z0-9]*` : escape(t)));
  return new RegExp(`(?:^| )(?:${alternatives.join('|')})(?= |$)`);
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `fold` that keeps every character in place (one in, one out: "Stück" → "stuck", "ß" stays), so a
 * match's index in the folded text is its index in the original and evidence can quote the page.
 */
export function foldInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return lower;
  return lower.replace(/[\u00c0-\u024f]/g, (c) => (c === 'ß' ? c : c.normalize('NFD')[0] ?? c));
}
