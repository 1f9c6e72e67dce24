// Payment wordings of fake shops and of honest near-misses, per language. Written from consumer-
// protection descriptions (Watchlist Internet, Verbraucherzentrale) and typical fake-shop pages,
// independently of Shopwatch's rules. Each list is split into dev-only and test-only halves.
// Placeholders: {method} a payment method's name, {n} a number, {holder} {iban} {bic} {bank}.

export const PAYMENT_PHRASES = {
  /** A protected method shown as a logo but said to be unavailable. */
  'pay-unavailable': {
    de: ['{method} derzeit nicht verfügbar', '{method} vorübergehend deaktiviert', '{method} – demnächst wieder verfügbar', '{method}: in Kürze verfügbar', '{method} ist zur Zeit leider nicht möglich', 'Zahlung mit {method} momentan nicht möglich', '{method} (bald verfügbar)', '{method} aktuell in Wartung', '{method} wird gerade umgestellt', 'Wegen technischer Probleme ist {method} im Moment nicht nutzbar', '{method} folgt in Kürze', '{method} aufgrund hoher Nachfrage pausiert'],
    en: ['{method} currently unavailable', '{method} temporarily disabled', '{method} – coming soon', '{method} is not available at the moment', '{method} (available soon)', 'Payment via {method} is under maintenance', '{method} will be back shortly', '{method} is paused due to high demand', 'Sorry, {method} cannot be used right now', '{method} temporarily out of service', '{method} payments are being upgraded'],
    fr: ['{method} momentanément indisponible', '{method} bientôt disponible', '{method} temporairement désactivé', 'Paiement par {method} actuellement impossible', '{method} en cours de maintenance', '{method} (disponible prochainement)', '{method} suspendu pour le moment'],
    nl: ['{method} tijdelijk niet beschikbaar', '{method} binnenkort beschikbaar', '{method} is momenteel uitgeschakeld', 'Betalen met {method} is op dit moment niet mogelijk', '{method} in onderhoud', '{method} (volgt binnenkort)', '{method} tijdelijk gepauzeerd'],
    it: ['{method} momentaneamente non disponibile', '{method} presto disponibile', '{method} temporaneamente disattivato', 'Pagamento con {method} al momento non possibile', '{method} in manutenzione', '{method} (disponibile a breve)', '{method} sospeso per ora'],
  },
  /** The shop says outright that only bank transfer in advance is accepted. */
  'prepay-only': {
    de: ['Wir akzeptieren ausschließlich Vorkasse per Banküberweisung.', 'Zahlung nur per Vorkasse möglich.', 'Aus Sicherheitsgründen bieten wir derzeit nur Überweisung im Voraus an.', 'Bezahlung erfolgt ausschließlich per Überweisung vor Versand.', 'Bitte beachten Sie: Der Versand erfolgt erst nach Zahlungseingang auf unserem Konto – andere Zahlungsarten sind aktuell nicht möglich.', 'Unsere einzige Zahlungsmöglichkeit ist die Banküberweisung (Vorauskasse).', 'Wir liefern nur gegen Vorauszahlung.', 'Aktuell nur Vorkasse – dafür 5 % Extra-Rabatt!', 'Zahlungsart: Überweisung. Nach Eingang der Zahlung wird Ihre Ware sofort verschickt.', 'Um Betrug vorzubeugen, nehmen wir nur Banküberweisungen an.'],
    en: ['We only accept payment by bank transfer in advance.', 'Payment is by direct bank transfer only.', 'For security reasons we currently accept bank transfers only.', 'Your order ships as soon as your transfer reaches our account; no other payment options are available.', 'Bank transfer is the only payment method at the moment.', 'Prepayment only – and you get an extra 5% off!', 'Orders are processed after receipt of payment by wire transfer.', 'To protect against fraud we accept wire transfers exclusively.'],
    fr: ['Nous acceptons uniquement le paiement par virement bancaire.', 'Paiement exclusivement par virement avant expédition.', 'Pour des raisons de sécurité, seul le virement est accepté actuellement.', 'Votre commande est expédiée dès réception de votre virement ; aucun autre moyen de paiement.', 'Le virement bancaire est notre seul mode de paiement.', 'Paiement par virement uniquement – 5 % de remise supplémentaire !'],
    nl: ['Wij accepteren alleen vooruitbetaling per bankoverschrijving.', 'Betalen kan uitsluitend via overschrijving vooraf.', 'Om veiligheidsredenen accepteren wij momenteel alleen bankoverschrijvingen.', 'Je bestelling wordt verzonden zodra je betaling binnen is; andere betaalmethoden zijn niet mogelijk.', 'Bankoverschrijving is op dit moment onze enige betaalmethode.', 'Alleen vooruitbetaling – met 5% extra korting!'],
    it: ['Accettiamo esclusivamente bonifico bancario anticipato.', 'Pagamento solo tramite bonifico prima della spedizione.', 'Per motivi di sicurezza accettiamo al momento solo bonifici.', "L'ordine viene spedito appena riceviamo il bonifico; altri metodi non sono disponibili.", 'Il bonifico bancario è il nostro unico metodo di pagamento.', 'Solo pagamento anticipato – con il 5% di sconto extra!'],
  },
  /** Instructions next to the account of a fake shop. */
  'transfer-instructions': {
    de: ['Bitte überweisen Sie den Gesamtbetrag innerhalb von 24 Stunden, sonst wird die Bestellung storniert.', 'Geben Sie als Verwendungszweck nur Ihre Bestellnummer an, keine Produktnamen.', 'Nutzen Sie bitte eine Echtzeitüberweisung, damit wir sofort versenden können.', 'Bitte senden Sie uns nach der Überweisung einen Screenshot des Zahlungsbelegs per E-Mail.', 'Die Ware ist für Sie 48 Stunden reserviert.'],
    en: ['Please transfer the total within 24 hours or your order will be cancelled.', 'Use only your order number as the payment reference, never the product name.', 'Please use an instant transfer so we can ship immediately.', 'After paying, e-mail us a screenshot of your transfer receipt.', 'Your items are reserved for 48 hours.'],
    fr: ['Merci de virer le montant sous 24 heures, sinon la commande sera annulée.', 'Indiquez uniquement votre numéro de commande comme référence.', 'Utilisez un virement instantané pour un envoi immédiat.', 'Envoyez-nous une capture du justificatif de virement par e-mail.'],
    nl: ['Maak het totaalbedrag binnen 24 uur over, anders wordt de bestelling geannuleerd.', 'Vermeld alleen je bestelnummer als omschrijving.', 'Gebruik een directe overboeking zodat we meteen kunnen verzenden.', 'Stuur ons na betaling een screenshot van het betaalbewijs.'],
    it: ["Effettua il bonifico entro 24 ore, altrimenti l'ordine verrà annullato.", "Indica come causale solo il numero d'ordine.", 'Usa un bonifico istantaneo per una spedizione immediata.', 'Inviaci via email la ricevuta del bonifico.'],
  },
  /** Crypto or gift cards as the way to pay. */
  'crypto-pay': {
    de: ['Zahlen Sie bequem mit Bitcoin oder USDT – 10 % Rabatt.', 'Bezahlung per Paysafecard: senden Sie uns den 16-stelligen Code.', 'Wir akzeptieren Kryptowährungen (BTC, ETH, USDT TRC20).', 'Zahlung per Amazon-Gutschein oder Steam-Karte möglich.'],
    en: ['Pay with Bitcoin or USDT and get 10% off.', 'Pay by Paysafecard: just send us the 16-digit PIN.', 'We accept cryptocurrency (BTC, ETH, USDT TRC20).', 'Gift cards (Amazon, Apple, Steam) accepted as payment.'],
    fr: ['Payez en Bitcoin ou USDT et obtenez 10 % de remise.', 'Paiement par carte Paysafecard : envoyez-nous le code à 16 chiffres.', 'Nous acceptons les cryptomonnaies (BTC, ETH, USDT).'],
    nl: ['Betaal met Bitcoin of USDT en krijg 10% korting.', 'Betalen met Paysafecard: stuur ons de 16-cijferige code.', 'Wij accepteren cryptovaluta (BTC, ETH, USDT).'],
    it: ['Paga in Bitcoin o USDT e ottieni il 10% di sconto.', 'Pagamento con Paysafecard: inviaci il codice a 16 cifre.', 'Accettiamo criptovalute (BTC, ETH, USDT).'],
  },
  /** Honest: card payment is down for a day, other protected methods work. */
  'nm-card-outage': {
    de: ['Wegen einer Störung bei unserem Zahlungsdienstleister ist Kreditkartenzahlung heute nicht möglich. PayPal, Rechnung und Lastschrift funktionieren wie gewohnt.', 'Hinweis: Kartenzahlung ist bis heute Abend gestört – bitte wählen Sie PayPal oder Kauf auf Rechnung.', 'Wartung der Kartenzahlung bis 18 Uhr – alle anderen Zahlungsarten funktionieren.', 'Unser Kartenterminal hat heute Aussetzer. Zahlen Sie einfach per PayPal oder auf Rechnung.'],
    en: ['Card payments are unavailable today because of an outage at our payment provider. PayPal and invoice work as usual.', 'Notice: card payments are down until this evening – please choose PayPal or pay by invoice.', 'Card payment maintenance until 6 pm; every other payment method works.', 'Our card processor has a hiccup today; PayPal and Klarna are working fine.'],
    fr: ['Suite à un incident chez notre prestataire, le paiement par carte est indisponible aujourd’hui. PayPal et le paiement sur facture fonctionnent normalement.', 'Paiement par carte perturbé jusqu’à ce soir : choisissez PayPal ou Klarna.', 'Maintenance de la carte bancaire jusqu’à 18 h ; les autres moyens de paiement restent disponibles.'],
    nl: ['Door een storing bij onze betaalprovider is betalen met creditcard vandaag niet mogelijk. iDEAL en PayPal werken gewoon.', 'Let op: creditcardbetalingen liggen tot vanavond stil – kies iDEAL of achteraf betalen.', 'Onderhoud aan creditcardbetalingen tot 18.00 uur; alle andere betaalmethoden werken gewoon.'],
    it: ['Per un guasto del nostro fornitore, oggi il pagamento con carta non è disponibile. PayPal e contrassegno funzionano normalmente.', 'Pagamenti con carta sospesi fino a stasera: scegli PayPal o Klarna.', 'Manutenzione dei pagamenti con carta fino alle 18; gli altri metodi funzionano regolarmente.'],
  },
  /** Honest: prepayment offered with a small discount, next to protected methods. */
  'nm-prepay-discount': {
    de: ['Bei Zahlung per Vorkasse erhalten Sie 2 % Skonto.', 'Vorkasse: 3 % Rabatt auf den Warenwert – natürlich können Sie auch mit PayPal oder auf Rechnung zahlen.', 'Sie haben die Wahl: Überweisung, PayPal, Kreditkarte oder Rechnung.'],
    en: ['Pay by bank transfer and get a 2% discount.', 'Bank transfer: 3% off – of course you can also pay with PayPal or by card.', 'Your choice: bank transfer, PayPal, card or invoice.'],
    fr: ['Paiement par virement : 2 % de remise.', 'Vous pouvez payer par virement, PayPal ou carte bancaire.'],
    nl: ['Bij vooruitbetaling 2% korting.', 'Betaal zoals je wilt: overschrijving, iDEAL, PayPal of creditcard.'],
    it: ['Con bonifico anticipato 2% di sconto.', 'Puoi pagare con bonifico, PayPal o carta di credito.'],
  },
};
