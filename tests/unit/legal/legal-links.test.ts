/**
 * Legal links in de, en, fr, nl, it: found by text, title, aria-label, image alt or path, in the
 * footer markup of the shop systems fake shops are built on — and not found where a link only looks
 * like one ("Return to shop", a product tile). Every phrasing here is ours, not the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { factsForHtml } from '../../helpers';

const page = (footer: string, lang = 'de') => `<html lang="${lang}"><body><button>In den Warenkorb</button><p>49,90 €</p><footer>${footer}</footer></body></html>`;
const links = async (footer: string, lang?: string, url?: string) => (await factsForHtml(page(footer, lang), url)).legalLinks;
const reasons = async (footer: string, lang?: string) => score(await factsForHtml(page(footer, lang))).reasons.map((r) => r.id);

describe('legal notice (Impressum) link', () => {
  it.each([
    ['de', '<a href="/seite/7">Impressum</a>'],
    ['de', '<a href="/info">Anbieterkennzeichnung</a>'],
    ['de', '<a href="/ueber-uns">Über uns / Impressum</a>'],
    ['de', '<a href="/content/2-rechtliche-hinweise">Rechtliche Hinweise</a>'],
    ['de', '<a href="/offenlegung">Offenlegung gem. § 25 MedienG</a>'],
    ['en', '<a href="/pages/12">Imprint</a>'],
    ['en', '<a href="/pages/12">Legal Notice</a>'],
    ['en', '<a href="/company">Company information</a>'],
    ['en', '<a href="/x">Legal disclosure</a>'],
    ['fr', '<a href="/page/3">Mentions légales</a>'],
    ['fr', '<a href="/page/3">MENTIONS LEGALES</a>'],
    ['fr', '<a href="/page/3">Informations légales</a>'],
    ['nl', '<a href="/colofon">Colofon</a>'],
    ['nl', '<a href="/over">Bedrijfsgegevens</a>'],
    ['nl', '<a href="/content/2">Juridische kennisgeving</a>'],
    ['it', '<a href="/note">Note legali</a>'],
    ['it', '<a href="/x">Informazioni legali</a>'],
    ['it', '<a href="/x">Dati societari</a>'],
  ])('%s: %s', async (lang, html) => {
    expect((await links(html, lang))?.impressum).not.toBeNull();
    expect(await reasons(html, lang)).not.toContain('impressum-missing');
  });

  it('reads title, aria-label and the alt of an icon link', async () => {
    expect((await links('<a href="/p/1" title="Impressum"><span class="icon"></span></a>'))?.impressum?.href).toBe('https://shop.example.de/p/1');
    expect((await links('<a href="/p/2" aria-label="Mentions légales"></a>', 'fr'))?.impressum).not.toBeNull();
    expect((await links('<a href="/p/3"><img src="/i.png" alt="Colofon"></a>', 'nl'))?.impressum).not.toBeNull();
  });

  it.each([
    ['/impressum.html'], ['/de/impressum/'], ['/policies/legal-notice'], ['/content/2-legal-notice'], ['/mentions-legales'], ['/colofon/'], ['/note-legali/'], ['/info/Impressum.html'],
  ])('finds the path %s when the label says nothing', async (path) => {
    expect((await links(`<a href="${path}"><i class="icon"></i></a>`))?.impressum?.href).toContain(path.replace(/\/$/, ''));
  });

  it('stays missing for look-alikes: a long text mentioning the word, a folder named impressum-shop, other pages', async () => {
    const facts = await links('<a href="/blog/7">Warum jeder Shop ein Impressum braucht und was darin stehen muss – ein Ratgeber für Gründer</a><a href="/agb">AGB</a><a href="/kontakt">Kontakt</a>');
    expect(facts?.impressum).toBeNull();
    expect(await reasons('<a href="/agb">AGB</a><a href="/widerruf">Widerruf</a><a href="/datenschutz">Datenschutz</a>')).toContain('impressum-missing');
  });
});

describe('terms, withdrawal, privacy', () => {
  it.each([
    ['de', 'AGB', 'Widerrufsbelehrung', 'Datenschutzerklärung'],
    ['de', 'Allgemeine Geschäftsbedingungen', 'Rückgabe & Umtausch', 'Datenschutzhinweise'],
    ['en', 'Terms & Conditions', 'Returns and refunds', 'Privacy Policy'],
    ['en', 'Terms of Service', 'Right of withdrawal', 'Data protection'],
    ['fr', 'CGV', 'Droit de rétractation', 'Politique de confidentialité'],
    ['fr', 'Conditions générales de vente', 'Retours et remboursements', 'Données personnelles'],
    ['nl', 'Algemene voorwaarden', 'Herroepingsrecht', 'Privacybeleid'],
    ['nl', 'Leveringsvoorwaarden', 'Retourneren', 'Privacyverklaring'],
    ['it', 'Condizioni generali di vendita', 'Diritto di recesso', 'Informativa sulla privacy'],
    ['it', 'Termini e condizioni', 'Resi e rimborsi', 'Privacy'],
  ])('%s: %s / %s / %s', async (lang, terms, withdrawal, privacy) => {
    const facts = await links(`<a href="/a">${terms}</a><a href="/b">${withdrawal}</a><a href="/c">${privacy}</a>`, lang);
    expect([facts?.terms?.text, facts?.withdrawal?.text, facts?.privacy?.text]).toEqual([terms, withdrawal, privacy]);
  });

  it('does not take "Return to shop" or "Retour à la boutique" for a withdrawal page', async () => {
    const facts = await links('<a href="/shop">Return to shop</a><a href="/">Retour à la boutique</a>', 'en');
    expect(facts?.withdrawal).toBeNull();
  });

  it('fires legal-pages-missing when two of terms, withdrawal and privacy are missing, in any language', async () => {
    expect(await reasons('<a href="/impressum">Impressum</a><a href="/widerruf">Widerrufsrecht</a>')).toContain('legal-pages-missing');
    expect(await reasons('<a href="/mentions">Mentions légales</a><a href="/cgv">CGV</a>', 'fr')).toContain('legal-pages-missing');
    expect(await reasons('<a href="/colofon">Colofon</a><a href="/privacy">Privacybeleid</a>', 'nl')).toContain('legal-pages-missing');
  });

  it('stays quiet when only one is missing, or a legal hub gathers them (as big retailers link)', async () => {
    expect(await reasons('<a href="/impressum">Impressum</a><a href="/agb">AGB</a><a href="/datenschutz">Datenschutz</a>')).not.toContain('legal-pages-missing');
    expect(await reasons('<a href="/service/legal-and-privacy/page.html">Mentions légales et confidentialité</a>', 'fr')).not.toContain('legal-pages-missing');
    expect(await reasons('<a href="/rechtliches">Rechtliches</a>')).not.toContain('legal-pages-missing');
  });
});

describe('footers of the shop systems', () => {
  const footers: Array<[string, string, string]> = [
    ['WooCommerce (nl)', 'nl', '<div class="widget widget_nav_menu"><ul class="menu"><li class="menu-item"><a href="/algemene-voorwaarden/">Algemene voorwaarden</a></li><li class="menu-item"><a href="/herroepingsrecht/">Herroepingsrecht</a></li><li class="menu-item"><a href="/privacybeleid/">Privacybeleid</a></li><li class="menu-item"><a href="/colofon/">Colofon</a></li></ul></div>'],
    ['Shopify (en)', 'en', '<ul class="footer-block__details-content list-unstyled"><li><a href="/policies/terms-of-service" class="link list-menu__item--link">Terms of service</a></li><li><a href="/policies/refund-policy" class="link">Refund policy</a></li><li><a href="/policies/privacy-policy" class="link">Privacy policy</a></li><li><a href="/policies/legal-notice" class="link">Legal notice</a></li></ul>'],
    ['Shopware 6 (de)', 'de', '<ul class="footer-service-menu-list list-unstyled"><li class="footer-service-menu-item"><a class="footer-service-menu-link" href="/Impressum/" title="Impressum">Impressum</a></li><li><a class="footer-service-menu-link" href="/AGB/" title="AGB">AGB</a></li><li><a class="footer-service-menu-link" href="/Widerrufsbelehrung/" title="Widerrufsbelehrung">Widerrufsbelehrung</a></li><li><a class="footer-service-menu-link" href="/Datenschutz/" title="Datenschutz">Datenschutz</a></li></ul>'],
    ['Magento (fr)', 'fr', '<ul class="footer links"><li class="nav item"><a href="/mentions-legales">Mentions légales</a></li><li class="nav item"><a href="/cgv">Conditions générales de vente</a></li><li class="nav item"><a href="/retractation">Droit de rétractation</a></li><li class="nav item"><a href="/privacy-policy-cookie-restriction-mode">Politique de confidentialité</a></li></ul>'],
    ['PrestaShop (it)', 'it', '<ul id="footer_sub_menu_1" class="collapse"><li><a id="link-cms-page-2-1" class="cms-page-link" href="/it/content/2-note-legali" title="Note legali">Note legali</a></li><li><a class="cms-page-link" href="/it/content/3-termini-e-condizioni-di-uso" title="">Termini e condizioni di uso</a></li><li><a class="cms-page-link" href="/it/content/6-recesso">Diritto di recesso</a></li><li><a class="cms-page-link" href="/it/content/7-privacy">Privacy</a></li></ul>'],
    ['JTL (de)', 'de', '<ul class="nav flex-column"><li class="nav-item"><a class="nav-link" href="/Impressum" title="Impressum"><span class="nav-mobile-heading">Impressum</span></a></li><li class="nav-item"><a class="nav-link" href="/AGB"><span>AGB</span></a></li><li class="nav-item"><a class="nav-link" href="/Widerrufsrecht"><span>Widerrufsrecht</span></a></li><li><a class="nav-link" href="/Datenschutz"><span>Datenschutz</span></a></li></ul>'],
    ['Gambio (de)', 'de', '<ul class="list-group"><li class="list-group-item"><a href="https://shop.example.de/shop_content.php?coID=4" title="Impressum">Impressum</a></li><li class="list-group-item"><a href="https://shop.example.de/shop_content.php?coID=3" title="Unsere AGB">Unsere AGB</a></li><li class="list-group-item"><a href="https://shop.example.de/shop_content.php?coID=3889891" title="Widerrufsrecht &amp; Widerrufsformular">Widerrufsrecht &amp; Widerrufsformular</a></li><li><a href="https://shop.example.de/shop_content.php?coID=2">Privatsphäre und Datenschutz</a></li></ul>'],
    ['Wix (fr)', 'fr', '<ul class="wixui-vertical-menu"><li><a data-testid="linkElement" href="/mentions-legales"><span class="wixui-vertical-menu__item-label">Mentions légales</span></a></li><li><a data-testid="linkElement" href="/cgv"><span>CGV</span></a></li><li><a data-testid="linkElement" href="/retours"><span>Retours</span></a></li><li><a data-testid="linkElement" href="/confidentialite"><span>Confidentialité</span></a></li></ul>'],
  ];
  it.each(footers)('%s: all four found, nothing flagged', async (_system, lang, html) => {
    const facts = await links(html, lang);
    expect([facts?.impressum, facts?.terms, facts?.withdrawal, facts?.privacy].every((l) => l !== null)).toBe(true);
    const ids = await reasons(html, lang);
    expect(ids).not.toContain('impressum-missing');
    expect(ids).not.toContain('legal-pages-missing');
  });
});
