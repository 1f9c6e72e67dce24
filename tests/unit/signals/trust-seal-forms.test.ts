/**
 * Trust seals in every markup a shop uses — inline SVG, CSS backgrounds, <picture>/srcset, lazy
 * loading, seal-named boxes, text badges — in de, en, fr, nl and it: a seal without a working link
 * to its issuer fires, the same seal linking to its issuer's domain (or a subdomain) does not.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { factsForHtml } from '../../helpers';

const SHOP = 'https://www.example-shop.de/produkt/42';
const page = (body: string, lang: string) => `<html lang="${lang}"><body><h1>Produkt</h1><button>In den Warenkorb</button><footer>${body}</footer></body></html>`;

async function sealsOf(body: string, lang = 'de') {
  const facts = await factsForHtml(page(body, lang), SHOP);
  return { seals: facts.trustSeals?.seals ?? [], fires: score(facts).reasons.some((r) => r.id === 'trust-seal-fake') };
}

describe('a seal without a working link to its issuer, in any markup', () => {
  it.each([
    ['de', 'svg <title>', '<svg role="img" viewBox="0 0 10 10"><title>Trusted Shops Gütesiegel</title><circle r="4"/></svg>', 'Trusted Shops', 'unlinked'],
    ['en', 'svg aria-label in a "#" link', '<a href="#"><svg aria-label="Trustpilot – verified company"><path d="M0 0"/></svg></a>', 'Trustpilot', 'unlinked'],
    ['de', 'svg id, linked into the shop', '<a href="/zertifikat"><svg id="ehi-siegel-icon"><path d="M0 0"/></svg></a>', 'EHI', 'self-linked'],
    ['nl', 'svg sprite reference', '<svg class="icon"><use href="/assets/sprite.svg#thuiswinkel-waarborg"></use></svg>', 'Thuiswinkel Waarborg', 'unlinked'],
    ['de', 'CSS background on a div', '<div class="footer-logo" style="background-image:url(/img/trustedshops-badge.png)"></div>', 'Trusted Shops', 'unlinked'],
    ['de', 'CSS background on a span linking to the shop', '<a href="https://www.example-shop.de/ueber-uns"><span style="background: url(\'https://cdn.example-shop.de/assets/haendlerbund-kaeufersiegel.png\') no-repeat"></span></a>', 'Händlerbund', 'self-linked'],
    ['nl', '<picture><source srcset>', '<picture><source srcset="/img/webshop-keurmerk.webp 1x, /img/webshop-keurmerk@2x.webp 2x" type="image/webp"><img src="/img/footer-1.png" alt=""></picture>', 'Webshop Keurmerk', 'unlinked'],
    ['it', '<img srcset> only', '<img srcset="/s/netcomm-sigillo-200.png 200w, /s/netcomm-sigillo-400.png 400w" alt="">', 'Netcomm', 'unlinked'],
    ['fr', 'lazy data-src', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/wp-content/uploads/fevad-membre.png" class="lazyload" alt="">', 'FEVAD', 'unlinked'],
    ['de', 'lazy data-lazy-src', '<img data-lazy-src="/siegel/tuev-saar-safer-shopping.png" alt="">', 'TÜV', 'unlinked'],
    ['en', 'lazy data-srcset', '<img data-srcset="/badges/trusted-shops-seal.png 2x" alt="">', 'Trusted Shops', 'unlinked'],
    ['en', 'role="img" icon', '<i class="icon" role="img" aria-label="Webshop Trustmark"></i>', 'Webshop Keurmerk', 'unlinked'],
    ['de', 'box named "trust-badge" with the issuer in its text', '<div class="trust-badge"><span>Trusted Shops</span><small>4,89 / 5,00</small></div>', 'Trusted Shops', 'unlinked'],
    ['de', 'box named "gütesiegel" with the issuer in its title', '<span class="gütesiegel" title="EHI geprüfter Online-Shop"></span>', 'EHI', 'unlinked'],
    ['nl', 'box id "keurmerk" with aria-label', '<div id="keurmerk-box" aria-label="Lid van Thuiswinkel Waarborg"></div>', 'Thuiswinkel Waarborg', 'unlinked'],
    ['it', 'box named "sigillo"', '<div class="sigillo-qualita"><p>Netcomm – Sigillo di qualità</p></div>', 'Netcomm', 'unlinked'],
    ['fr', 'box named "label-confiance"', '<div class="label-confiance"><strong>Avis Vérifiés</strong> – boutique certifiée</div>', 'Avis Vérifiés', 'unlinked'],
    ['de', 'text badge', '<p class="footer-note">✔ Geprüfter Shop – Trusted Shops</p>', 'Trusted Shops', 'unlinked'],
    ['en', 'text badge split over elements', '<div><span>✓</span> <strong>Trustpilot</strong> <span>verified merchant</span></div>', 'Trustpilot', 'unlinked'],
    ['nl', 'text badge', '<ul><li>Gratis verzending</li><li>Lid van Thuiswinkel Waarborg</li></ul>', 'Thuiswinkel Waarborg', 'unlinked'],
    ['it', 'made-up text badge', '<span>✔ Negozio certificato</span>', 'generic seal', 'unlinked'],
    ['fr', 'made-up seal in a seal-named box', '<div class="badge-securite">Boutique vérifiée</div>', 'generic seal', 'unlinked'],
    ['de', 'javascript: link', '<a href="javascript:void(0)"><img src="/img/s.png" alt="Trusted Shops"></a>', 'Trusted Shops', 'unlinked'],
    ['de', 'link to a lookalike of the issuer', '<a href="https://trustedshops-check.shop/zertifikat/8812"><img src="/img/s.png" alt="Trusted Shops"></a>', 'Trusted Shops', 'lookalike'],
    ['en', 'issuer domain as a subdomain of another site', '<a href="https://www.trustedshops.de.certificate-check.com/shop/8812"><svg aria-label="Trusted Shops"></svg></a>', 'Trusted Shops', 'lookalike'],
    ['nl', 'lookalike with a hyphen', '<a href="https://thuis-winkel.org-waarborg.eu/leden/1"><img src="/thuiswinkel.png" alt=""></a>', 'Thuiswinkel Waarborg', 'lookalike'],
  ])('%s, %s', async (lang, _form, body, issuer, verdict) => {
    const { seals, fires } = await sealsOf(body, lang);
    expect(seals).toContainEqual(expect.objectContaining({ issuer, verdict }));
    expect(fires).toBe(true);
  });
});

describe('a real seal linking to its issuer does not fire, in any markup', () => {
  it.each([
    ['de', 'svg', '<a href="https://www.trustedshops.de/shop/certificate.php?shop_id=X1"><svg role="img"><title>Trusted Shops Gütesiegel</title></svg></a>'],
    ['de', 'CSS background', '<a href="https://www.ehi-siegel.de/verbraucher/shops-mit-siegel/zertifikat/abc123/"><span class="ehi-seal" style="background-image:url(/img/ehi-siegel.png)"></span></a>'],
    ['nl', 'picture', '<a href="https://www.thuiswinkel.org/leden/example-shop/certificaat"><picture><source srcset="/img/thuiswinkel-waarborg.webp"><img src="/img/thuiswinkel-waarborg.png" alt="Thuiswinkel Waarborg"></picture></a>'],
    ['de', 'lazy image', '<a href="https://www.haendlerbund.de/mitglied/show.php?uuid=1a2b"><img data-src="/siegel/haendlerbund-kaeufersiegel.png" alt=""></a>'],
    ['de', 'TÜV box', '<a href="https://www.safer-shopping.de/zertifikat/123456"><div class="siegel-box">TÜV SÜD s@fer shopping – geprüfter Online-Shop</div></a>'],
    ['en', 'text badge, issuer on a subdomain', '<a href="https://uk.trustpilot.com/review/example-shop.de">✓ Trustpilot verified company</a>'],
    ['en', 'Webshop Trustmark icon', '<a href="https://www.keurmerk.info/nl/consumenten/webwinkel/?key=1"><i role="img" aria-label="Webshop Trustmark"></i></a>'],
    ['it', 'seal box', '<a href="https://www.consorzionetcomm.it/sigillo/verifica?id=9"><div class="sigillo">Netcomm – Sigillo di qualità</div></a>'],
    ['fr', 'text badge', '<a href="https://www.avis-verifies.com/avis-clients/example-shop.de"><div class="label-confiance">Avis Vérifiés – boutique certifiée</div></a>'],
    ['de', 'old seal snippet opening the certificate from onclick', '<a href="#" onclick="window.open(\'https://www.trustedshops.de/shop/certificate.php?shop_id=X1\'); return false;"><img src="/img/s.png" alt="Trusted Shops"></a>'],
    ['de', 'a caption under a real seal', '<div><a href="https://www.trustedshops.de/bewertung/info_X1.html"><img alt="Trusted Shops" src="/img/ts.png"></a><p>✔ Geprüfter Shop – Trusted Shops</p></div>'],
  ])('%s, %s', async (lang, _form, body) => {
    const { seals, fires } = await sealsOf(body, lang);
    expect(seals.length).toBeGreaterThan(0);
    expect(seals.filter((s) => s.verdict !== 'ok')).toEqual([]);
    expect(fires).toBe(false);
  });
});

describe('mentions of an issuer, and a caption of a seal the page really uses, are no seal', () => {
  it.each([
    ['de', 'a caption next to the issuer widget script', '<script src="https://widgets.trustedshops.com/js/X1.js"></script><p>✔ Trusted Shops Gütesiegel</p>'],
    ['de', 'membership of an association', '<p>Mitglied im Händlerbund</p>'],
    ['fr', 'membership in a sentence', '<p>Nous sommes membre de la FEVAD.</p>'],
    ['de', 'a product test in a spec table', '<table><tr><td>Prüfzeichen</td><td>TÜV geprüft</td></tr></table>'],
    ['de', 'a FAQ question', '<h3>Was ist das Trusted Shops Gütesiegel?</h3>'],
    ['de', 'a sentence in a paragraph', '<p>Wir sind seit 2015 Mitglied im Händlerbund und beraten Sie gern telefonisch zu allen Fragen rund um Ihre Bestellung.</p>'],
    ['de', 'a footer link to the shop\'s own info page', '<a href="/kaeuferschutz">Trusted Shops Käuferschutz</a>'],
    ['de', 'selling points in a "trust-badges" bar', '<ul class="trust-badges"><li>✔ Sicher einkaufen</li><li>✔ Kostenloser Versand</li></ul>'],
    ['en', 'a review count', '<p>Rated 4.8 on Trustpilot</p>'],
    ['it', 'an exclamation', '<p>Ehi! Nuovi arrivi ogni settimana.</p>'],
  ])('%s, %s', async (lang, _form, body) => {
    const { seals, fires } = await sealsOf(body, lang);
    expect(seals).toEqual([]);
    expect(fires).toBe(false);
  });
});
