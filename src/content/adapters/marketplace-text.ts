import { clean } from '../dom';

/** Shared by the adapters: contact details and payment requests in titles and descriptions that pull buyers off the platform. */
// Starts only where a run of address characters starts (look-behind), so a 100,000-character word costs n, not n·64.
const EMAIL = /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,100}\.[A-Z]{2,10}\b/gi;
const WHATSAPP = /\b(whats\s?app|telegram|signal)\b[^.\n–|,;]{0,25}/gi;
// Not inside a longer number: a run of 400,000 zeros holds no phone numbers.
const PHONE = /(?<![\d+])(?:\+|00)\d{2}[\s\d/-]{7,16}\d(?!\d)|\b01[5-7]\d[\s/-]?\d{6,8}\b/g;
/**
 * Payment without buyer protection, asked for in the listing (de, en, fr, nl, it): PayPal "friends &
 * family", transfer only, paying outside the platform or straight to the seller's account.
 */
const UNPROTECTED_PAYMENT = new RegExp(
  [
    String.raw`\bpaypal\s{0,3}(?:an\s{1,3}|via\s{1,3})?(?:freunde|friends|amis|vrienden|amici)(?:\s{0,3}(?:und|&|and|et|en|e)\s{0,3}(?:familie|family|famille|parenti|familiari))?`,
    String.raw`\b(?:freunde|friends|amis|vrienden|amici)\s{0,3}(?:und|&|and|et|en|e)\s{0,3}(?:familie|family|famille|parenti|familiari)\b`,
    String.raw`\b(?:nur|ausschließlich|only|uniquement|alleen|solo)\s{1,3}(?:per\s+|by\s+|via\s+|par\s+|tramite\s+)?(?:überweisung|vorkasse|bank transfer|wire transfer|virement|overschrijving|bonifico)\b`,
    String.raw`\b(?:zahlung|bezahlung|bezahlen|zahlen|pay|payment|paiement|payer|betaling|betalen|pagamento|pagare)\b[^.!?\n]{0,30}?\b(?:außerhalb|nicht über|outside|off|en dehors|buiten|fuori)\s(?:von\s|of\s|de\s|di\s)?(?:ebay|amazon|kleinanzeigen|vinted|der plattform|the platform|the site|la plateforme|het platform|la piattaforma)`,
    String.raw`\b(?:überweis\w{0,4}|zahlung|bezahlung)\s(?:per\s(?:bank)?überweisung\s)?(?:direkt\s)?(?:an mich|auf mein(?:\s\w{1,12})?\skonto)`,
    String.raw`\b(?:pay|payment)\s(?:me\s)?(?:directly\s)?(?:by|via|with)\s(?:bank|wire)\stransfer`,
    String.raw`\b(?:paiement|payer)\s(?:uniquement\s)?(?:par|en)\svirement`,
    String.raw`\b(?:betaling|betalen)\s(?:alleen\s)?(?:via|per|met)\s(?:bank)?overschrijving|\bovermaken\s(?:naar|op)\smijn\srekening`,
    String.raw`\bpagamento\s(?:solo\s)?(?:tramite|con|con un|via)\s(?:bonifico|ricarica)|\bbonifico\s(?:bancario\s)?(?:anticipato|diretto)|\bricarica\spostepay`,
    String.raw`\b(?:western union|moneygram)\b`,
  ].join('|'),
  'gi',
);

/** Channels outside the platform, and verbs asking to use them first (de, en, fr, nl, it). */
const CHANNEL = String.raw`(?:e-?mail|mail|whats\s?app|telegram|signal|sms)`;
const CONTACT_VERB = String.raw`(?:kontakt\w{0,6}|melde\w{0,2}|schreib\w{0,3}|anfrag\w{0,2}|nachricht|contact\w{0,3}|message|write|reach|text|écri\w{0,6}|envoy\w{0,6}|stuur|neem|bericht|contatt\w{0,6}|scriv\w{0,5}|manda\w{0,3}|invia\w{0,3})`;
const CONTACT_REQUEST = new RegExp(
  [
    String.raw`(?<![a-zäöüßéèàç])${CONTACT_VERB}[^.!?\n]{0,40}?(?<![a-zäöüßéèàç])(?:per|über|via|auf|by|on|at|through|par|sur|su|tramite|op|met)\s${CHANNEL}\b`,
    String.raw`(?<![a-zäöüßéèàç])(?:per|über|via|by|on|par|sur|su|op)\s(?:whats\s?app|telegram|e-?mail)\b[^.!?\n]{0,30}?(?<![a-zäöüßéèàç])${CONTACT_VERB}`,
    String.raw`\b(?:vor dem kauf|before (?:buying|purchase|purchasing|you buy|bidding)|avant (?:l'achat|d'acheter)|voor (?:aankoop|het kopen)|prima (?:dell'acquisto|di acquistare))\b[^.!?\n]{0,40}?\b(?:${CHANNEL}|${CONTACT_VERB})`,
  ].join('|'),
  'gi',
);

