import type { ImpressumDetails } from '../../shared/facts-shop';
import { buildContext } from '../context';
import { extractCompany } from '../signals/company';
import { extractContact } from '../signals/contact';

/** An Impressum page (any Document: fetched + DOMParser, or happy-dom in tests) → the details we check. */
export function parseImpressum(doc: Document, url: string): ImpressumDetails {
  const ctx = buildContext(doc, new URL(url));
  return { url: url.slice(0, 2000), company: extractCompany(ctx), contact: extractContact(ctx) };
}
