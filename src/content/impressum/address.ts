/**
 * A postal address a letter (or a court) can reach: a street line with a house number next to a
 * postcode-and-town line, in the shapes of DE/AT/CH ("Hauptstraße 5 · 10115 Berlin", "Im
 * Gewerbegebiet 12"), NL/BE ("Kerkstraat 1 · 1012 AB Amsterdam"), FR/IT ("12 rue de la Paix ·
 * 75002 Paris", "Via Roma, 1 · 00100 Roma") and the UK ("221B Baker Street · London NW1 6XE").
 * A town without a street and a PO box ("Postfach", "P.O. Box", "Boîte postale", "Postbus",
 * "Casella postale") are told apart: neither is a street address.
 */
import { clean } from '../dom';
import { fold } from '../text-fold';

// Text nodes are joined by "\n"; inline addresses separate their parts with commas or dots.
const MAX_LINES = 4000;
const MAX_LINE = 120;

// "10115 Berlin", "D-10115 Berlin", "1010 Wien", "8001 Zürich", "1012 AB Amsterdam", "75002 Paris".
const POSTCODE_TOWN = /^(?:[A-Z]{1,2}[- ])?\d{4,5}(?: ?[A-Z]{2})?[ \t]+\p{Lu}[\p{L}.'’\- ()]{1,40}$/u;
// UK: "London NW1 6XE", "NW1 6XE London", "Leeds LS1 4AP".
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b/;
const UK_TOWN_LINE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'\- ]{1,30}[ ,]{1,2}${UK_POSTCODE.source.slice(2, -2)}|${UK_POSTCODE.source.slice(2, -2)}[ ,]{1,2}\p{Lu}[\p{L}.'\- ]{1,30})$`, 'u');

// A house number at the end ("Hauptstraße 5", "Via Roma, 1", "Kerkstraat 12-14", "Markt 3a") or at
// the start ("12 rue de la Paix", "221B Baker Street"), with at least one word of letters.
const NUMBER = String.raw`\d{1,5}(?: ?[a-zA-Z])?(?: ?[-/] ?\d{1,5}[a-zA-Z]?)?`;
const STREET_NUMBER_LAST = new RegExp(String.raw`^\p{L}[\p{L}\p{M}.'’\- ]{1,60}?,?[ \t]${NUMBER}$`, 'u');
const STREET_NUMBER_FIRST = new RegExp(String.raw`^${NUMBER},?[ \t]\p{L}[\p{L}\p{M}.'’\- ]{2,60}$`, 'u');

const PO_BOX = /\b(?:postfach|postschlie(?:ß|ss)fach|p\.? ?o\.? ?box|post office box|bo[iî]te postale|case postale|casella postale|postbus|apartado(?: de correos)?|b\.p\.|c\.p\.)[ \t.:]{0,3}(?:nr\.?|no\.?|n°)?[ \t]{0,2}\d[\d ]{0,10}\d?/i;
// Lines that end in a number but are no street: a register, a phone, a box, a date, a price.
const NOT_A_STREET = /\b(?:hrb|hra|fn|kvk|rea|rcs|siren|company|tel|phone|fax|telefon|telefoon|telefono|t[ée]l[ée]phone|mobil|iban|bic|ust|vat|btw|tva|iva|uid|nr|no|seit|since|art|artikel|order|bestell|postfach|postbus|box|postale|jahr|year|€|eur)\b/i;

export interface AddressFacts {
  /** "street · postcode town", or null. */
  postalAddress: string | null;
  poBox: string | null;
  /** A postcode and town (or a UK town with postcode) seen without any street line beside it. */
  townOnly: string | null;
}

function isTownLine(part: string): boolean {
  return POSTCODE_TOWN.test(part) || UK_TOWN_LINE.test(part);
}

// Street words of de, fr, nl, it, en (folded): with one of them a line is a street whatever its case.
const STREET_WORD = /(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|chaussee|steig|pfad|park|graben|promenade|zeile|straat|laan|plein|gracht|kade|dijk|singel|steeg|steenweg|dreef)\b|\b(?:rue|avenue|av|boulevard|bd|place|chemin|allee|impasse|quai|route|cours|square|via|viale|piazza|piazzale|corso|largo|vicolo|strada|localita|street|st|road|rd|lane|ln|way|drive|close|court|terrace|crescent|gardens|row|hill|mews|parade|estate|grove|wharf|calle|avenida|plaza|paseo)\b/;

function isStreetLine(part: string): boolean {
  if (part.length > 70 || NOT_A_STREET.test(part) || PO_BOX.test(part)) return false;
  if (!STREET_NUMBER_LAST.test(part) && !STREET_NUMBER_FIRST.test(part)) return false;
  if (STREET_WORD.test(fold(part, 80))) return true;
  // Without a street word ("Im Gewerbepark 7"): a capitalised name, not a product ("iPhone 15", "PlayStation 5").
  return /^(?:\d[\w/-]*,? )?\p{Lu}/u.test(part) && !/\p{Ll}\p{Lu}/u.test(part);
}

interface Part {
  text: string;
  line: string;
}

// "Alpenstraße 17 83435 Bad Reichenhall": a street and a postcode on one line without a comma.
const STREET_THEN_POSTCODE = /^(.{3,70}?\d{1,5}[a-zA-Z]?)[ \t]+((?:[A-Z]{1,2}-)?\d{4,5}(?: [A-Z]{2})?[ \t]\p{Lu}.{1,40})$/u;

/** Lines of the text, inline parts split at commas and middle dots ("Hauptstr. 5, 10115 Berlin"). */
function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  for (const raw of text.split('\n', MAX_LINES)) {
    const line = raw.trim();
    if (!line || line.length > MAX_LINE) continue;
    const pieces: string[] = [];
    for (const piece of line.split(/\s*[,·|•]\s*/)) {
      // "Via Roma, 1" keeps its comma: a piece that is only a house number joins the piece before it.
      if (/^\d{1,5}[a-zA-Z]?$/.test(piece) && pieces.length > 0) pieces[pieces.length - 1] = `${pieces[pieces.length - 1]}, ${piece}`;
      else if (piece) pieces.push(...(STREET_THEN_POSTCODE.exec(piece)?.slice(1, 3) ?? [piece]));
    }
    for (const piece of pieces) parts.push({ text: piece, line });
  }
  return parts;
}

/** The address as written: the line itself when street and town share it, else both lines. */
function written(street: Part, town: Part): string {
  if (street.line !== town.line) return clean(`${street.text} ${town.text}`, 120);
  const start = street.line.indexOf(street.text);
  const end = street.line.indexOf(town.text, start) + town.text.length;
  return clean(start >= 0 && end > start ? street.line.slice(start, end) : `${street.text} ${town.text}`, 120);
}

export function addressFacts(text: string): AddressFacts {
  const parts = partsOf(text);
  let townOnly: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const town = parts[i] as Part;
    if (!isTownLine(town.text)) continue;
    const before = parts[i - 1];
    if (before && isStreetLine(before.text)) return { postalAddress: written(before, town), poBox: poBoxIn(text), townOnly: null };
    // UK and some FR layouts put the town line first.
    const after = parts[i + 1];
    if (after && UK_TOWN_LINE.test(town.text) && isStreetLine(after.text)) return { postalAddress: written(after, town), poBox: poBoxIn(text), townOnly: null };
    townOnly ??= clean(town.text, 80);
  }
  return { postalAddress: null, poBox: poBoxIn(text), townOnly };
}

function poBoxIn(text: string): string | null {
  const m = PO_BOX.exec(text.slice(0, 200_000));
  return m ? clean(m[0], 60) : null;
}
