// Shop-front wordings: urgency, sale banners, medical claims, contact notes, about-us texts.
// Written independently of Shopwatch's rules; each list is split into dev-only and test-only halves.
// Placeholders: {n} a number, {pct} a percentage, {name} {city} a buyer, {minutes}, {shop}.

export const SHOP_PHRASES = {
  'urgency-stock': {
    de: ['Nur noch {n} Stück auf Lager!', 'Beeilen Sie sich – nur noch {n} verfügbar', 'Achtung: Restbestand {n} Artikel', 'Fast ausverkauft! Noch {n} Stück', 'Nur {n} Exemplare übrig', 'Letzte {n} Stück zum Aktionspreis'],
    en: ['Only {n} left in stock!', 'Hurry – just {n} remaining', 'Almost sold out: {n} left', 'Last {n} items at this price', 'Low stock: only {n} available', 'Just {n} pieces left!'],
    fr: ['Plus que {n} en stock !', 'Vite – il en reste {n}', 'Presque épuisé : {n} restants', 'Derniers {n} articles à ce prix'],
    nl: ['Nog maar {n} op voorraad!', 'Snel – nog {n} beschikbaar', 'Bijna uitverkocht: nog {n}', 'Laatste {n} stuks voor deze prijs'],
    it: ['Solo {n} rimasti in magazzino!', 'Affrettati – ne restano {n}', 'Quasi esaurito: {n} disponibili', 'Ultimi {n} pezzi a questo prezzo'],
  },
  'urgency-viewers': {
    de: ['{n} Personen sehen sich diesen Artikel gerade an', '{n} Besucher betrachten dieses Produkt', 'Gerade im Blick von {n} Kunden', '{n} Leute haben das in ihrem Warenkorb'],
    en: ['{n} people are viewing this right now', '{n} shoppers are looking at this item', '{n} people have this in their cart', 'Currently viewed by {n} customers'],
    fr: ['{n} personnes regardent cet article', '{n} clients consultent ce produit en ce moment', '{n} personnes l’ont dans leur panier'],
    nl: ['{n} mensen bekijken dit nu', '{n} bezoekers kijken naar dit product', '{n} mensen hebben dit in hun winkelwagen'],
    it: ['{n} persone stanno guardando questo articolo', '{n} clienti stanno visualizzando questo prodotto', '{n} persone lo hanno nel carrello'],
  },
  'urgency-bought': {
    de: ['{name} aus {city} hat vor {minutes} Minuten gekauft', 'Soeben bestellt: {name} ({city})', '{name} in {city} hat gerade zugeschlagen', 'Vor {minutes} Min. gekauft von {name}, {city}'],
    en: ['{name} from {city} bought this {minutes} minutes ago', 'Just purchased by {name} in {city}', '{name} ({city}) just ordered', 'Someone in {city} bought this {minutes} min ago'],
    fr: ['{name} de {city} a acheté il y a {minutes} minutes', 'Acheté à l’instant par {name} ({city})', 'Quelqu’un à {city} vient de commander'],
    nl: ['{name} uit {city} kocht dit {minutes} minuten geleden', 'Zojuist gekocht door {name} ({city})', 'Iemand in {city} heeft net besteld'],
    it: ['{name} da {city} ha acquistato {minutes} minuti fa', 'Appena acquistato da {name} ({city})', 'Qualcuno a {city} ha appena ordinato'],
  },
  'urgency-countdown': {
    de: ['Angebot endet in', 'Nur noch heute gültig:', 'Blitzangebot – läuft ab in', 'Aktion endet in', 'Dieser Preis gilt nur noch'],
    en: ['Offer ends in', 'Deal expires in', 'Flash sale ends in', 'Today only – ends in', 'This price is valid for'],
    fr: ['L’offre se termine dans', 'Vente flash : fin dans', 'Aujourd’hui seulement – fin dans'],
    nl: ['Aanbieding eindigt over', 'Flash sale eindigt over', 'Alleen vandaag – nog'],
    it: ['L’offerta termina tra', 'Offerta lampo: termina tra', 'Solo oggi – scade tra'],
  },
  /** Banners of fake shops announcing huge discounts. */
  'fake-sale-banner': {
    de: ['Großer Lagerverkauf – bis zu {pct} % Rabatt auf alles!', 'Räumungsverkauf wegen Geschäftsaufgabe: alles muss raus, bis -{pct} %', 'Nur diese Woche: {pct} % auf das gesamte Sortiment', 'Jubiläumsaktion: {pct} % Rabatt, solange der Vorrat reicht', 'Insolvenzverkauf – Restposten bis zu {pct} % günstiger', 'Mega-Sale: Markenware bis zu {pct} % reduziert'],
    en: ['Warehouse clearance – up to {pct}% off everything!', 'Closing down sale: everything must go, up to {pct}% off', 'This week only: {pct}% off the whole range', 'Anniversary sale: {pct}% off while stocks last', 'Liquidation sale – brand goods up to {pct}% cheaper', 'Mega sale: designer items up to {pct}% off'],
    fr: ['Grande liquidation – jusqu’à -{pct} % sur tout !', 'Fermeture définitive : tout doit disparaître, jusqu’à -{pct} %', 'Cette semaine seulement : -{pct} % sur toute la boutique', 'Déstockage massif : marques jusqu’à -{pct} %'],
    nl: ['Grote magazijnopruiming – tot {pct}% korting op alles!', 'Opheffingsuitverkoop: alles moet weg, tot -{pct}%', 'Alleen deze week: {pct}% op het hele assortiment', 'Faillissementsverkoop – merken tot {pct}% goedkoper'],
    it: ['Svendita totale – fino al {pct}% su tutto!', 'Chiusura attività: tutto deve andare, fino al -{pct}%', 'Solo questa settimana: {pct}% su tutto il catalogo', 'Liquidazione: marche fino al {pct}% in meno'],
  },
  /** Honest sale banners of legitimate shops (moderate discounts, dated, with conditions). */
  'nm-sale-banner': {
    de: ['Sommerschlussverkauf: ausgewählte Artikel bis 40 % reduziert – nur solange der Vorrat reicht.', 'Räumungsverkauf wegen Umbau vom 1. bis 31. März: Ausstellungsstücke bis 50 % günstiger.', 'B-Ware und Rückläufer mit voller Gewährleistung – bis zu 45 % unter Neupreis.', 'Black Week: 20 % auf Gartenmöbel, gültig bis Sonntag.', 'Auslaufmodelle der Vorsaison stark reduziert.'],
    en: ['Summer sale: selected items up to 40% off while stocks last.', 'Refurbishment clearance 1–31 March: display models up to 50% off.', 'B-stock and open-box returns with full warranty – up to 45% below new price.', 'Black Week: 20% off garden furniture until Sunday.', 'Last season’s models heavily reduced.'],
    fr: ['Soldes d’été : articles sélectionnés jusqu’à -40 %, dans la limite des stocks.', 'Liquidation pour travaux du 1er au 31 mars : modèles d’exposition jusqu’à -50 %.', 'Produits reconditionnés garantis – jusqu’à 45 % moins cher que le neuf.'],
    nl: ['Zomeruitverkoop: geselecteerde artikelen tot 40% korting, zolang de voorraad strekt.', 'Opruiming wegens verbouwing van 1 t/m 31 maart: showmodellen tot 50% korting.', 'B-keuze en retouren met volledige garantie – tot 45% onder de nieuwprijs.'],
    it: ['Saldi estivi: articoli selezionati fino al 40% di sconto, fino a esaurimento scorte.', 'Svendita per ristrutturazione dal 1 al 31 marzo: modelli da esposizione fino al -50%.', 'Prodotti ricondizionati con garanzia completa – fino al 45% in meno del nuovo.'],
  },
  /** Claims fake mask and test shops make. */
  'medical-claim': {
    de: ['Sofort lieferbar – direkt ab Lager in Deutschland!', 'Höchste Schutzklasse, zertifiziert nach allen Normen', 'Großpackung für Praxen und Pflegedienste', 'Engpass? Nicht bei uns – jetzt noch vorrätig', 'Medizinisch geprüfte Qualität zum Bestpreis'],
    en: ['In stock and ready to ship today!', 'Highest protection class, certified to every standard', 'Bulk pack for clinics and care homes', 'Shortage? Not here – still in stock', 'Medically tested quality at the best price'],
    fr: ['En stock, expédié aujourd’hui !', 'Protection maximale, certifiée selon toutes les normes', 'Grand format pour cabinets et EHPAD'],
    nl: ['Direct leverbaar uit voorraad!', 'Hoogste beschermingsklasse, volgens alle normen gecertificeerd', 'Grootverpakking voor praktijken en zorginstellingen'],
    it: ['Disponibile subito, spedizione oggi!', 'Massima protezione, certificata secondo tutte le norme', 'Confezione grande per studi medici e RSA'],
  },
  /** Clumsy machine-translated sentences typical of fake shops. */
  'machine-translated': {
    de: ['Wir sind der beste Qualität Lieferant für Sie mit schneller Versand.', 'Dieses Produkt ist sehr gut für Sie und Ihre Familie zu benutzen in jeder Jahreszeit.', 'Kostenloser Versand über alle Bestellungen, 100% Zufriedenheit garantiert oder Geld zurück.', 'Bitte kontaktieren Sie uns vor Bewertung, wir werden Ihre Problem lösen.', 'Hohe Qualität Material machen es langlebig und bequem tragen.', 'Originales Produkt mit Fabrik direkt Preis.'],
    en: ['We are best quality supplier for you with fast shipping.', 'This product is very good for you and family to using every season.', 'Please contact us before to give review, we will solve your problem.', 'High quality material make it durable and comfortable wear.', 'Original product with factory direct price.'],
    fr: ['Nous sommes le meilleur qualité fournisseur pour vous avec rapide livraison.', 'Ce produit est très bon pour vous et famille à utiliser chaque saison.', 'Matériel de haute qualité rendre durable et confortable porter.'],
    nl: ['Wij zijn beste kwaliteit leverancier voor u met snel verzending.', 'Dit product is zeer goed voor u en familie te gebruiken elke seizoen.', 'Hoge kwaliteit materiaal maken het duurzaam en comfortabel dragen.'],
    it: ['Siamo il miglior qualità fornitore per voi con veloce spedizione.', 'Questo prodotto è molto buono per voi e famiglia da usare ogni stagione.', 'Materiale di alta qualità rendere durevole e comodo indossare.'],
  },
  /** Contact notes of fake shops: mail only, no phone. */
  'contact-mail-only': {
    de: ['Sie erreichen uns ausschließlich per E-Mail.', 'Telefonisch sind wir momentan nicht erreichbar – schreiben Sie uns eine E-Mail.', 'Bitte nutzen Sie für alle Anliegen unser Kontaktformular.', 'Wir antworten innerhalb von 48 Stunden auf Ihre E-Mail.'],
    en: ['We can only be reached by e-mail.', 'Our phone line is closed for now – please e-mail us.', 'Please use our contact form for all enquiries.', 'We reply to e-mails within 48 hours.'],
    fr: ['Nous sommes joignables uniquement par e-mail.', 'Support téléphonique indisponible – écrivez-nous.', 'Merci d’utiliser notre formulaire de contact.'],
    nl: ['Wij zijn alleen per e-mail bereikbaar.', 'Telefonische support is momenteel niet beschikbaar – mail ons.', 'Gebruik ons contactformulier voor alle vragen.'],
    it: ['Siamo raggiungibili solo via email.', 'Assistenza telefonica non disponibile – scrivici una email.', 'Usa il nostro modulo di contatto per ogni richiesta.'],
  },
  /** About-us texts of fake shops: grand claims, no names, no place. */
  'fake-about': {
    de: ['Wir sind ein junges, dynamisches Team mit über 15 Jahren Erfahrung im Onlinehandel. Zufriedene Kunden sind unser höchstes Ziel.', 'Als führender Händler Europas bieten wir Markenprodukte zu unschlagbaren Preisen direkt vom Hersteller.', 'Unser Lager in Deutschland garantiert schnelle Lieferung. Über 100.000 zufriedene Kunden vertrauen uns.', 'Qualität, Service und Vertrauen – dafür stehen wir seit 2009.'],
    en: ['We are a young, dynamic team with over 15 years of e-commerce experience. Happy customers are our highest goal.', 'As a leading European retailer we offer brand products at unbeatable prices straight from the manufacturer.', 'Our European warehouse guarantees fast delivery. Over 100,000 happy customers trust us.', 'Quality, service and trust – that is what we have stood for since 2009.'],
    fr: ['Nous sommes une équipe jeune et dynamique avec plus de 15 ans d’expérience. La satisfaction client est notre priorité.', 'Leader européen, nous proposons des marques à prix imbattables directement du fabricant.'],
    nl: ['Wij zijn een jong, dynamisch team met meer dan 15 jaar ervaring. Tevreden klanten zijn ons hoogste doel.', 'Als toonaangevende Europese webwinkel bieden wij merkproducten tegen onverslaanbare prijzen.'],
    it: ['Siamo un team giovane e dinamico con oltre 15 anni di esperienza. La soddisfazione dei clienti è il nostro obiettivo.', 'Come rivenditore leader in Europa offriamo marchi a prezzi imbattibili direttamente dal produttore.'],
  },
  /** About-us texts of honest small shops: names, place, history. */
  'legit-about': {
    de: ['{shop} ist ein Familienbetrieb aus {city}. Seit 1998 beraten wir in unserem Ladengeschäft und seit 2012 auch online.', 'Hinter {shop} stehen fünf Leute in {city}, die selbst Rad fahren, gärtnern und schrauben. Besuchen Sie uns gern im Laden.', 'Wir sind ein kleines Team in {city} und packen jede Bestellung selbst. Fragen? Rufen Sie uns an.'],
    en: ['{shop} is a family business from {city}. We have advised customers in our shop since 1998 and online since 2012.', 'Behind {shop} are five people in {city} who ride, garden and tinker themselves. Come and see us in the shop.', 'We are a small team in {city} and pack every order ourselves. Questions? Give us a call.'],
    fr: ['{shop} est une entreprise familiale de {city}, en boutique depuis 1998 et en ligne depuis 2012.', 'Nous sommes une petite équipe à {city} et préparons chaque commande nous-mêmes.'],
    nl: ['{shop} is een familiebedrijf uit {city}, sinds 1998 met een winkel en sinds 2012 online.', 'Wij zijn een klein team in {city} en pakken elke bestelling zelf in.'],
    it: ['{shop} è un’azienda di famiglia di {city}, con negozio dal 1998 e online dal 2012.', 'Siamo un piccolo team a {city} e prepariamo ogni ordine noi stessi.'],
  },
  /** Honest low-stock note (a real count from the shop's inventory, no pressure). */
  'nm-low-stock': {
    de: ['Nur noch {n} Stück im Lager Ihrer Filiale.', 'Bestand: {n} (Nachlieferung in 2 Wochen)', 'Wenige Exemplare vorrätig'],
    en: ['Only {n} left at your local store.', 'Stock: {n} (restock in 2 weeks)', 'Few items in stock'],
    fr: ['Plus que {n} en magasin.', 'Stock : {n} (réassort sous 2 semaines)'],
    nl: ['Nog {n} op voorraad in de winkel.', 'Voorraad: {n} (nieuwe levering over 2 weken)'],
    it: ['Solo {n} disponibili in negozio.', 'Disponibilità: {n} (riassortimento tra 2 settimane)'],
  },
};
