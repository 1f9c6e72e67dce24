// Building blocks of a page (payment logos, seals, address, Impressum, bank details, payment list,
// urgency). Each block marks the patterns it actually puts on the page via pg.markIf(id).
import { PAYMENT_NAMES } from './ui.mjs';
import { esc } from './ui.mjs';
import { PLACES } from './places.mjs';
import { spacedIban } from './ids.mjs';
import { IMPRESSUM_LAYOUTS, VAT_FORMATS, impressumLines } from './legal.mjs';
import { freeMailDomains } from './company.mjs';
import { slug } from './catalogue.mjs';

const LOGO_FILES = { paypal: 'paypal', card: 'visa-mastercard', klarna: 'klarna', applepay: 'apple-pay', sepa: 'sepa', ideal: 'ideal', invoice: 'rechnung', prepayment: 'vorkasse', cod: 'nachnahme', pickup: 'barzahlung', crypto: 'bitcoin', giftcard: 'paysafecard' };
const LOGO_ALT = { paypal: 'PayPal', card: 'Visa Mastercard', klarna: 'Klarna', applepay: 'Apple Pay', sepa: 'SEPA Lastschrift', ideal: 'iDEAL', invoice: 'Rechnung', prepayment: 'Vorkasse', cod: 'Nachnahme', pickup: 'Barzahlung', crypto: 'Bitcoin', giftcard: 'Paysafecard' };

/** One payment logo in the site's logo markup form. */
export function logo(form, method, extraTitle = '') {
  const alt = LOGO_ALT[method];
  const file = LOGO_FILES[method];
  const title = extraTitle ? ` title="${esc(`${alt} – ${extraTitle}`)}"` : '';
  switch (form) {
    case 'svg': return `<svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-${file}"${title}><title id="pi-${file}">${esc(alt)}</title><rect width="38" height="24" rx="3"/></svg>`;
    case 'sprite': return `<span class="payment-icon payment-icon--${file}" aria-label="${esc(alt)}"${title}></span>`;
    case 'fileOnly': return `<img src="/assets/img/payment/${file}-logo.svg" alt=""${title} width="48" height="30">`;
    case 'text': return `<span class="payment-name"${title}>${esc(alt)}</span>`;
    case 'fontIcon': return `<i class="pf pf-${file}" aria-hidden="true"${title}></i><span class="sr-only">${esc(alt)}</span>`;
    default: return `<img src="/wp-content/uploads/2024/03/${file}.png" alt="${esc(alt)}"${title} width="60" height="38">`;
  }
}

/** Footer payment logos, with "unavailable" notes placed as the site does. */
export function logosBlock(site, pg) {
  const items = site.logos.map((l) => ({ ...l, name: PAYMENT_NAMES[l.method][site.lang] }));
  const prepayOnly = site.checkoutMethods.filter((m) => m.enabled).every((m) => m.method === 'prepayment');
  if (!items.length) {
    // No logos: the footer names the methods in words (a local shop: "bank transfer · cash on collection").
    const enabled = site.checkoutMethods.filter((m) => m.enabled);
    if (prepayOnly) pg.markIf('prepayment-only');
    if (enabled.some((m) => m.method === 'pickup')) pg.markIf('nm-pickup-cash');
    return `<p class="payment-text">${enabled.map((m) => esc(PAYMENT_NAMES[m.method][site.lang])).join(' · ')}</p>`;
  }
  const noted = items.filter((l) => l.note === 'unavailable');
  if (noted.length) pg.markIf('payment-logos-unavailable');
  const placement = site.unavailablePlacement ?? 'inline';
  const lis = items.map((l) => {
    const note = l.note === 'unavailable' ? site.unavailableText(l.name) : '';
    if (!note) return `<li>${logo(site.logoForm, l.method)}</li>`;
    if (placement === 'tooltip') return `<li>${logo(site.logoForm, l.method, note)}</li>`;
    if (placement === 'footnote') return `<li>${logo(site.logoForm, l.method)}<sup>*</sup></li>`;
    if (placement === 'struck') return `<li class="payment-disabled" style="opacity:.35"><s>${logo(site.logoForm, l.method)}</s><small>${esc(note)}</small></li>`;
    if (placement === 'inline') return `<li>${logo(site.logoForm, l.method)} <small class="payment-note">${esc(note)}</small></li>`;
    return `<li>${logo(site.logoForm, l.method)}</li>`;
  });
  let after = '';
  if (noted.length && placement === 'footnote') after = `<p class="footnote">* ${esc(noted.map((l) => site.unavailableText(l.name)).join(' · '))}</p>`;
  if (noted.length && placement === 'below') after = `<p class="payment-info">${esc(noted.map((l) => site.unavailableText(l.name)).join('. '))}</p>`;
  return `<ul class="payment-icons">${lis.join('')}</ul>${after}`;
}

