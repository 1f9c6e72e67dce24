// Types for scripts/generate-corpus.mjs, so TypeScript tests and set-up can import it.
export interface CorpusEntry {
  file: string;
  label: 'fake' | 'legit';
  url: string;
  split: 'dev' | 'test';
  system: string;
  lang: string;
  page_type: string;
  patterns: string[];
  why_label: string;
  site?: string;
  derived_from?: string;
}
export interface VariantPool { kind: 'phrase' | 'structure' | 'name'; dev: unknown[]; test: unknown[] }
export const DEFAULT_SEED: number;
export const DEFAULT_OUT: string;
export function defaultRealCorpus(): string;
export function buildCorpus(options?: { seed?: number; realCorpus?: string }): {
  pages: Array<{ html: string; entry: CorpusEntry }>;
  variants: { pools: Map<string, VariantPool> };
  messages: string[];
};
export function writeCorpus(options?: { seed?: number; outDir?: string; realCorpus?: string }): {
  outDir: string; pages: number; fake: number; legit: number; dev: number; test: number; pools: number; messages: string[];
};
