// Impressum blocks and legal texts (terms, withdrawal, privacy) in five languages.
import { PLACES } from './places.mjs';
import { esc } from './ui.mjs';

export const LEGAL_PHRASES = {
  'impressum-heading': {
    de: ['Angaben gemäß § 5 DDG', 'Angaben gemäß § 5 TMG', 'Anbieterkennzeichnung', 'Verantwortlich für diese Website', 'Informationspflicht laut § 5 E-Commerce-Gesetz', 'Betreiber dieses Onlineshops'],
    en: ['Company information', 'Site operator', 'Who runs this shop', 'Information pursuant to § 5 DDG', 'Business details'],
    fr: ['Éditeur du site', 'Informations légales', "Identification de l'entreprise", 'Exploitant de la boutique'],
    nl: ['Bedrijfsgegevens', 'Juridische informatie', 'Wie zijn wij', 'Exploitant van deze webwinkel'],
    it: ['Dati societari', 'Informazioni legali', 'Titolare del sito', 'Gestore del negozio online'],
  },
  'vat-label': {
    de: ['USt-IdNr.:', 'Umsatzsteuer-Identifikationsnummer gemäß § 27 a UStG:', 'USt-ID:', 'Umsatzsteuer-ID:', 'UID-Nr.:', 'VAT-ID:', 'Ust.-Id.-Nr.:', 'Steuer-ID (USt):'],
    en: ['VAT ID:', 'VAT number:', 'VAT Reg. No.:', 'EU VAT:', 'VAT registration:'],
    fr: ['N° TVA intracommunautaire :', 'TVA :', 'Numéro de TVA :', 'Identifiant TVA :'],
    nl: ['Btw-nummer:', 'BTW-id:', 'Btw-identificatienummer:', 'VAT-nummer:'],
    it: ['P.IVA:', 'Partita IVA:', 'VAT:', 'C.F. e P.IVA:'],
  },
};

const LABELS = {
  de: { manager: ['Geschäftsführer', 'Vertreten durch', 'Inhaber'], phone: 'Telefon', email: 'E-Mail', court: 'Registergericht', number: 'Registernummer', address: 'Anschrift', contact: 'Kontakt', register: 'Registereintrag', tax: 'Umsatzsteuer' },
  en: { manager: ['Managing director', 'Represented by', 'Owner'], phone: 'Phone', email: 'Email', court: 'Register', number: 'Company number', address: 'Address', contact: 'Contact', register: 'Registration', tax: 'VAT' },
  fr: { manager: ['Gérant', 'Directeur de la publication', 'Représentant légal'], phone: 'Téléphone', email: 'E-mail', court: 'Immatriculation', number: 'SIREN', address: 'Adresse', contact: 'Contact', register: 'Registre', tax: 'TVA' },
  nl: { manager: ['Directeur', 'Vertegenwoordigd door', 'Eigenaar'], phone: 'Telefoon', email: 'E-mail', court: 'Register', number: 'KvK-nummer', address: 'Adres', contact: 'Contact', register: 'Inschrijving', tax: 'Btw' },
  it: { manager: ['Amministratore', 'Legale rappresentante', 'Titolare'], phone: 'Telefono', email: 'Email', court: 'Registro', number: 'Numero', address: 'Indirizzo', contact: 'Contatti', register: 'Registro imprese', tax: 'IVA' },
};

/** Format variants of a VAT id as shops print it. */
export const VAT_FORMATS = [
  (v) => v,
  (v) => v.replace(/^([A-Z]{2,3})(\d{3})(\d{3})(\d+)/, '$1 $2 $3 $4'),
  (v) => v.replace(/^([A-Z]{2,3})/, '$1 '),
  (v) => v.replace(/^([A-Z]{2,3})(\d+)/, '$1-$2'),
];

/** Lines of an Impressum as [label|null, value] pairs; missing parts are simply absent. */
export function impressumLines(company, lang, { vatLabel, vatFormat, managerLabel }) {
  const L = LABELS[lang];
  const lines = [[null, company.name]];
  if (company.street) lines.push([null, company.street]);
  if (company.poBox) lines.push([null, company.poBox]);
  const cityLine = company.country === 'GB' ? `${company.city} ${company.zip}` : `${company.zip} ${company.city}`;
  lines.push([null, company.cityOnly ? company.city : cityLine]);
  lines.push([null, PLACES[company.country]?.name[lang] ?? company.country]);
  if (company.manager) lines.push([managerLabel ?? L.manager[0], company.manager]);
  if (company.phone) lines.push([L.phone, company.phone]);
  if (company.email) lines.push([L.email, company.email]);
  if (company.register?.court && company.register?.number) lines.push([L.court, `${company.register.court}, ${company.register.number}`]);
  else if (company.register?.court) lines.push([L.court, company.register.court]);
  else if (company.register?.number) lines.push([L.number, company.register.number]);
  if (company.vat) lines.push([vatLabel.replace(/\s*:$/, ''), vatFormat(company.vat)]);
  for (const extra of company.extraLines ?? []) lines.push(extra);
  return lines;
}

const line = ([label, value]) => (label ? `<strong>${esc(label)}:</strong> ${esc(value)}` : esc(value));