/** Banner at the top of every page (outage notice, or a fake shop's "PayPal soon" banner). */
export function noticeBar(site, pg) {
  const notes = [];
  if (site.outageNotice) { notes.push(site.outageNotice); pg.markIf('nm-card-outage'); }
  if (site.unavailablePlacement === 'banner') {
    notes.push(site.logos.filter((l) => l.note).map((l) => site.unavailableText(PAYMENT_NAMES[l.method][site.lang])).join(' · '));
    pg.markIf('payment-logos-unavailable');
  }
  return notes.length ? `<div class="notice-bar" role="status">${notes.map(esc).join(' ')}</div>\n` : '';
}

export function sealsBlock(site, pg) {
  return site.seals.map((s) => {
    const file = `/images/siegel/${slug(s.name)}.png`;
    const inner = s.form === 'text' ? `<span class="trust-badge">${esc(s.name)} ★★★★★ 4,9/5</span>`
      : s.form === 'imgFile' ? `<img src="${file}" alt="" width="90">`
        : s.form === 'svg' ? `<svg role="img" aria-label="${esc(s.name)}" width="90" height="90"><circle cx="45" cy="45" r="40"/></svg>`
          : `<img src="${file}" alt="${esc(s.name)}" width="90">`;
    if (!s.href) { pg.markIf('trust-seal-unlinked'); return `<div class="trust-seal">${inner}</div>`; }
    if (s.href.startsWith('/')) { pg.markIf('trust-seal-self-linked'); return `<a class="trust-seal" href="${s.href}">${inner}</a>`; }
    pg.markIf('nm-linked-seal');
    return `<a class="trust-seal" href="${s.href}" target="_blank" rel="noopener">${inner}</a>`;
  }).join('');
}

/** Marks that follow from showing the company's identity (name, address, mail). */
function markIdentity(site, pg) {
  const c = site.company;
  if (c.poBox) pg.markIf('impressum-po-box');
  if (!c.street && !c.poBox) pg.markIf('impressum-no-street');
  if (c.email && freeMailDomains().includes(c.email.split('@')[1])) { pg.markIf('contact-free-mail'); pg.markIf('nm-freemail-full-address'); }
  pg.markIf('impressum-copied-company');
  if (c.country === 'AT') pg.markIf('nm-at-registration');
  if (c.country === 'CH') pg.markIf('nm-ch-registration');
  if (c.country === 'GB') pg.markIf('nm-uk-registration');
  if (c.extraLines?.some(([, v]) => /Post|BP|Casella/.test(v))) pg.markIf('nm-po-box-plus-street');
  pg.markIf('nm-foreign-eu-shop');
}

/** The short address block of a footer or contact page. */
export function addressBlock(site, pg) {
  const c = site.company;
  if (!c || c.hidden) {
    const mail = c?.email ?? `info@${site.domain}`;
    if (freeMailDomains().includes(mail.split('@')[1])) pg.markIf('contact-free-mail');
    return `<p>${esc(pg.ui.email)}: <a href="mailto:${mail}">${esc(mail)}</a></p>`;
  }
  markIdentity(site, pg);
  const lines = [c.name, c.street ?? c.poBox, c.cityOnly ? c.city : `${c.zip} ${c.city}`, PLACES[c.country]?.name[site.lang]].filter(Boolean);
  return `<p class="address">${lines.map(esc).join('<br>')}</p>${c.phone ? `<p>${esc(pg.ui.phone)}: <a href="tel:${c.phone.replace(/\s/g, '')}">${esc(c.phone)}</a></p>` : ''}<p>${esc(pg.ui.email)}: <a href="mailto:${c.email}">${esc(c.email)}</a></p>`;
}

export function impressumBlock(site, pg, ctx) {
  const c = site.company;
  markIdentity(site, pg);
  // The full Impressum always prints the register and VAT lines the shop claims (or their absence).
  for (const id of ['impressum-bad-register', 'impressum-no-register', 'vat-invalid']) pg.markIf(id);
  const lines = impressumLines(c, site.lang, {
    vatLabel: ctx.phrase('vat-label'),
    vatFormat: ctx.structure('vat-format', Object.fromEntries(VAT_FORMATS.map((f, i) => [`vat-format-${i}`, f]))),
  });
  const layout = ctx.structure('impressum-layout', IMPRESSUM_LAYOUTS);
  const lawOf = (h) => (/E-Commerce-Gesetz/.test(h) ? 'AT' : /DDG|TMG/.test(h) ? 'DE' : null);
  let html = layout(ctx.phrase('impressum-heading', {}, (h) => !lawOf(h) || lawOf(h) === c.country), lines);
  if (site.bank && ctx.rng.chance(0.5)) html += bankBlock(site, pg);
  return html;
}

