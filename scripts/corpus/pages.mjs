// Renders one page of a shop model in its shop system's markup and records which fake-shop
// patterns or near-misses the page really shows (marks), so the index never claims more.
import { UI, HTML_LANG, PAYMENT_NAMES, esc, fill } from './ui.mjs';
import { CATEGORIES } from './catalogue.mjs';
import { money, plainPrice } from './money.mjs';
import { legalText } from './legal.mjs';
import { addressBlock, bankBlock, impressumBlock, logosBlock, noticeBar, optionState, paymentBox, sealsBlock, urgencyBlock } from './blocks.mjs';
import { SYSTEMS } from './systems/index.mjs';

const DESCRIPTION = {
  de: ['Robuste Verarbeitung und hochwertige Materialien für den täglichen Einsatz.', 'Lieferung im Originalkarton mit Herstellergarantie.', 'Passend für Einsteiger und Profis.'],
  en: ['Sturdy build and quality materials for everyday use.', 'Delivered in the original box with manufacturer warranty.', 'Suits beginners and pros alike.'],
  fr: ['Fabrication robuste et matériaux de qualité pour un usage quotidien.', 'Livré dans son emballage d’origine avec garantie constructeur.'],
  nl: ['Stevige afwerking en hoogwaardige materialen voor dagelijks gebruik.', 'Geleverd in de originele doos met fabrieksgarantie.'],
  it: ['Costruzione robusta e materiali di qualità per l’uso quotidiano.', 'Consegnato nella confezione originale con garanzia del produttore.'],
};
const MEDICAL_MARKS = { ffp2: 'CE 0158 · EN 149:2001+A1:2009 · FFP2 NR', rapidtest: 'CE 1434 · BfArM-Liste AT1234/21', disinfectant: 'Biozid-Reg.-Nr. N-12345 · EN 1500' };

