export const ROOT: string;
export const CORPUS_DIR: string;
export const CORPUS_PRESENT: boolean;
export const VARIANTS_DIR: string;
export const CORPUS_ABSENT_REASON: string;
