/**
 * Urgency widgets in the passive and "ago" phrasings shops use beside the active ones: "im Blick von
 * 49 Kunden", "viewed by 12 people", "vor 37 Min. gekauft", "bought 5 minutes ago" — de/en/fr/nl/it.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './page';

const page = (body: string, lang: string) => `<html lang="${lang}"><body><h1>Gartenstuhl</h1><p class="price">89,00 €</p><button>In den Warenkorb</button>${body}</body></html>`;

describe('live visitors, said passively', () => {
  it.each([
    ['de', 'Gerade im Blick von 49 Kunden'],
    ['de', 'Aktuell von 12 Personen angesehen'],
    ['en', 'Currently viewed by 23 people'],
    ['fr', 'Actuellement consulté par 17 personnes'],
    ['nl', 'Nu bekeken door 31 bezoekers'],
    ['it', 'Ora visualizzato da 14 persone'],
  ])('%s: %s', async (lang, text) => {
    expect((await factsOf(page(`<div class="notice">${text}</div>`, lang))).urgency?.liveVisitors).toBeTruthy();
  });
});

describe('recent purchases, with how long ago', () => {
  it.each([
    ['de', 'Vor 37 Min. gekauft von Lukas, Wien'],
    ['de', 'Jonas aus Graz: vor 2 Stunden bestellt'],
    ['en', 'Emma from Leeds purchased 5 minutes ago'],
    ['fr', 'Claire de Lyon a commandé il y a 12 minutes'],
    ['nl', 'Sanne uit Utrecht: 8 minuten geleden gekocht'],
    ['it', 'Giulia da Roma ha acquistato 3 ore fa'],
    ['it', 'Marco, 20 minuti fa ha comprato'],
    ['de', 'Soeben bestellt: Anna (Wien)'],
    ['nl', 'Zojuist besteld door Daan uit Gent'],
    ['it', 'Appena acquistato da Luca (Milano)'],
  ])('%s: %s', async (lang, text) => {
    expect((await factsOf(page(`<div class="popup">${text}</div>`, lang))).urgency?.recentPurchases).toBeTruthy();
  });

  it('plain delivery and review dates are no urgency', async () => {
    const u = (await factsOf(page('<p>Bewertung vor 3 Tagen geschrieben. Versand in 2 Stunden. Reviewed 5 days ago by Anna.</p>', 'de'))).urgency;
    expect(u?.recentPurchases ?? null).toBeNull();
    expect(u?.liveVisitors ?? null).toBeNull();
  });
});