export function renderPage(site, type, ctx) {
  const sys = SYSTEMS[site.system];
  const marks = new Set();
  const pg = {
    type, rng: ctx.rng, ui: UI[site.lang], paths: sys.paths(site.lang), htmlLang: HTML_LANG[site.lang], title: '',
    markIf: (id) => { if (site.fake.has(id) || site.nearMiss.has(id)) marks.add(id); },
  };
  const fmt = (cents) => money(cents, site.currency, site.lang, sys.priceStyle);
  const priceHtml = (p) => {
    if (p.pct >= 70) pg.markIf('price-too-good');
    if (p.pct >= 50) pg.markIf('prices-sitewide-discount');
    if (p.absurd) pg.markIf('price-high-value-absurd');
    if (p.pct) pg.markIf('nm-clearance-sale');
    if (CATEGORIES[p.cat].medical) ['medical-dumping', 'medical-gouging', 'nm-pharmacy-ffp2'].forEach(pg.markIf);
    if (p === site.products[0]) pg.markIf('nm-high-value-normal');
    pg.markIf('locale-mismatch');
    return sys.price(site, pg, p, fmt);
  };
  const cards = (n) => site.products.slice(0, n).map((p) => sys.card(site, pg, p, priceHtml(p)));
  const banners = () => site.banners.map((b) => { pg.markIf(b.id); return `<div class="promo-banner">${esc(b.text)}</div>`; }).join('\n');
  const machine = () => (site.machineText ? (pg.markIf('machine-translated'), site.machineText.map((t) => `<p>${esc(t)}</p>`).join('')) : '');
  const c = site.company;
  let main = '';
  let jsonld = '';
  const product = site.products[0];
  switch (type) {
    case 'home':
      pg.title = `${site.shopName} – ${pg.ui.shop}`;
      main = `${banners()}<section class="hero"><h1>${esc(site.shopName)}</h1>${machine()}${site.legitCountdown ? (pg.markIf('nm-legit-countdown'), `<p class="campaign">${esc(site.legitCountdown)}</p>`) : ''}${urgencyBlock(site, pg)}</section>\n${sys.listing(site, pg, pg.ui.bestsellers, cards(8))}`;
      jsonld = { '@context': 'https://schema.org', '@type': 'Organization', name: site.shopName, url: site.origin };
      break;
    case 'category':
      pg.title = `${CATEGORIES[site.cat][site.lang]} – ${site.shopName}`;
      main = `${banners()}${sys.listing(site, pg, CATEGORIES[site.cat][site.lang], cards(12))}`;
      break;
    case 'product': {
      pg.title = `${product.name} – ${site.shopName}`;
      const med = CATEGORIES[product.cat].medical;
      const medLine = med && !site.medical?.unmarked ? `<p class="norms">${esc(MEDICAL_MARKS[product.cat])}</p>` : '';
      if (med && site.medical?.unmarked) pg.markIf('medical-unmarked');
      const parts = {
        price: priceHtml(product),
        badges: product.was ? `<span class="badge sale">-${Math.round(100 - (product.price * 100) / product.was)}%</span>` : '',
        stock: site.lowStock ? (pg.markIf('nm-low-stock'), `<p class="stock">${esc(site.lowStock)}</p>`) : `<p class="stock in-stock">${esc(pg.ui.inStock)} – ${esc(fill(pg.ui.delivery, { days: '2-4' }))}</p>`,
        urgency: `${urgencyBlock(site, pg)}${site.legitCountdown ? (pg.markIf('nm-legit-countdown'), `<p class="campaign">${esc(site.legitCountdown)}</p>`) : ''}`,
        form: sys.addToCart(site, pg, product),
        payment: paymentBox(site, pg),
        description: `${DESCRIPTION[site.lang].map((t) => `<p>${esc(t)}</p>`).join('')}${machine()}${site.medical?.claim ? `<p>${esc(site.medical.claim)}</p>` : ''}${medLine}`,
      };
      main = `${site.banners.length && ctx.rng.chance(0.5) ? banners() : ''}${sys.product(site, pg, product, parts)}`;
      jsonld = productJsonLd(site, pg, product);
      break;
    }
    case 'cart': {
      pg.title = `${pg.ui.cart} – ${site.shopName}`;
      const items = site.products.slice(0, ctx.rng.int(1, 2));
      const rows = items.map((p) => `<tr class="cart_item"><td><a href="${pg.paths.product(p.slug)}">${esc(p.name)}</a></td><td>${priceHtml(p)}</td><td><input type="number" name="qty" value="1"></td></tr>`).join('');
      const sum = items.reduce((s, p) => s + p.price, 0);
      main = sys.cart(site, pg, rows, `<p>${esc(pg.ui.subtotal)}: ${fmt(sum)}</p><p><strong>${esc(pg.ui.total)}: ${fmt(sum)}</strong> <small>${esc(pg.ui.vat)}</small></p>`, `${urgencyBlock(site, pg)}${site.prepayStatement || site.checkoutMethods.length === 1 ? paymentBox(site, pg) : ''}`);
      break;
    }
    case 'checkout': {
      pg.title = `${pg.ui.checkout} – ${site.shopName}`;
      main = checkoutPage(site, pg, sys, priceHtml, fmt);
      break;
    }
    case 'impressum':
      pg.title = `${site.impressumLinkText ?? pg.ui.impressum} – ${site.shopName}`;
      main = sys.textPage(site, pg, site.impressumLinkText ?? pg.ui.impressum, impressumBlock(site, pg, ctx));
      break;
    case 'agb': case 'widerruf': {
      const title = type === 'agb' ? pg.ui.agbLong : pg.ui.widerruf;
      pg.title = `${title} – ${site.shopName}`;
      if (site.copiedLegal) pg.markIf('legal-text-copied');
      const who = site.copiedLegal ?? { company: c.name, email: c.email };
      main = sys.textPage(site, pg, title, legalText(type, site.lang, { company: who.company, email: who.email, address: c.hidden ? '' : `${c.street ?? c.poBox ?? ''}, ${c.zip} ${c.city}` }));
      break;
    }
    case 'contact':
      pg.title = `${pg.ui.contact} – ${site.shopName}`;
      main = sys.textPage(site, pg, pg.ui.contact, `${site.contactNote ? (pg.markIf('contact-free-mail'), `<p>${esc(site.contactNote)}</p>`) : ''}${addressBlock(site, pg)}
<form class="contact-form" method="post"><label>${esc(pg.ui.firstName)} <input name="name"></label><label>${esc(pg.ui.email)} <input type="email" name="email"></label><label>${esc(pg.ui.message)} <textarea name="message"></textarea></label><button type="submit">${esc(pg.ui.send)}</button></form>`);
      break;
    case 'about': {
      pg.title = `${pg.ui.about} – ${site.shopName}`;
      const text = ctx.phrase(site.label === 'fake' ? 'fake-about' : 'legit-about', { shop: site.shopName, city: c.city });
      main = sys.textPage(site, pg, pg.ui.about, `<p>${esc(text)}</p>${machine()}`);
      break;
    }
    case 'faq':
      pg.title = `${pg.ui.faq} – ${site.shopName}`;
      main = sys.textPage(site, pg, pg.ui.faq, `<h3>${esc(pg.ui.payment)}?</h3>${paymentBox(site, pg)}${site.bank ? bankBlock(site, pg) : ''}
<h3>${esc(pg.ui.shippingInfo)}</h3><p>${esc(fill(pg.ui.delivery, { days: site.label === 'fake' ? '2-3' : '2-5' }))}</p>
<h3>${esc(pg.ui.contact)}</h3>${site.contactNote ? (pg.markIf('contact-free-mail'), `<p>${esc(site.contactNote)}</p>`) : ''}${addressBlock(site, pg)}`);
      break;
    default: throw new Error(`unknown page type ${type}`);
  }
  const links = footerLinks(site, pg);
  const footer = sys.footer(site, pg, { links, logos: logosBlock(site, pg), seals: sealsBlock(site, pg), address: site.footerAddress ? addressBlock(site, pg) : '', year: 2025 });
  for (const id of ['domain-lookalike', 'domain-shop-words', 'nm-brand-shop', 'nm-dealer-brand-domain', 'nm-new-gtld']) pg.markIf(id);
  const nav = [{ href: pg.paths.home, text: pg.ui.home }, { href: pg.paths.category, text: CATEGORIES[site.cat][site.lang] }, { href: pg.paths.about, text: pg.ui.about }, { href: pg.paths.contact, text: pg.ui.contact }];
  const html = sys.wrap(site, pg, {
    head: sys.head(site, pg), bodyAttrs: sys.bodyAttrs(pg), notice: noticeBar(site, pg), header: sys.header(site, pg, nav), main, footer,
    jsonld: jsonld ? `<script type="application/ld+json">${JSON.stringify(jsonld)}</script>\n` : '',
  });
  return { html, marks: [...marks].sort(), path: pathOf(pg, type, product) };
}

