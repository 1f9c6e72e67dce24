import { clean } from '../dom';

/** Shared by the adapters: contact details in titles and descriptions that pull buyers off the platform. */
const EMAIL = /\b[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,100}\.[A-Z]{2,10}\b/gi;
const WHATSAPP = /\b(whats\s?app|telegram|signal)\b[^.\n–|,;]{0,25}/gi;
const PHONE = /(?:\+|00)\d{2}[\s\d/-]{7,16}\d|\b01[5-7]\d[\s/-]?\d{6,8}\b/g;

export function offPlatformContact(text: string): string[] {
  const found = [...(text.match(EMAIL) ?? []), ...(text.match(WHATSAPP) ?? []), ...(text.match(PHONE) ?? [])];
  return [...new Set(found.map((f) => clean(f, 80)))].slice(0, 5);
}

/** "1.234 Bewertungen", "(567 ratings)", "12,345 évaluations" → 1234 / 567 / 12345. */
export function parseCount(text: string | null | undefined): number | null {
  const m = /(\d{1,3}(?:[.,\s\u00a0]\d{3})*|\d+)\s*(?:bewertungen|ratings|évaluations|valutazioni|valoraciones|feedback|beoordelingen)/i.exec(text ?? '') ?? /\((\d{1,3}(?:[.,]\d{3})*|\d+)\)/.exec(text ?? '');
  return m ? Number((m[1] ?? '').replace(/[.,\s\u00a0]/g, '')) : null;
}

/** "98 % positiv", "99.5% positive" → 98 / 99.5. */
export function parsePercent(text: string | null | undefined): number | null {
  const m = /(\d{1,3}(?:[.,]\d)?)\s?%\s*(?:positiv|positive|positives|de commentaires positifs)/i.exec(text ?? '');
  return m ? Number((m[1] ?? '').replace(',', '.')) : null;
}
