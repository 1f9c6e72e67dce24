export interface Variant { out: string; from: string; why: string; pairs: Array<[string, string]> }
export const VARIANTS: Variant[];
export function makeVariants(options?: { corpusDir?: string; outDir?: string; log?: (line: string) => void }): string[];