function pathOf(pg, type, product) {
  return type === 'product' ? pg.paths.product(product.slug) : pg.paths[type];
}

function footerLinks(site, pg) {
  const l = site.legalLinks;
  const out = [];
  if (l.impressum) out.push({ href: pg.paths.impressum, text: site.impressumLinkText ?? pg.ui.impressum });
  else pg.markIf('impressum-missing');
  if (l.agb) out.push({ href: pg.paths.agb, text: pg.ui.agb });
  if (l.widerruf) out.push({ href: pg.paths.widerruf, text: pg.ui.widerruf });
  if (l.privacy) out.push({ href: pg.paths.privacy, text: pg.ui.privacy });
  if (!l.agb || !l.widerruf || !l.privacy) pg.markIf('legal-pages-missing');
  out.push({ href: pg.paths.contact, text: pg.ui.contact }, { href: pg.paths.faq, text: pg.ui.faq }, { href: pg.paths.about, text: pg.ui.about });
  return out;
}

/** Product JSON-LD in the site's shape: a plain Product, a Yoast-like @graph, or numbers instead of strings. */
function productJsonLd(site, pg, p) {
  const numeric = site.jsonldShape === 'numeric';
  const price = (cents) => (numeric ? Number(plainPrice(cents)) : plainPrice(cents));
  const offer = { '@type': 'Offer', price: price(p.price), priceCurrency: site.currency, availability: numeric ? 'http://schema.org/InStock' : 'https://schema.org/InStock', url: `${site.origin}${pg.paths.product(p.slug)}` };
  if (site.jsonldWas) {
    pg.markIf('price-jsonld-was');
    const type = site.jsonldWas.form;
    offer.priceSpecification = [
      { '@type': 'UnitPriceSpecification', price: price(p.price), priceCurrency: site.currency, valueAddedTaxIncluded: true },
      { '@type': 'UnitPriceSpecification', priceType: type === 'StrikethroughPrice' ? 'https://schema.org/StrikethroughPrice' : type, price: price(site.jsonldWas.was), priceCurrency: site.currency },
    ];
  } else if (p.was && pg.rng.chance(0.5)) {
    offer.priceSpecification = { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: price(p.was), priceCurrency: site.currency };
  }
  const product = { '@type': 'Product', name: p.name, sku: p.sku, brand: { '@type': 'Brand', name: p.brand }, image: [`${site.origin}/img/${p.slug}-1.jpg`], offers: site.jsonldShape === 'plain' ? [offer] : offer };
  if (site.jsonldShape === 'graph') {
    return { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': `${site.origin}${pg.paths.product(p.slug)}`, name: pg.title }, { ...product, '@id': `${site.origin}${pg.paths.product(p.slug)}#product` }] };
  }
  return { '@context': numeric ? 'http://schema.org/' : 'https://schema.org/', ...product };
}

function checkoutPage(site, pg, sys, priceHtml, fmt) {
  const ui = pg.ui;
  const billing = `<div class="billing"><h3>${esc(ui.billing)}</h3>${[['billing_first_name', ui.firstName], ['billing_last_name', ui.lastName], ['billing_address_1', ui.street], ['billing_postcode', ui.zip], ['billing_city', ui.city], ['billing_email', ui.email]].map(([n, l]) => `<p class="form-row"><label for="${n}">${esc(l)}</label><input id="${n}" name="${n}"></p>`).join('')}</div>`;
  const items = site.products.slice(0, pg.rng.int(1, 2));
  const review = `<table class="review-order">${items.map((p) => `<tr><td>${esc(p.name)} × 1</td><td>${priceHtml(p)}</td></tr>`).join('')}<tr class="order-total"><th>${esc(ui.total)}</th><td>${fmt(items.reduce((s, p) => s + p.price, 0))}</td></tr></table>`;
  const enabled = site.checkoutMethods.filter((m) => m.enabled);
  if (enabled.every((m) => m.method === 'prepayment')) pg.markIf('prepayment-only');
  let first = true;
  const options = site.checkoutMethods.map((opt) => {
    const st = optionState(site, opt);
    if (!opt.enabled) { pg.markIf(opt.note === 'outage' ? 'nm-card-outage' : 'checkout-disabled-options'); }
    if (opt.method === 'crypto' || opt.method === 'giftcard') pg.markIf('crypto-giftcard');
    if (opt.method === 'pickup') pg.markIf('nm-pickup-cash');
    if (opt.method === 'prepayment' && site.prepayStatement) pg.markIf('nm-prepay-and-paypal');
    const checked = opt.enabled && first ? 'checked' : '';
    if (opt.enabled) first = false;
    const box = opt.method === 'prepayment' && site.bank ? bankBlock(site, pg) : opt.method === 'prepayment' ? `<p>${esc(site.prepayStatement ?? PAYMENT_NAMES.prepayment[site.lang])}</p>` : '';
    return sys.paymentOption(site, pg, { ...st, method: opt.method, box, input: (name) => (st.hasInput ? `<input type="radio" class="input-radio" id="pm-${opt.method}" name="${name}" value="${opt.method}" ${checked} ${st.inputAttrs}>` : '') });
  });
  const extras = `${urgencyBlock(site, pg)}${site.cryptoStatement ? `<p>${esc(site.cryptoStatement)}</p>` : ''}`;
  return sys.checkout(site, pg, billing, review, sys.paymentList(options), extras);
}
