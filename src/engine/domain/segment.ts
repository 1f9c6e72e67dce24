/**
 * Reads a domain label as words: "nikeschuhe-deutschland" → nike | schuhe | deutschland.
 *
 * Dynamic programming over the label: at each position try every dictionary word that starts
 * there (at most MAX_WORD_LENGTH letters), a run of digits, a brand with one typo, or one unknown
 * letter. Time is O(n × MAX_WORD_LENGTH × typo lengths) with n ≤ 63 (a DNS label), so linear and
 * bounded whatever the input; no regular expression runs on the label.
 */
import { DICTIONARY, MAX_WORD_LENGTH, type Brand, type Word } from './dictionary';
import { mayStartTypo, TYPO_LENGTHS, typoBrandOf } from './typo';

/** A DNS label has at most 63 characters; anything longer is cut, never read in full. */
export const MAX_LABEL_LENGTH = 63;

export interface Segment {
  text: string;
  /** null for letters no word explains (merged into one segment per run). */
  word: Word | null;
  /** Set when `text` is a one-typo spelling of this brand. */
  typoOf?: Brand;
  isNumber?: boolean;
  /** Index of the hyphen-separated part of the label this segment lies in. */
  chunk: number;
  /** Whether the segment is the first / last in its part. */
  atChunkStart: boolean;
  atChunkEnd: boolean;
}

// Costs: an unknown letter is expensive, so words win; among full readings, fewer words win.
const WORD_COST = 10;
const TYPO_COST = 14;
const UNKNOWN_COST = 30;

interface Step {
  cost: number;
  from: number;
  word: Word | null;
  typoOf?: Brand;
  isNumber?: boolean;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Splits a label (letters, digits, hyphens) into words; hyphens are boundaries a word may not cross, except a brand's. */
export function segmentLabel(label: string): Segment[] {
  const parts = label.toLowerCase().slice(0, MAX_LABEL_LENGTH).split('-').filter(Boolean);
  const text = parts.join('');
  const chunkOf: number[] = [];
  const boundary = new Set<number>();
  parts.forEach((part, index) => {
    if (index > 0) boundary.add(chunkOf.length);
    for (let k = 0; k < part.length; k++) chunkOf.push(index);
  });
  const n = text.length;
  const best: Array<Step | undefined> = [{ cost: 0, from: -1, word: null }];
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    const relax = (end: number, step: Step) => {
      const current = best[end];
      if (!current || step.cost < current.cost) best[end] = step;
    };
    relax(i + 1, { cost: here.cost + UNKNOWN_COST, from: i, word: null });
    if (isDigit(text[i])) {
      let end = i;
      while (isDigit(text[end]) && chunkOf[end] === chunkOf[i]) end++;
      relax(end, { cost: here.cost + WORD_COST, from: i, word: null, isNumber: true });
    }
    let crossesHyphen = false;
    const typoHere = mayStartTypo(text, i);
    for (let len = 2; len <= MAX_WORD_LENGTH && i + len <= n; len++) {
      if (boundary.has(i + len - 1)) crossesHyphen = true;
      const candidate = text.slice(i, i + len);
      const word = DICTIONARY.get(candidate);
      if (word && (!crossesHyphen || word.kind === 'brand')) relax(i + len, { cost: here.cost + WORD_COST, from: i, word });
      else if (typoHere && !word && !crossesHyphen && len >= TYPO_LENGTHS.min && len <= TYPO_LENGTHS.max) {
        const typo = typoBrandOf(candidate);
        if (typo) relax(i + len, { cost: here.cost + TYPO_COST, from: i, word: DICTIONARY.get(typo.token) ?? null, typoOf: typo.brand });
      }
    }
  }
  return toSegments(text, best, chunkOf);
}

function toSegments(text: string, best: Array<Step | undefined>, chunkOf: number[]): Segment[] {
  const steps: Array<{ start: number; end: number; step: Step }> = [];
  for (let end = text.length; end > 0; ) {
    const step = best[end] as Step;
    steps.unshift({ start: step.from, end, step });
    end = step.from;
  }
  const segments: Segment[] = [];
  for (const { start, end, step } of steps) {
    const previous = segments[segments.length - 1];
    const chunk = chunkOf[start] ?? 0;
    const known = step.word !== null || step.isNumber === true;
    // Unknown letters in a row form one segment ("acmejoy" in "acmejoyde").
    if (!known && previous && previous.word === null && !previous.isNumber && previous.chunk === chunk) {
      previous.text += text.slice(start, end);
      continue;
    }
    segments.push({ text: text.slice(start, end), word: step.word, typoOf: step.typoOf, isNumber: step.isNumber, chunk, atChunkStart: false, atChunkEnd: false });
  }
  return markChunkEdges(absorbShortWords(segments));
}

const isUnknown = (s: Segment | undefined) => s !== undefined && s.word === null && !s.isNumber;

/**
 * A two-letter common word between unknown letters is part of an unknown word, not a word:
 * "paintingde" is "painting" + "de", not "pa" + "in" + "t" + "in" + "g" + "de".
 */
function absorbShortWords(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const previous = out[out.length - 1];
    const next = segments[i + 1];
    const neighbours = [previous, next].filter((o): o is Segment => o !== undefined && o.chunk === s.chunk);
    const absorbed = s.word?.kind === 'common' && s.text.length <= 2 && neighbours.length > 0 && neighbours.every(isUnknown);
    if ((absorbed || isUnknown(s)) && isUnknown(previous) && previous?.chunk === s.chunk) {
      (previous as Segment).text += s.text;
      continue;
    }
    out.push(absorbed ? { ...s, word: null } : s);
  }
  return out;
}

function markChunkEdges(segments: Segment[]): Segment[] {
  segments.forEach((s, i) => {
    s.atChunkStart = i === 0 || segments[i - 1]?.chunk !== s.chunk;
    s.atChunkEnd = i === segments.length - 1 || segments[i + 1]?.chunk !== s.chunk;
  });
  return segments;
}
