// Markup every shop system shares unless it overrides a piece. A system module spreads `base`
// and replaces what its real templates do differently (class names, URLs, footer, checkout).
import { esc } from '../ui.mjs';

export const base = {
  id: 'base',
  priceStyle: 'after',
  paths: () => ({ home: '/', category: '/shop/', product: (s) => `/products/${s}`, cart: '/cart', checkout: '/checkout', impressum: '/impressum', agb: '/agb', widerruf: '/widerruf', privacy: '/datenschutz', contact: '/kontakt', about: '/ueber-uns', faq: '/faq' }),
  head: () => '',
  bodyAttrs: (pg) => `class="page-${pg.type}"`,
  header: (site, pg, nav) => `<header class="site-header"><a class="logo" href="/">${esc(site.shopName)}</a>
<nav><ul>${nav.map((n) => `<li><a href="${n.href}">${esc(n.text)}</a></li>`).join('')}</ul></nav>
<form role="search" action="/search"><input type="search" name="q" placeholder="${esc(pg.ui.search)}"></form>
<a class="cart-link" href="${pg.paths.cart}">${esc(pg.ui.cart)} (0)</a></header>`,
  footer: (site, pg, f) => `<footer class="site-footer">
<div class="footer-col"><h4>${esc(pg.ui.info)}</h4><ul>${f.links.map((l) => `<li><a href="${l.href}">${esc(l.text)}</a></li>`).join('')}</ul></div>
${f.address ? `<div class="footer-col"><h4>${esc(pg.ui.contact)}</h4>${f.address}</div>` : ''}
<div class="footer-col"><h4>${esc(pg.ui.payment)}</h4>${f.logos}</div>
${f.seals ? `<div class="footer-col seals">${f.seals}</div>` : ''}
<p class="copyright">© ${f.year} ${esc(site.shopName)}. ${esc(pg.ui.rights)}</p></footer>`,
  price: (site, pg, p, fmt) => (p.was ? `<span class="price"><del>${fmt(p.was)}</del> <ins>${fmt(p.price)}</ins></span>` : `<span class="price">${fmt(p.price)}</span>`),
  card: (site, pg, p, priceHtml) => `<li class="product-card"><a href="${pg.paths.product(p.slug)}"><img src="/img/${p.slug}.jpg" alt="${esc(p.name)}"><h3>${esc(p.name)}</h3></a>${priceHtml}<a class="button" href="${pg.paths.cart}?add=${p.id}">${esc(pg.ui.addToCart)}</a></li>`,
  listing: (site, pg, title, cards) => `<h1>${esc(title)}</h1>\n<ul class="products">${cards.join('\n')}</ul>`,
  addToCart: (site, pg, p) => `<form class="cart" method="post" action="${pg.paths.cart}"><label>${esc(pg.ui.qty)} <input type="number" name="quantity" value="1" min="1"></label><button type="submit" name="add-to-cart" value="${p.id}">${esc(pg.ui.addToCart)}</button></form>`,
  product: (site, pg, p, parts) => `<div class="product-detail"><div class="gallery"><img src="/img/${p.slug}-1.jpg" alt="${esc(p.name)}"></div>
<div class="summary"><h1>${esc(p.name)}</h1>${parts.price}${parts.badges}<p class="tax">${esc(pg.ui.vat)}, ${esc(pg.ui.plusShipping)}</p>${parts.stock}${parts.urgency}${parts.form}${parts.payment}</div>
<section class="description"><h2>${esc(pg.ui.description)}</h2>${parts.description}</section></div>`,
  cart: (site, pg, rows, totals, extras) => `<h1>${esc(pg.ui.cart)}</h1>${extras}<table class="cart"><thead><tr><th>${esc(pg.ui.product)}</th><th>${esc(pg.ui.price)}</th><th>${esc(pg.ui.qty)}</th></tr></thead><tbody>${rows}</tbody></table><div class="totals">${totals}<a class="checkout-button" href="${pg.paths.checkout}">${esc(pg.ui.toCheckout)}</a></div>`,
  checkout: (site, pg, billing, review, payment, extras) => `<h1>${esc(pg.ui.checkout)}</h1><form class="checkout" method="post">${billing}<h3>${esc(pg.ui.yourOrder)}</h3>${review}<div class="payment"><h3>${esc(pg.ui.paymentMethod)}</h3>${payment}</div>${extras}<button type="submit" id="place_order">${esc(pg.ui.placeOrder)}</button></form>`,
  paymentOption: (site, pg, o) => `<li class="payment-method ${o.cls}" ${o.liAttrs}>${o.input('payment_method')}<label for="pm-${o.method}">${o.labelHtml}</label>${o.noteHtml}${o.box ? `<div class="payment-box">${o.box}</div>` : ''}</li>`,
  paymentList: (items) => `<ul class="payment-methods">${items.join('\n')}</ul>`,
  textPage: (site, pg, title, body) => `<article class="page"><h1>${esc(title)}</h1>\n${body}</article>`,
  wrap: (site, pg, parts) => `<!DOCTYPE html>
<html lang="${pg.htmlLang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(pg.title)}</title>
${parts.head}${parts.jsonld}</head>
<body ${parts.bodyAttrs}>
${parts.notice}${parts.header}
<main id="main">${parts.main}</main>
${parts.footer}
</body></html>
`,
};