const distinct = (found: string[]) => [...new Set(found.map((f) => clean(f, 80)))].slice(0, 5);

/** At most `max` matches: what follows compares them pairwise, which must stay small on any page. */
export function firstMatches(text: string, pattern: RegExp, max = 20): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push(m[0]);
    if (out.length >= max) break;
  }
  return out;
}

export function offPlatformContact(text: string): string[] {
  const found = [...firstMatches(text, EMAIL), ...firstMatches(text, WHATSAPP), ...firstMatches(text, PHONE), ...firstMatches(text, CONTACT_REQUEST)].map((f) => clean(f, 80));
  // "WhatsApp +49 176 …" already shows the number; do not list it twice.
  return distinct(found.filter((f, i) => !found.some((other, j) => j !== i && other !== f && other.includes(f))));
}

export function unprotectedPaymentRequests(text: string): string[] {
  return distinct(firstMatches(text, UNPROTECTED_PAYMENT));
}

/** "1.234 Bewertungen", "(567 ratings)", "12,345 évaluations" → 1234 / 567 / 12345. */
export function parseCount(text: string | null | undefined): number | null {
  const m = /(?<![\d.,])(\d{1,3}(?:[.,\s\u00a0]\d{3}){1,3}|\d{1,9})\s{0,3}(?:bewertungen|ratings|évaluations|valutazioni|valoraciones|feedback|beoordelingen)/i.exec(text ?? '') ?? /\((\d{1,3}(?:[.,]\d{3}){1,3}|\d{1,9})\)/.exec(text ?? '');
  return m ? Number((m[1] ?? '').replace(/[.,\s\u00a0]/g, '')) : null;
}

/** "98 % positiv", "99.5% positive" → 98 / 99.5. */
export function parsePercent(text: string | null | undefined): number | null {
  const m = /(\d{1,3}(?:[.,]\d)?)\s?%\s*(?:positiv|positive|positives|de commentaires positifs)/i.exec(text ?? '');
  return m ? Number((m[1] ?? '').replace(',', '.')) : null;
}

/** Month names and abbreviations as de/en/fr/it/es/nl pages print them → 1–12. */
const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|jän|janv|genn?|ene)/i, 1], [/^(feb|fév|févr|febr)/i, 2], [/^(mär|mar(?!z?o)|mrt|mars|marz)/i, 3],
  [/^(apr|avr|abr)/i, 4], [/^(mai|may|mag|mei|mayo)/i, 5], [/^(jun|juin|giu)/i, 6], [/^(jul|juil|lug)/i, 7],
  [/^(aug|aoû|ago)/i, 8], [/^(sep|set|sept)/i, 9], [/^(okt|oct|ott)/i, 10], [/^(nov)/i, 11], [/^(dez|dec|déc|dic)/i, 12],
];
// "marzo" (it/es) is March; the negative look-ahead above keeps "mar" from swallowing it only where needed.
const monthOf = (word: string) => (/^marzo/i.test(word) ? 3 : MONTHS.find(([re]) => re.test(word))?.[1] ?? null);

const SINCE = /(?:mitglied seit|member since|joined|verkäufer seit|seller since|auf amazon seit|on amazon since|aktiv seit|active since|membre depuis|iscritto da(?:l)?|miembro desde|lid sinds)\s*:?\s*([^\n|·]{4,30})/i;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Mitglied seit: 14. Mär 2009", "Member since Oct 2026", "Aktiv seit 12.03.2024", "seit 2019" →
 * raw text and the earliest date it can mean (so an account is never made out to be newer than it is).
 */
export function parseMemberSince(text: string): { raw: string; date: string | null } | null {
  const m = SINCE.exec(text);
  if (!m?.[1]) return null;
  const raw = clean(m[1], 40).replace(/[.,;]$/, '');
  const numeric = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(raw);
  if (numeric) return { raw, date: `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}` };
  const year = /\b(19|20)\d{2}\b/.exec(raw)?.[0];
  if (!year) return { raw, date: null };
  const monthWord = /\b([A-Za-zÄÖÜäöüéû]{3,9})\.?/.exec(raw.replace(/\d+/g, ' '))?.[1];
  const month = monthWord ? monthOf(monthWord) : null;
  const day = month ? /\b(\d{1,2})\b(?!\d)/.exec(raw.replace(year, ''))?.[1] : undefined;
  return { raw, date: `${year}-${pad(month ?? 1)}-${pad(month && day ? Number(day) : 1)}` };
}

