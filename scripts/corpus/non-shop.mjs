// Pages that sell nothing (news, blogs) but talk about prices, prepayment and fake shops: they
// must stay unscored or low. Labelled legit.
import { esc } from './ui.mjs';

const ARTICLES = [
  { lang: 'de', what: 'news article warning about fake shops', host: 'www.regionalzeitung-nord.de', path: '/verbraucher/fake-shops-vorkasse-warnung', title: 'Fake-Shops: Verbraucherzentrale warnt vor Vorkasse', body: ['Kurz vor Weihnachten häufen sich Beschwerden über Fake-Shops. Die Seiten locken mit Rabatten von 70 bis 90 Prozent auf Markenware und akzeptieren am Ende nur Vorkasse per Überweisung.', 'Oft fehlt ein Impressum, oder es nennt ein Postfach statt einer Straße. PayPal- und Kreditkarten-Logos sind zwar zu sehen, an der Kasse aber plötzlich nicht mehr auswählbar.', 'Wer bereits gezahlt hat, sollte sofort die Bank kontaktieren und Anzeige erstatten.'] },
  { lang: 'en', what: 'news article on online shopping scams', host: 'www.dailyconsumer-news.co.uk', path: '/money/2025/11/fake-online-shops-bank-transfer', title: 'Fake online shops: why you should never pay by bank transfer', body: ['Trading Standards have seen a rise in fake shops offering designer jackets at 85% off.', 'The sites typically accept bank transfer only, show unlinked trust badges and list no phone number.', 'If a deal looks too good to be true, it probably is.'] },
  { lang: 'fr', what: 'news article on fake shops', host: 'www.journal-conso.fr', path: '/arnaques/faux-sites-de-vente', title: 'Faux sites de vente : les signes qui doivent alerter', body: ['Des remises de 80 %, un paiement uniquement par virement, des mentions légales absentes : voici les signes d’un faux site.', 'La DGCCRF recommande de privilégier la carte bancaire.'] },
  { lang: 'de', what: 'hiking blog with gear prices', host: 'www.bergpfade-blog.de', path: '/ausruestung/winterjacken-test-2025', title: 'Winterjacken im Test: unsere Favoriten 2025', body: ['Die Jacke kostet regulär 349 €, im Sale habe ich sie für 229 € bekommen.', 'Wichtig beim Kauf: Seriöse Händler bieten PayPal oder Rechnung an, nicht nur Vorkasse.', 'Transparenz: Dieser Artikel enthält Affiliate-Links.'] },
  { lang: 'en', what: 'cycling blog post', host: 'www.gravel-notes.com', path: '/2025/10/my-ebike-after-a-year', title: 'My e-bike after a year: costs and lessons', body: ['I paid £2,899 for the bike; a similar one was listed for £499 on a dodgy site, which of course was a scam.', 'Only 3 left, said the countdown. Classic.'] },
  { lang: 'nl', what: 'cooking blog', host: 'www.keukenverhalen.nl', path: '/recepten/erwtensoep', title: 'Erwtensoep zoals oma hem maakte', body: ['Voor 4 personen heb je 500 gram spliterwten nodig, die kosten rond de € 2,50.', 'Tip: bestel de rookworst bij de slager om de hoek.'] },
  { lang: 'it', what: 'consumer blog', host: 'www.consumatori-attenti.it', path: '/truffe/negozi-falsi-online', title: 'Negozi online falsi: come riconoscerli', body: ['Sconti del 90%, solo bonifico bancario anticipato e nessuna partita IVA: sono i segnali tipici.', 'Controlla sempre le recensioni e preferisci la carta di credito.'] },
  { lang: 'de', what: 'sports club page with membership fees', host: 'www.tsv-lindenau.de', path: '/mitgliedschaft', title: 'Mitgliedschaft im TSV Lindenau', body: ['Der Jahresbeitrag beträgt 96 € für Erwachsene und 48 € für Jugendliche.', 'Bitte überweisen Sie den Beitrag auf unser Vereinskonto bei der Sparkasse. Bankverbindung: IBAN DE89 3704 0044 0532 0130 00.', 'Kontakt: vorstand.tsv.lindenau@gmx.de'] },
];

export function nonShopUnits() {
  return ARTICLES.map((a, i) => ({ kind: 'non-shop', label: 'legit', lang: a.lang, id: `n${String(i + 1).padStart(3, '0')}`, what: a.what, article: a }));
}

export function renderNonShop(unit) {
  const a = unit.article;
  const html = `<!DOCTYPE html>
<html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)}</title><meta name="generator" content="WordPress 6.5.3"></head>
<body class="post-template-default single single-post"><header class="site-header"><a href="/">${esc(a.host.replace(/^www\./, ''))}</a><nav><a href="/">Start</a> <a href="/kontakt">Kontakt</a> <a href="/impressum">Impressum</a></nav></header>
<main><article class="post"><h1 class="entry-title">${esc(a.title)}</h1><div class="entry-content">${a.body.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div></article></main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer></body></html>
`;
  return { html, url: `https://${a.host}${a.path}` };
}
