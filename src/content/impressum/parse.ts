import type { ImpressumDetails } from '../../shared/facts-shop';
import { buildContext, type ExtractContext } from '../context';
import { collectText } from '../dom';
import { extractCompany } from '../signals/company';
import { extractContact } from '../signals/contact';
import { impressumFingerprint } from './fingerprint';

/** The Impressum's own text: the page's main content where it marks one, else the whole page. */
function mainText(ctx: ExtractContext): string {
  const main = ctx.root.querySelector('main, article, [role="main"], #content, .entry-content');
  const text = main ? collectText(main).text : '';
  return text.length >= 50 ? text : ctx.text;
}

/** The details we check on an Impressum, from a page already read (the shopper is on the Impressum). */
export function impressumFromContext(ctx: ExtractContext): ImpressumDetails {
  const fingerprint = impressumFingerprint(mainText(ctx));
  return { url: ctx.url.href.slice(0, 2000), company: extractCompany(ctx), contact: extractContact(ctx), ...(fingerprint ? { fingerprint } : {}) };
}

/** An Impressum page (any Document: fetched + DOMParser, or happy-dom in tests) → the details we check. */
export function parseImpressum(doc: Document, url: string): ImpressumDetails {
  return { ...impressumFromContext(buildContext(doc, new URL(url))), url: url.slice(0, 2000) };
}
