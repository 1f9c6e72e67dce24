import type { ImpressumDetails } from '../../shared/facts-shop';
import { buildContext, type ExtractContext } from '../context';
import { extractCompany } from '../signals/company';
import { extractContact } from '../signals/contact';

/** The details we check on an Impressum, from a page already read (the shopper is on the Impressum). */
export function impressumFromContext(ctx: ExtractContext): ImpressumDetails {
  return { url: ctx.url.href.slice(0, 2000), company: extractCompany(ctx), contact: extractContact(ctx) };
}

/** An Impressum page (any Document: fetched + DOMParser, or happy-dom in tests) → the details we check. */
export function parseImpressum(doc: Document, url: string): ImpressumDetails {
  return { ...impressumFromContext(buildContext(doc, new URL(url))), url: url.slice(0, 2000) };
}
