/**
 * Decode one "xn--" label (RFC 3492) so an umlaut domain is read like any other
 * ("xn--drmartensshopsterreich-6hc" → "drmartensshopösterreich"). The engine has no URL API that
 * does this (browsers keep host names in punycode). Bounded: labels are at most 63 characters.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 → 26-35
  if (code >= 97 && code <= 122) return code - 97; // a-z → 0-25
  return -1;
}

/** The Unicode form of an "xn--" label, or null when it is not valid punycode. */
export function decodePunycodeLabel(label: string): string | null {
  if (!label.startsWith('xn--') || label.length > 63) return null;
  const input = label.slice(4).toLowerCase();
  const split = input.lastIndexOf('-');
  const output = split > 0 ? [...input.slice(0, split)].map((c) => c.codePointAt(0) as number) : [];
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = split > 0 ? split + 1 : 0; pos < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit < 0) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 1e9) return null;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
