// Interface words of a shop per language (menus, buttons, legal page titles, payment names).

export const UI = {
  de: {
    home: 'Startseite', shop: 'Shop', search: 'Suchen', account: 'Mein Konto', cart: 'Warenkorb', checkout: 'Kasse', addToCart: 'In den Warenkorb',
    toCheckout: 'Zur Kasse', placeOrder: 'Zahlungspflichtig bestellen', subtotal: 'Zwischensumme', total: 'Gesamtsumme', shipping: 'Versand', freeShipping: 'Kostenloser Versand',
    vat: 'inkl. MwSt.', plusShipping: 'zzgl. Versandkosten', inStock: 'Auf Lager', delivery: 'Lieferzeit: {days} Werktage', description: 'Beschreibung', reviews: 'Bewertungen', qty: 'Menge',
    sale: 'Sale', was: 'Statt', now: 'Jetzt nur', save: 'Sie sparen', regular: 'Regulärer Preis', salePrice: 'Angebotspreis',
    service: 'Kundenservice', info: 'Informationen', payment: 'Zahlungsarten', paymentMethod: 'Zahlungsart', follow: 'Folgen Sie uns', newsletter: 'Newsletter abonnieren', rights: 'Alle Rechte vorbehalten.',
    impressum: 'Impressum', agb: 'AGB', agbLong: 'Allgemeine Geschäftsbedingungen', widerruf: 'Widerrufsbelehrung', privacy: 'Datenschutzerklärung', contact: 'Kontakt', about: 'Über uns', faq: 'Häufige Fragen', shippingInfo: 'Versand & Lieferung',
    firstName: 'Vorname', lastName: 'Nachname', street: 'Straße und Hausnummer', zip: 'PLZ', city: 'Ort', email: 'E-Mail-Adresse', phone: 'Telefon', message: 'Ihre Nachricht', send: 'Absenden',
    bankDetails: 'Unsere Bankverbindung', holder: 'Kontoinhaber', bank: 'Bank', reference: 'Verwendungszweck: Ihre Bestellnummer', billing: 'Rechnungsdetails', yourOrder: 'Ihre Bestellung', product: 'Produkt', price: 'Preis',
    categories: 'Kategorien', bestsellers: 'Bestseller', newArrivals: 'Neu eingetroffen', allProducts: 'Alle Produkte', sortBy: 'Sortieren nach', results: '{n} Artikel', showAll: 'Alle anzeigen',
  },
  en: {
    home: 'Home', shop: 'Shop', search: 'Search', account: 'My account', cart: 'Cart', checkout: 'Checkout', addToCart: 'Add to cart',
    toCheckout: 'Proceed to checkout', placeOrder: 'Place order', subtotal: 'Subtotal', total: 'Total', shipping: 'Shipping', freeShipping: 'Free shipping',
    vat: 'incl. VAT', plusShipping: 'plus shipping', inStock: 'In stock', delivery: 'Delivery: {days} working days', description: 'Description', reviews: 'Reviews', qty: 'Quantity',
    sale: 'Sale', was: 'Was', now: 'Now', save: 'You save', regular: 'Regular price', salePrice: 'Sale price',
    service: 'Customer service', info: 'Information', payment: 'Payment methods', paymentMethod: 'Payment method', follow: 'Follow us', newsletter: 'Subscribe to our newsletter', rights: 'All rights reserved.',
    impressum: 'Legal notice', agb: 'Terms', agbLong: 'Terms and conditions', widerruf: 'Right of withdrawal', privacy: 'Privacy policy', contact: 'Contact', about: 'About us', faq: 'FAQ', shippingInfo: 'Shipping & delivery',
    firstName: 'First name', lastName: 'Last name', street: 'Street address', zip: 'Postcode', city: 'Town / City', email: 'Email address', phone: 'Phone', message: 'Your message', send: 'Send',
    bankDetails: 'Our bank details', holder: 'Account holder', bank: 'Bank', reference: 'Reference: your order number', billing: 'Billing details', yourOrder: 'Your order', product: 'Product', price: 'Price',
    categories: 'Categories', bestsellers: 'Best sellers', newArrivals: 'New arrivals', allProducts: 'All products', sortBy: 'Sort by', results: '{n} products', showAll: 'Show all',
  },
  fr: {
    home: 'Accueil', shop: 'Boutique', search: 'Rechercher', account: 'Mon compte', cart: 'Panier', checkout: 'Commande', addToCart: 'Ajouter au panier',
    toCheckout: 'Valider la commande', placeOrder: 'Commander avec obligation de paiement', subtotal: 'Sous-total', total: 'Total', shipping: 'Livraison', freeShipping: 'Livraison gratuite',
    vat: 'TTC', plusShipping: 'hors frais de port', inStock: 'En stock', delivery: 'Livraison : {days} jours ouvrés', description: 'Description', reviews: 'Avis', qty: 'Quantité',
    sale: 'Soldes', was: 'Au lieu de', now: 'Seulement', save: 'Économisez', regular: 'Prix normal', salePrice: 'Prix promo',
    service: 'Service client', info: 'Informations', payment: 'Moyens de paiement', paymentMethod: 'Mode de paiement', follow: 'Suivez-nous', newsletter: 'Inscrivez-vous à la newsletter', rights: 'Tous droits réservés.',
    impressum: 'Mentions légales', agb: 'CGV', agbLong: 'Conditions générales de vente', widerruf: 'Droit de rétractation', privacy: 'Politique de confidentialité', contact: 'Contact', about: 'À propos', faq: 'Questions fréquentes', shippingInfo: 'Livraison et retours',
    firstName: 'Prénom', lastName: 'Nom', street: 'Adresse', zip: 'Code postal', city: 'Ville', email: 'Adresse e-mail', phone: 'Téléphone', message: 'Votre message', send: 'Envoyer',
    bankDetails: 'Nos coordonnées bancaires', holder: 'Titulaire du compte', bank: 'Banque', reference: 'Référence : votre numéro de commande', billing: 'Détails de facturation', yourOrder: 'Votre commande', product: 'Produit', price: 'Prix',
    categories: 'Catégories', bestsellers: 'Meilleures ventes', newArrivals: 'Nouveautés', allProducts: 'Tous les produits', sortBy: 'Trier par', results: '{n} produits', showAll: 'Tout voir',
  },
  nl: {
    home: 'Home', shop: 'Winkel', search: 'Zoeken', account: 'Mijn account', cart: 'Winkelwagen', checkout: 'Afrekenen', addToCart: 'In winkelwagen',
    toCheckout: 'Doorgaan naar afrekenen', placeOrder: 'Bestelling plaatsen', subtotal: 'Subtotaal', total: 'Totaal', shipping: 'Verzending', freeShipping: 'Gratis verzending',
    vat: 'incl. btw', plusShipping: 'excl. verzendkosten', inStock: 'Op voorraad', delivery: 'Levertijd: {days} werkdagen', description: 'Beschrijving', reviews: 'Beoordelingen', qty: 'Aantal',
    sale: 'Uitverkoop', was: 'Van', now: 'Nu', save: 'U bespaart', regular: 'Normale prijs', salePrice: 'Actieprijs',
    service: 'Klantenservice', info: 'Informatie', payment: 'Betaalmethoden', paymentMethod: 'Betaalmethode', follow: 'Volg ons', newsletter: 'Schrijf je in voor de nieuwsbrief', rights: 'Alle rechten voorbehouden.',
    impressum: 'Colofon', agb: 'Algemene voorwaarden', agbLong: 'Algemene voorwaarden', widerruf: 'Herroepingsrecht', privacy: 'Privacybeleid', contact: 'Contact', about: 'Over ons', faq: 'Veelgestelde vragen', shippingInfo: 'Verzending & retour',
    firstName: 'Voornaam', lastName: 'Achternaam', street: 'Straat en huisnummer', zip: 'Postcode', city: 'Plaats', email: 'E-mailadres', phone: 'Telefoon', message: 'Je bericht', send: 'Versturen',
    bankDetails: 'Onze bankgegevens', holder: 'Rekeninghouder', bank: 'Bank', reference: 'Omschrijving: je bestelnummer', billing: 'Factuurgegevens', yourOrder: 'Je bestelling', product: 'Product', price: 'Prijs',
    categories: 'Categorieën', bestsellers: 'Bestsellers', newArrivals: 'Nieuw binnen', allProducts: 'Alle producten', sortBy: 'Sorteren op', results: '{n} producten', showAll: 'Alles bekijken',
  },
  it: {
    home: 'Home', shop: 'Negozio', search: 'Cerca', account: 'Il mio account', cart: 'Carrello', checkout: 'Cassa', addToCart: 'Aggiungi al carrello',
    toCheckout: 'Procedi al checkout', placeOrder: "Conferma l'ordine con obbligo di pagamento", subtotal: 'Subtotale', total: 'Totale', shipping: 'Spedizione', freeShipping: 'Spedizione gratuita',
    vat: 'IVA inclusa', plusShipping: 'spese di spedizione escluse', inStock: 'Disponibile', delivery: 'Consegna: {days} giorni lavorativi', description: 'Descrizione', reviews: 'Recensioni', qty: 'Quantità',
    sale: 'Saldi', was: 'Invece di', now: 'Solo', save: 'Risparmi', regular: 'Prezzo di listino', salePrice: 'Prezzo scontato',
    service: 'Assistenza clienti', info: 'Informazioni', payment: 'Metodi di pagamento', paymentMethod: 'Metodo di pagamento', follow: 'Seguici', newsletter: 'Iscriviti alla newsletter', rights: 'Tutti i diritti riservati.',
    impressum: 'Note legali', agb: 'Condizioni di vendita', agbLong: 'Condizioni generali di vendita', widerruf: 'Diritto di recesso', privacy: 'Informativa sulla privacy', contact: 'Contatti', about: 'Chi siamo', faq: 'Domande frequenti', shippingInfo: 'Spedizioni e resi',
    firstName: 'Nome', lastName: 'Cognome', street: 'Indirizzo', zip: 'CAP', city: 'Città', email: 'Indirizzo email', phone: 'Telefono', message: 'Il tuo messaggio', send: 'Invia',
    bankDetails: 'Le nostre coordinate bancarie', holder: 'Intestatario del conto', bank: 'Banca', reference: "Causale: il tuo numero d'ordine", billing: 'Dati di fatturazione', yourOrder: 'Il tuo ordine', product: 'Prodotto', price: 'Prezzo',
    categories: 'Categorie', bestsellers: 'I più venduti', newArrivals: 'Novità', allProducts: 'Tutti i prodotti', sortBy: 'Ordina per', results: '{n} prodotti', showAll: 'Mostra tutto',
  },
};

