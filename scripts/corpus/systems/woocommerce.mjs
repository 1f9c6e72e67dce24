// WooCommerce on WordPress (Storefront/Astra-like theme, Germanized plugin on German shops):
// the most common base of fake shops (SIGNALS.md: WordPress 59%, WooCommerce 43% of listed fakes).
import { base } from './base.mjs';
import { esc } from '../ui.mjs';

const SLUGS = {
  de: { product: 'produkt', category: 'produkt-kategorie', cart: 'warenkorb', checkout: 'kasse', impressum: 'impressum', agb: 'agb', widerruf: 'widerrufsbelehrung', privacy: 'datenschutzerklaerung', contact: 'kontakt', about: 'ueber-uns', faq: 'faq' },
  en: { product: 'product', category: 'product-category', cart: 'cart', checkout: 'checkout', impressum: 'legal-notice', agb: 'terms-and-conditions', widerruf: 'returns-policy', privacy: 'privacy-policy', contact: 'contact', about: 'about-us', faq: 'faq' },
  fr: { product: 'produit', category: 'categorie-produit', cart: 'panier', checkout: 'commande', impressum: 'mentions-legales', agb: 'cgv', widerruf: 'droit-de-retractation', privacy: 'politique-de-confidentialite', contact: 'contact', about: 'a-propos', faq: 'faq' },
  nl: { product: 'product', category: 'productcategorie', cart: 'winkelwagen', checkout: 'afrekenen', impressum: 'colofon', agb: 'algemene-voorwaarden', widerruf: 'herroepingsrecht', privacy: 'privacybeleid', contact: 'contact', about: 'over-ons', faq: 'veelgestelde-vragen' },
  it: { product: 'prodotto', category: 'categoria-prodotto', cart: 'carrello', checkout: 'pagamento', impressum: 'note-legali', agb: 'termini-e-condizioni', widerruf: 'diritto-di-recesso', privacy: 'privacy-policy', contact: 'contatti', about: 'chi-siamo', faq: 'domande-frequenti' },
};

const amount = (text) => `<span class="woocommerce-Price-amount amount"><bdi>${text.replace(/(€|£|\$|CHF)/, '<span class="woocommerce-Price-currencySymbol">$1</span>')}</bdi></span>`;

