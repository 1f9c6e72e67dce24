/**
 * Proper shops must not get the checkout banner. These pages reproduce false positives seen while
 * reviewing issue #8: "Empfänger" also labels the shopper's own delivery address, so a recipient
 * name only counts when it stands next to the bank details.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine';
import { factsForHtml } from '../helpers';

const FOOTER = '<footer><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <a href="/widerruf">Widerrufsbelehrung</a> <a href="/datenschutz">Datenschutz</a></footer>';
const checkoutIds = (ids: string[]) => ids.filter((id) => id.startsWith('checkout-'));

describe('checkout guard on proper shops', () => {
  it('a delivery-address form labelled "Empfänger" is not a payment recipient', async () => {
    const html = `<html lang="de"><body><h1>Kasse</h1>
      <h2>Lieferadresse</h2><label for="n">Empfänger</label><input id="n"> <label for="s">Straße</label><input id="s">
      <h2>Zahlungsart</h2><label><input type="radio" name="p"> PayPal</label><label><input type="radio" name="p"> Kauf auf Rechnung</label>
      <button type="submit">Zahlungspflichtig bestellen</button>${FOOTER}</body></html>`;
    const facts = await factsForHtml(html, 'https://www.bergsport-huber.de/kasse');
    expect(facts.pageType.pageType).toBe('checkout');
    const result = score(facts);
    expect(checkoutIds(result.reasons.map((r) => r.id))).toEqual([]);
    expect(result.level).toBe('low');
  });

  it('the review step names the shopper as delivery recipient and the company as account holder', async () => {
    const html = `<html lang="de"><body><h1>Bestellung prüfen</h1>
      <section><h2>Lieferadresse</h2><p>Empfänger: Max Mustermann</p><p>Hauptstraße 5, 80331 München</p>
        <p>Telefon für Rückfragen des Paketdienstes: 089 1234567</p><p>Lieferung in 2-3 Werktagen mit DHL, versandkostenfrei ab 50 €.</p></section>
      <section><h2>Zahlungsart: Vorkasse</h2><p>Bitte überweisen Sie an Kontoinhaber: Bergsport Huber GmbH</p><p>IBAN: DE89 3704 0044 0532 0130 00</p></section>
      <button type="submit">Zahlungspflichtig bestellen</button>${FOOTER}</body></html>`;
    const facts = await factsForHtml(html, 'https://www.bergsport-huber.de/kasse/pruefen');
    expect(facts.checkout?.recipients).toEqual(['Bergsport Huber GmbH']);
    expect(checkoutIds(score(facts).reasons.map((r) => r.id))).toEqual([]);
  });

  it('still names a private account holder when it stands next to the IBAN', async () => {
    const html = `<html lang="de"><body><h1>Kasse</h1><p>Empfänger: Max Mustermann</p>
      <p>Lieferung in 2-3 Werktagen mit DHL, versandkostenfrei ab 50 €, Rückfragen unter 089 1234567, Montag bis Freitag 9-18 Uhr.</p>
      <div><p>Kontoinhaber: Jonas Petraitis</p><p>IBAN: DE89 3704 0044 0532 0130 00</p></div>
      <button type="submit">Zahlungspflichtig bestellen</button>${FOOTER}</body></html>`;
    const facts = await factsForHtml(html, 'https://www.bergsport-huber.de/kasse');
    expect(facts.checkout?.recipients).toEqual(['Jonas Petraitis']);
    const reason = score(facts).reasons.find((r) => r.id === 'checkout-private-recipient');
    expect(reason?.subs).toEqual(['Jonas Petraitis']);
  });
});