/** Listing text that says where the seller is: "Versand aus Deutschland", "deutscher Händler", "UK seller". */
const ORIGIN_CLAIMS: Array<[RegExp, string]> = [
  [/\b(?:versand|lieferung|verschickt)\s+(?:direkt\s+)?(?:aus|von)\s+deutschland\b/i, 'DE'],
  [/\b(?:deutsche[rnms]?|aus deutschland)\s+(?:händler|verkäufer|firma|unternehmen|fachhändler|shop)\b/i, 'DE'],
  [/\b(?:händler|verkäufer|firma|lager)\s+(?:aus|in)\s+deutschland\b/i, 'DE'],
  [/\b(?:versand|lieferung)\s+(?:aus|von)\s+österreich\b|\bösterreichische[rnms]?\s+(?:händler|verkäufer|firma)\b/i, 'AT'],
  [/\b(?:ships|shipped|dispatched|shipping)\s+from\s+germany\b|\bgerman\s+(?:seller|company|retailer|warehouse)\b/i, 'DE'],
  [/\b(?:ships|shipped|dispatched|shipping)\s+from\s+(?:the\s+)?(?:uk|united kingdom)\b|\b(?:uk|british)\s+(?:seller|company|retailer|business)\b/i, 'GB'],
];

export function originClaims(text: string): Array<{ country: string; text: string }> {
  const found: Array<{ country: string; text: string }> = [];
  for (const [pattern, country] of ORIGIN_CLAIMS) {
    const m = pattern.exec(text);
    if (m && !found.some((f) => f.country === country)) found.push({ country, text: clean(m[0], 80) });
  }
  return found.slice(0, 5);
}

/** The number in a count cell or text ("2.314", "1,234", "0"). */
const toCount = (s: string | undefined) => (s && /^\d{1,3}(?:[.,\s\u00a0]\d{3})*$|^\d+$/.test(s.trim()) ? Number(s.trim().replace(/[.,\s\u00a0]/g, '')) : null);

const TWELVE_MONTHS = /12\s*(monate|months|mois|mesi|meses|maanden)/i;
const LIFETIME = /^(insgesamt|gesamt|lifetime|all time|depuis (le début|toujours)|totale|total|desde siempre|altijd)/i;
const COUNT_ROW = /^(anzahl|count|nombre|numero|número|aantal|bewertungen|ratings)/i;

/**
 * Ratings in the last 12 months and over the seller's lifetime, from a feedback table
 * (columns 30 days | 90 days | 12 months | lifetime, row "Anzahl"/"Count") or from
 * "… in den letzten 12 Monaten (12 Bewertungen)" text. Either may be null.
 */
export function parseFeedbackBreakdown(cells: string[][], text: string): { last12Months: number | null; lifetime: number | null } {
  let last12Months: number | null = null;
  let lifetime: number | null = null;
  const header = cells.find((row) => row.some((c) => TWELVE_MONTHS.test(c)));
  const counts = cells.find((row) => COUNT_ROW.test(row[0] ?? ''));
  if (header && counts) {
    const offset = header.length === counts.length ? 0 : counts.length - header.length;
    const col12 = header.findIndex((c) => TWELVE_MONTHS.test(c));
    const colLife = header.findIndex((c) => LIFETIME.test(c.trim()));
    last12Months = col12 >= 0 ? toCount(counts[col12 + offset]) : null;
    lifetime = colLife >= 0 ? toCount(counts[colLife + offset]) : null;
  }
  const recent = /(?:letzten|last|derniers|ultimi|últimos)\s+12\s+\w+\s{0,3}\((\d[\d.,\u00a0 ]{0,12}?)\s{0,3}(?:bewertungen|ratings|évaluations|valutazioni|valoraciones)\)/i.exec(text);
  if (last12Months === null && recent) last12Months = toCount(recent[1]);
  const total = /(?<![\d.,\u00a0])(\d[\d.,\u00a0]{0,12})\s{0,3}(?:bewertungen insgesamt|lifetime ratings|ratings in total|évaluations au total)/i.exec(text);
  if (lifetime === null && total) lifetime = toCount(total[1]);
  return { last12Months, lifetime };
}