export function bankBlock(site, pg) {
  const b = site.bank;
  if (!b?.iban) return '';
  if (b.country !== site.company.country) pg.markIf('iban-foreign');
  pg.markIf('holder-foreign-company');
  pg.markIf('holder-private-person');
  pg.markIf('nm-prepay-and-paypal');
  pg.markIf('nm-foreign-eu-shop');
  // No holder of its own: the account is in the name of the shop's company (or the shop, if it names none).
  const holder = b.holder ?? (site.company.hidden ? site.shopName : site.company.name);
  return `<div class="bank-details"><h4>${esc(pg.ui.bankDetails)}</h4><p>${esc(pg.ui.holder)}: ${esc(holder)}<br>IBAN: ${esc(spacedIban(b.iban))}<br>BIC: ${esc(b.bic)}<br>${esc(pg.ui.bank)}: ${esc(b.bankName)}</p>${site.transferNote ? `<p class="transfer-note">${esc(site.transferNote)}</p>` : ''}<p>${esc(pg.ui.reference)}</p></div>`;
}

/** "How can I pay?" box of a product page, FAQ or cart. */
export function paymentBox(site, pg) {
  const enabled = site.checkoutMethods.filter((m) => m.enabled);
  const names = enabled.map((m) => PAYMENT_NAMES[m.method][site.lang]);
  if (enabled.every((m) => m.method === 'prepayment') && !site.logos.length) pg.markIf('prepayment-only');
  if (site.prepayStatement) { pg.markIf('prepayment-only'); pg.markIf('nm-prepay-and-paypal'); }
  if (enabled.some((m) => m.method === 'pickup')) pg.markIf('nm-pickup-cash');
  if (enabled.some((m) => m.method === 'crypto' || m.method === 'giftcard')) pg.markIf('crypto-giftcard');
  const logos = site.logos.length ? `<div class="payment-logos">${site.logos.map((l) => logo(site.logoForm, l.method)).join(' ')}</div>` : '';
  if (site.logos.some((l) => l.note)) pg.markIf('payment-logos-unavailable');
  const notes = site.logos.filter((l) => l.note).map((l) => `<small>${esc(site.unavailableText(PAYMENT_NAMES[l.method][site.lang]))}</small>`).join(' ');
  return `<div class="payment-info"><strong>${esc(pg.ui.payment)}:</strong> ${esc(names.join(', '))}${site.prepayStatement ? `<p>${esc(site.prepayStatement)}</p>` : ''}${site.cryptoStatement ? `<p>${esc(site.cryptoStatement)}</p>` : ''}${logos}${notes}</div>`;
}

/** Attributes and note for a payment option that cannot be chosen, in the site's markup form. */
export function optionState(site, opt) {
  const name = PAYMENT_NAMES[opt.method][site.lang];
  if (opt.enabled) return { cls: '', liAttrs: '', inputAttrs: '', labelHtml: esc(name), noteHtml: '', hasInput: true };
  const note = opt.note === 'outage' ? site.outageNotice ?? '' : site.unavailableText(name);
  const small = `<small class="payment-method-note">${esc(note)}</small>`;
  switch (site.disabledForm) {
    case 'aria': return { cls: '', liAttrs: 'aria-disabled="true"', inputAttrs: 'tabindex="-1" aria-disabled="true"', labelHtml: esc(name), noteHtml: small, hasInput: true };
    case 'klass': return { cls: 'is-disabled inactive', liAttrs: '', inputAttrs: 'disabled', labelHtml: esc(name), noteHtml: small, hasInput: true };
    case 'style': return { cls: '', liAttrs: 'style="opacity:0.4;pointer-events:none"', inputAttrs: '', labelHtml: `${esc(name)} (${esc(note)})`, noteHtml: '', hasInput: true };
    case 'noInput': return { cls: 'text-muted', liAttrs: '', inputAttrs: '', labelHtml: esc(name), noteHtml: small, hasInput: false };
    case 'struck': return { cls: 'unavailable', liAttrs: '', inputAttrs: 'disabled="disabled"', labelHtml: `<s>${esc(name)}</s>`, noteHtml: small, hasInput: true };
    default: return { cls: '', liAttrs: '', inputAttrs: 'disabled', labelHtml: esc(name), noteHtml: small, hasInput: true };
  }
}

/** Urgency widgets a fake shop shows on this kind of page. */
export function urgencyBlock(site, pg) {
  const u = site.urgency;
  if (!u) return '';
  const want = { product: ['stock', 'viewers', 'bought', 'countdown'], home: ['bought', 'countdown'], cart: ['countdown', 'viewers'], checkout: ['countdown'] }[pg.type] ?? [];
  const parts = want.filter((k) => u[k]).map((k) => (k === 'countdown'
    ? `<div class="countdown" data-end="${pg.rng.int(1, 9) * 3600}"><span>${esc(u[k])}</span> <b class="timer">0${pg.rng.int(0, 9)}:${pg.rng.int(10, 59)}:${pg.rng.int(10, 59)}</b></div>`
    : `<p class="urgency urgency-${k}">${esc(u[k])}</p>`));
  if (parts.length) pg.markIf('urgency-widgets');
  return parts.join('\n');
}