/** Payment methods as shops name them, per language. */
export const PAYMENT_NAMES = {
  prepayment: { de: 'Vorkasse / Überweisung', en: 'Direct bank transfer', fr: 'Virement bancaire', nl: 'Vooruitbetalen per bankoverschrijving', it: 'Bonifico bancario' },
  paypal: { de: 'PayPal', en: 'PayPal', fr: 'PayPal', nl: 'PayPal', it: 'PayPal' },
  card: { de: 'Kreditkarte', en: 'Credit / debit card', fr: 'Carte bancaire', nl: 'Creditcard', it: 'Carta di credito' },
  klarna: { de: 'Klarna – Kauf auf Rechnung', en: 'Klarna Pay later', fr: 'Klarna paiement en 3 fois', nl: 'Klarna achteraf betalen', it: 'Klarna paga in 3 rate' },
  invoice: { de: 'Kauf auf Rechnung', en: 'Pay by invoice', fr: 'Paiement sur facture', nl: 'Betalen op factuur', it: 'Pagamento con fattura' },
  sepa: { de: 'SEPA-Lastschrift', en: 'SEPA direct debit', fr: 'Prélèvement SEPA', nl: 'SEPA-incasso', it: 'Addebito diretto SEPA' },
  applepay: { de: 'Apple Pay', en: 'Apple Pay', fr: 'Apple Pay', nl: 'Apple Pay', it: 'Apple Pay' },
  ideal: { de: 'iDEAL', en: 'iDEAL', fr: 'iDEAL', nl: 'iDEAL', it: 'iDEAL' },
  cod: { de: 'Nachnahme', en: 'Cash on delivery', fr: 'Contre-remboursement', nl: 'Rembours', it: 'Contrassegno' },
  pickup: { de: 'Barzahlung bei Abholung', en: 'Pay cash on collection', fr: 'Paiement en espèces au retrait', nl: 'Contant betalen bij afhalen', it: 'Pagamento in contanti al ritiro' },
  crypto: { de: 'Bitcoin / USDT', en: 'Bitcoin / USDT', fr: 'Bitcoin / USDT', nl: 'Bitcoin / USDT', it: 'Bitcoin / USDT' },
  giftcard: { de: 'Paysafecard', en: 'Paysafecard', fr: 'Paysafecard', nl: 'Paysafecard', it: 'Paysafecard' },
};

/** Methods with buyer protection or pay-after-delivery; the rest leave the buyer exposed. */
export const PROTECTED_METHODS = ['paypal', 'card', 'klarna', 'invoice', 'sepa', 'applepay', 'ideal', 'cod', 'pickup'];

export const HTML_LANG = { de: 'de-DE', en: 'en-GB', fr: 'fr-FR', nl: 'nl-NL', it: 'it-IT' };

export const fill = (template, subs) => template.replace(/\{(\w+)\}/g, (m, key) => (key in subs ? String(subs[key]) : m));

export const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
