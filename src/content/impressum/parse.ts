import type { ImpressumDetails } from '../../shared/facts-shop';
import type { PageSite } from '../../shared/page-site';
import { buildContext } from '../context';
import { extractCompany } from '../signals/company';
import { extractContact } from '../signals/contact';

/** An Impressum page (any Document: fetched + DOMParser, or happy-dom in tests) of the site `page` → the details we check. */
export function parseImpressum(doc: Document, url: string, page: PageSite): ImpressumDetails {
  const ctx = buildContext(doc, new URL(url), page);
  return { url: url.slice(0, 2000), company: extractCompany(ctx), contact: extractContact(ctx) };
}