/** Layouts an Impressum comes in (split between dev and test like phrasings). */
export const IMPRESSUM_LAYOUTS = {
  paragraph: (heading, lines) => `<h2>${esc(heading)}</h2>\n<p>${lines.map(line).join('<br>\n')}</p>`,
  definitionList: (heading, lines) => `<h2>${esc(heading)}</h2>\n<dl class="imprint">${lines.map(([l, v]) => (l ? `<dt>${esc(l)}</dt><dd>${esc(v)}</dd>` : `<dd>${esc(v)}</dd>`)).join('\n')}</dl>`,
  table: (heading, lines) => `<h3>${esc(heading)}</h3>\n<table class="impressum-table"><tbody>${lines.map(([l, v]) => `<tr><th>${esc(l ?? '')}</th><td>${esc(v)}</td></tr>`).join('\n')}</tbody></table>`,
  sections: (heading, lines) => {
    const [first, ...rest] = lines;
    return `<h1>${esc(heading)}</h1>\n<h4>${esc(first[1])}</h4>\n${rest.map((l) => `<p>${line(l)}</p>`).join('\n')}`;
  },
  list: (heading, lines) => `<h2 class="entry-title">${esc(heading)}</h2>\n<ul class="imprint-list">${lines.map((l) => `<li>${line(l)}</li>`).join('')}</ul>`,
  address: (heading, lines) => `<h2>${esc(heading)}</h2>\n<address>${lines.slice(0, 4).map(line).join('<br>')}</address>\n${lines.slice(4).map((l) => `<p>${line(l)}</p>`).join('\n')}`,
};

const TEXTS = {
  agb: {
    de: ['§ 1 Geltungsbereich. Für alle Bestellungen über unseren Online-Shop gelten die nachfolgenden AGB der {company}.', '§ 2 Vertragsschluss. Die Darstellung der Produkte im Online-Shop stellt kein rechtlich bindendes Angebot dar. Mit Klick auf den Bestellbutton geben Sie eine verbindliche Bestellung ab.', '§ 3 Preise und Versandkosten. Alle Preise enthalten die gesetzliche Mehrwertsteuer. Zusätzlich fallen die angegebenen Versandkosten an.', '§ 4 Eigentumsvorbehalt. Die Ware bleibt bis zur vollständigen Bezahlung Eigentum der {company}.'],
    en: ['1. Scope. These terms apply to all orders placed with {company} through this online shop.', '2. Contract. Product listings are not a binding offer; by clicking the order button you place a binding order.', '3. Prices. All prices include VAT; shipping costs are added as shown.', '4. Retention of title. Goods remain the property of {company} until paid in full.'],
    fr: ['Article 1 – Champ d’application. Les présentes CGV s’appliquent à toute commande passée auprès de {company}.', 'Article 2 – Commande. La présentation des produits ne constitue pas une offre ferme.', 'Article 3 – Prix. Les prix sont indiqués TTC, hors frais de port.'],
    nl: ['Artikel 1 – Toepasselijkheid. Deze voorwaarden gelden voor alle bestellingen bij {company}.', 'Artikel 2 – Overeenkomst. Het aanbod in de webwinkel is vrijblijvend.', 'Artikel 3 – Prijzen. Alle prijzen zijn inclusief btw, exclusief verzendkosten.'],
    it: ['Art. 1 – Ambito. Le presenti condizioni si applicano a tutti gli ordini effettuati presso {company}.', 'Art. 2 – Contratto. La presentazione dei prodotti non costituisce offerta vincolante.', 'Art. 3 – Prezzi. Tutti i prezzi sono comprensivi di IVA, spese di spedizione escluse.'],
  },
  widerruf: {
    de: ['Widerrufsrecht. Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.', 'Um Ihr Widerrufsrecht auszuüben, müssen Sie uns ({company}, {address}, {email}) mittels einer eindeutigen Erklärung über Ihren Entschluss informieren.', 'Folgen des Widerrufs. Wenn Sie diesen Vertrag widerrufen, haben wir Ihnen alle Zahlungen unverzüglich zurückzuzahlen.'],
    en: ['Right of withdrawal. You have the right to withdraw from this contract within fourteen days without giving any reason.', 'To exercise it, you must inform us ({company}, {address}, {email}) by a clear statement.', 'Effects of withdrawal. We will reimburse all payments received from you without undue delay.'],
    fr: ['Droit de rétractation. Vous disposez de quatorze jours pour vous rétracter sans motif.', 'Pour exercer ce droit, informez-nous ({company}, {address}, {email}) par une déclaration dénuée d’ambiguïté.'],
    nl: ['Herroepingsrecht. U heeft het recht binnen veertien dagen zonder opgave van redenen deze overeenkomst te ontbinden.', 'Om het herroepingsrecht uit te oefenen stelt u ons ({company}, {address}, {email}) op de hoogte.'],
    it: ['Diritto di recesso. Hai il diritto di recedere dal contratto entro quattordici giorni senza indicarne le ragioni.', 'Per esercitarlo devi informarci ({company}, {address}, {email}) con una dichiarazione esplicita.'],
  },
  privacy: {
    de: ['Verantwortlicher im Sinne der DSGVO ist die {company}, {address}.', 'Wir verarbeiten Ihre Daten nur zur Abwicklung Ihrer Bestellung (Art. 6 Abs. 1 lit. b DSGVO).', 'Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten.'],
    en: ['The controller under the GDPR is {company}, {address}.', 'We process your data only to handle your order (Art. 6(1)(b) GDPR).', 'You have the right to access, rectify and erase your data.'],
    fr: ['Le responsable du traitement est {company}, {address}.', 'Vos données sont traitées uniquement pour l’exécution de votre commande.'],
    nl: ['Verwerkingsverantwoordelijke is {company}, {address}.', 'Wij verwerken uw gegevens alleen voor de afhandeling van uw bestelling.'],
    it: ['Titolare del trattamento è {company}, {address}.', 'Trattiamo i tuoi dati solo per gestire il tuo ordine.'],
  },
};

export function legalText(kind, lang, subs) {
  return TEXTS[kind][lang].map((p) => `<p>${esc(p.replace(/\{(\w+)\}/g, (m, k) => subs[k] ?? m))}</p>`).join('\n');
}