export const woocommerce = {
  ...base,
  id: 'woocommerce',
  paths: (lang) => {
    const s = SLUGS[lang];
    return { home: '/', category: `/${s.category}/sale/`, product: (slug) => `/${s.product}/${slug}/`, cart: `/${s.cart}/`, checkout: `/${s.checkout}/`, impressum: `/${s.impressum}/`, agb: `/${s.agb}/`, widerruf: `/${s.widerruf}/`, privacy: `/${s.privacy}/`, contact: `/${s.contact}/`, about: `/${s.about}/`, faq: `/${s.faq}/` };
  },
  head: (site) => `<meta name="generator" content="WordPress 6.5.3">
<meta name="generator" content="WooCommerce 8.9.1">
<link rel="stylesheet" id="woocommerce-general-css" href="${site.origin}/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.9.1" media="all">
<link rel="stylesheet" id="storefront-style-css" href="${site.origin}/wp-content/themes/storefront/style.css?ver=4.5.5" media="all">
${site.lang === 'de' ? `<link rel="stylesheet" id="woocommerce-gzd-layout-css" href="${site.origin}/wp-content/plugins/woocommerce-germanized/build/static/layout-styles.css?ver=3.16.5" media="all">\n` : ''}<script src="${site.origin}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
`,
  bodyAttrs: (pg) => `class="${{ home: 'home page-template-default page', category: 'archive tax-product_cat woocommerce woocommerce-page', product: 'product-template-default single single-product woocommerce woocommerce-page', cart: 'page woocommerce-cart woocommerce-page', checkout: 'page woocommerce-checkout woocommerce-page' }[pg.type] ?? 'page-template-default page'} theme-storefront woocommerce-js storefront-full-width-content"`,
  header: (site, pg, nav) => `<header id="masthead" class="site-header" role="banner"><div class="col-full"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">${esc(site.shopName)}</a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/"><input type="search" class="search-field" placeholder="${esc(pg.ui.search)} …" name="s"><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation"><ul id="menu-hauptmenue" class="menu">${nav.map((n, i) => `<li id="menu-item-${20 + i}" class="menu-item menu-item-type-post_type"><a href="${n.href}">${esc(n.text)}</a></li>`).join('')}</ul></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="${pg.paths.cart}" title="${esc(pg.ui.cart)}">${amount('0,00 €')} <span class="count">0</span></a></li></ul></div></header>`,
  price: (site, pg, p, fmt) => (p.was
    ? `<p class="price"><del aria-hidden="true">${amount(fmt(p.was))}</del> <ins aria-hidden="true">${amount(fmt(p.price))}</ins></p>`
    : `<p class="price">${amount(fmt(p.price))}</p>`) + (site.lang === 'de' ? `<p class="wc-gzd-additional-info tax-info">${esc(pg.ui.vat)}</p>` : ''),
  card: (site, pg, p, priceHtml) => `<li class="product type-product post-${p.id} status-publish instock ${p.was ? 'sale ' : ''}product-type-simple"><a href="${pg.paths.product(p.slug)}" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">${p.was ? `<span class="onsale">${esc(pg.ui.sale)}!</span>` : ''}<img width="324" height="324" src="${site.origin}/wp-content/uploads/2024/05/${p.slug}-324x324.jpg" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="${esc(p.name)}"><h2 class="woocommerce-loop-product__title">${esc(p.name)}</h2>${priceHtml}</a><a href="?add-to-cart=${p.id}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="${p.id}" rel="nofollow">${esc(pg.ui.addToCart)}</a></li>`,
  listing: (site, pg, title, cards) => `<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">${esc(title)}</h1></header>
<p class="woocommerce-result-count">${esc(pg.ui.results.replace('{n}', String(cards.length)))}</p>
<ul class="products columns-4">${cards.join('\n')}</ul>`,
  addToCart: (site, pg, p) => `<form class="cart" action="${pg.paths.product(p.slug)}" method="post" enctype="multipart/form-data"><div class="quantity"><label class="screen-reader-text" for="quantity_${p.id}">${esc(pg.ui.qty)}</label><input type="number" id="quantity_${p.id}" class="input-text qty text" name="quantity" value="1" min="1" step="1"></div><button type="submit" name="add-to-cart" value="${p.id}" class="single_add_to_cart_button button alt">${esc(pg.ui.addToCart)}</button></form>`,
  product: (site, pg, p, parts) => `<div class="woocommerce-notices-wrapper"></div><div id="product-${p.id}" class="product type-product post-${p.id} status-publish first instock has-post-thumbnail ${p.was ? 'sale ' : ''}shipping-taxable purchasable product-type-simple">
${p.was ? `<span class="onsale">${esc(pg.ui.sale)}!</span>` : ''}<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images"><figure class="woocommerce-product-gallery__wrapper"><div class="woocommerce-product-gallery__image"><img src="${site.origin}/wp-content/uploads/2024/05/${p.slug}.jpg" alt="${esc(p.name)}"></div></figure></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${esc(p.name)}</h1>${parts.price}${parts.badges}<p class="wc-gzd-additional-info shipping-costs-info">${esc(pg.ui.plusShipping)}</p>${parts.stock}${parts.urgency}${parts.form}${parts.payment}<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">${p.sku}</span></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active"><a href="#tab-description">${esc(pg.ui.description)}</a></li><li class="reviews_tab"><a href="#tab-reviews">${esc(pg.ui.reviews)} (0)</a></li></ul><div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description"><h2>${esc(pg.ui.description)}</h2>${parts.description}</div></div></div>`,
  cart: (site, pg, rows, totals, extras) => `<div class="woocommerce">${extras}<form class="woocommerce-cart-form" action="${pg.paths.cart}" method="post"><table class="shop_table shop_table_responsive cart woocommerce-cart-form__contents" cellspacing="0"><thead><tr><th class="product-name">${esc(pg.ui.product)}</th><th class="product-price">${esc(pg.ui.price)}</th><th class="product-quantity">${esc(pg.ui.qty)}</th></tr></thead><tbody>${rows}</tbody></table></form>
<div class="cart-collaterals"><div class="cart_totals"><h2>${esc(pg.ui.total)}</h2>${totals}<div class="wc-proceed-to-checkout"><a href="${pg.paths.checkout}" class="checkout-button button alt wc-forward">${esc(pg.ui.toCheckout)}</a></div></div></div></div>`,
  checkout: (site, pg, billing, review, payment, extras) => `<div class="woocommerce"><form name="checkout" method="post" class="checkout woocommerce-checkout" action="${pg.paths.checkout}" enctype="multipart/form-data"><div class="col2-set" id="customer_details"><div class="woocommerce-billing-fields">${billing}</div></div>
<h3 id="order_review_heading">${esc(pg.ui.yourOrder)}</h3><div id="order_review" class="woocommerce-checkout-review-order">${review}<div id="payment" class="woocommerce-checkout-payment">${payment}${extras}<div class="form-row place-order"><button type="submit" class="button alt" name="woocommerce_checkout_place_order" id="place_order" value="${esc(pg.ui.placeOrder)}" data-value="${esc(pg.ui.placeOrder)}">${esc(pg.ui.placeOrder)}</button></div></div></div></form></div>`,
  paymentOption: (site, pg, o) => `<li class="wc_payment_method payment_method_${{ prepayment: 'bacs', card: 'stripe', paypal: 'ppcp-gateway', klarna: 'klarna_payments', invoice: 'invoice' }[o.method] ?? o.method} ${o.cls}" ${o.liAttrs}>${o.input('payment_method')}<label for="pm-${o.method}">${o.labelHtml}</label>${o.noteHtml}${o.box ? `<div class="payment_box payment_method_bacs">${o.box}</div>` : ''}</li>`,
  paymentList: (items) => `<ul class="wc_payment_methods payment_methods methods">${items.join('\n')}</ul>`,
  textPage: (site, pg, title, body) => `<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">${esc(title)}</h1></header><div class="entry-content">${body}</div></article>`,
  footer: (site, pg, f) => `<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-3 fix">
<div class="block footer-widget-1"><div class="widget widget_nav_menu"><span class="gamma widget-title">${esc(pg.ui.info)}</span><div class="menu-rechtliches-container"><ul class="menu">${f.links.map((l) => `<li class="menu-item"><a href="${l.href}">${esc(l.text)}</a></li>`).join('')}</ul></div></div></div>
<div class="block footer-widget-2"><div class="widget widget_text"><span class="gamma widget-title">${esc(pg.ui.payment)}</span><div class="textwidget">${f.logos}</div></div></div>
<div class="block footer-widget-3"><div class="widget widget_block">${f.address}${f.seals}</div></div></div>
<div class="site-info">© ${esc(site.shopName)} ${f.year}<br><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>`,
};
