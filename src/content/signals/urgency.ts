/**
 * Urgency tricks: countdown timers, "only 3 left", live-visitor counters, "just bought" pop-ups
 * (SIGNALS.md "urgency"), in de, en, fr, nl and it. These pressure shoppers into paying before
 * they check. Patterns run on the page text folded in place (lower case, no accents), so the
 * evidence still quotes the page.
 */
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { foldInPlace } from '../text-fold';
import { defineSignal } from './types';

const N = String.raw`\d{1,4}`;
// Every pattern is alternatives of fixed words with bounded gaps: linear on any input.
const PATTERNS = {
  countdown: new RegExp(
    [
      String.raw`\b(?:angebot|aktion|deal|sale|rabatt)?\s?(?:endet|lauft ab) in\b[^\n]{0,30}`, String.raw`\bnur (?:noch )?heute\b`, String.raw`\bverbleibende zeit\b[^\n]{0,20}`,
      String.raw`\b(?:offer|sale|deal|promotion|discount) (?:ends|expires)\b[^\n]{0,30}`, String.raw`\b(?:ends|expires) in\b[^\n]{0,30}`, String.raw`\btime left\b[^\n]{0,20}`, String.raw`\bonly today\b`,
      String.raw`\b(?:l'offre |la promo(?:tion)? |vente )?(?:se termine|expire|prend fin) dans\b[^\n]{0,30}`, String.raw`\bfin de l'offre dans\b[^\n]{0,30}`, String.raw`\btemps restant\b[^\n]{0,20}`, String.raw`\baujourd'hui seulement\b`,
      String.raw`\b(?:aanbieding|actie|deal|korting) (?:eindigt|verloopt)\b[^\n]{0,30}`, String.raw`\b(?:eindigt|verloopt) over\b[^\n]{0,30}`, String.raw`\bresterende tijd\b[^\n]{0,20}`, String.raw`\balleen vandaag\b`,
      String.raw`\b(?:l'offerta|la promozione|lo sconto) (?:termina|scade)\b[^\n]{0,30}`, String.raw`\b(?:termina|scade) tra\b[^\n]{0,30}`, String.raw`\btempo rimanente\b[^\n]{0,20}`, String.raw`\bsolo oggi\b`,
      String.raw`\b\d{1,2} ?: ?\d{2} ?: ?\d{2}\b(?=[^\n]{0,20}(?:ubrig|left|remaining|verbleibend|restant|over|rimanent))`,
    ].join('|'),
  ),
  lowStock: new RegExp(
    [
      String.raw`\bnur noch ${N}(?: (?:stuck|artikel|exemplare?|paar|stk\.?))?(?: (?:auf lager|am lager|verfugbar|vorratig))?\b`, String.raw`\bnur ${N} (?:stuck |artikel |exemplare? )?(?:auf lager|am lager|verfugbar|vorratig)\b`, String.raw`\bfast ausverkauft\b`, String.raw`\bnur noch wenige\b[^\n]{0,20}`, String.raw`\bgeringer (?:lager)?bestand\b`,
      String.raw`\bonly ${N} (?:items? |pieces? |units? )?left\b(?: in stock)?`, String.raw`\b${N} left in stock\b`, String.raw`\balmost (?:sold out|gone)\b`, String.raw`\bselling fast\b`, String.raw`\blow stock\b`, String.raw`\blast ${N} (?:items?|pieces?)\b`,
      String.raw`\b(?:plus que|il ne reste (?:plus )?que) ${N} (?:en stock|articles?|exemplaires?|pieces?|produits?|disponibles?)\b`, String.raw`\b(?:presque|bientot) epuise\b`, String.raw`\bstock limite\b`, String.raw`\bderniers? (?:articles?|exemplaires?|pieces?)\b`,
      String.raw`\bnog (?:maar )?${N} (?:op voorraad|beschikbaar|stuks?|over)\b`, String.raw`\bbijna uitverkocht\b[^\n]{0,20}`, String.raw`\bbeperkte voorraad\b`, String.raw`\blaatste ${N} (?:stuks?|exemplaren)\b`,
      String.raw`\bsolo ${N} (?:pezzi |articoli )?(?:rimast[ie]|disponibili)\b`, String.raw`\bne rest(?:a|ano) solo ${N}(?: pezzi| articoli)?\b`, String.raw`\bultimi ${N} pezzi\b`, String.raw`\bquasi esaurito\b`, String.raw`\bdisponibilita limitata\b`, String.raw`\bultimi pezzi\b`,
    ].join('|'),
  ),
  liveVisitors: new RegExp(
    [
      String.raw`\b${N} (?:personen|leute|kunden|besucher|nutzer) (?:sehen|schauen|betrachten|haben)\b[^\n]{0,30}`, String.raw`\bgerade angesehen von ${N}\b`,
      String.raw`\b(?:gerade |aktuell |jetzt )?im blick von ${N}\b[^\n]{0,20}`, String.raw`\b(?:gerade |aktuell )?von ${N} (?:personen|kunden|besuchern|nutzern) (?:angesehen|betrachtet|angeschaut)\b`,
      String.raw`\b(?:currently |being |now )?viewed by ${N}\b[^\n]{0,20}`, String.raw`\b(?:actuellement )?consulte par ${N}\b[^\n]{0,20}`,
      String.raw`\b(?:nu |momenteel )?bekeken door ${N}\b[^\n]{0,20}`, String.raw`\b(?:ora |attualmente )?visualizzato da ${N}\b[^\n]{0,20}`,
      String.raw`\b${N} (?:people|persons|visitors|shoppers|users|customers|others) (?:are |have )?(?:viewing|looking|watching|this|been|in)\b[^\n]{0,30}`,
      String.raw`\b${N} (?:personnes|visiteurs|clients) (?:regardent|consultent|ont|sont en train)\b[^\n]{0,30}`,
      String.raw`\b${N} (?:mensen|personen|bezoekers|klanten) (?:bekijken|kijken|hebben)\b[^\n]{0,30}`,
      String.raw`\b${N} (?:persone|visitatori|clienti) (?:stanno|guardano|visualizzano|hanno)\b[^\n]{0,30}`,
    ].join('|'),
  ),
  recentPurchases: new RegExp(
    [
      String.raw`\bhat (?:gerade|soeben|eben|vor ${N} (?:minuten|stunden)) (?:gekauft|bestellt)\b`, String.raw`\bvor ${N} (?:min\.?|minuten|std\.?|stunden) (?:gekauft|bestellt)\b`, String.raw`\b(?:soeben|gerade eben|eben) (?:gekauft|bestellt)\b`, String.raw`\b(?:zojuist|zonet|net) (?:gekocht|besteld)\b`, String.raw`\bappena (?:acquistato|comprato|ordinato)\b`,
      String.raw`\b(?:bought|purchased|ordered) ${N} (?:mins?|minutes?|hours?) ago\b`, String.raw`\b(?:achete|commande) il y a ${N} (?:min|minutes?|heures?)\b`,
      String.raw`\b${N} (?:min\.?|minuten|uur) geleden (?:gekocht|besteld)\b`, String.raw`\b(?:gekocht|besteld) ${N} (?:min\.?|minuten|uur) geleden\b`,
      String.raw`\b(?:acquistato|comprato|ordinato) ${N} (?:min\.?|minuti|ore) fa\b`, String.raw`\b${N} (?:min\.?|minuti|ore) fa (?:ha )?(?:acquistato|comprato|ordinato)\b`, String.raw`\b${N} (?:mal )?in den letzten ${N} (?:stunden|tagen) (?:verkauft|gekauft|bestellt)\b`, String.raw`\bwurde (?:gerade|soeben) (?:gekauft|bestellt)\b`,
      String.raw`\b(?:just|recently) (?:bought|purchased|ordered)\b`, String.raw`\b${N} sold in (?:the )?last ${N} (?:hours|days)\b`, String.raw`\bsold in (?:the )?last ${N} hours\b`,
      String.raw`\bvient (?:d'acheter|de commander)\b`, String.raw`\b(?:a|ont) achete il y a\b[^\n]{0,20}`, String.raw`\b${N} vendus? (?:au cours des|dans les|ces) (?:dernieres )?${N} (?:heures|jours)\b`,
      String.raw`\bheeft (?:net|zojuist|zonet) (?:gekocht|besteld)\b`, String.raw`\b${N} (?:keer )?verkocht in de (?:laatste|afgelopen) ${N} (?:uur|dagen)\b`,
      String.raw`\bha appena (?:acquistato|comprato|ordinato)\b`, String.raw`\b${N} vendut[ie] nelle ultime ${N} (?:ore|giorni)\b`,
    ].join('|'),
  ),
};

const TIMER_ELEMENTS = '[class*="countdown" i], [id*="countdown" i], [class*="count-down" i], [data-countdown], [class*="timer" i][class*="sale" i], [class*="deal-timer" i]';

function snippetFor(text: string, folded: string, pattern: RegExp): string | null {
  const match = pattern.exec(folded);
  return match ? clean(text.slice(match.index, match.index + match[0].length), 100) : null;
}

export function extractUrgency(ctx: ExtractContext) {
  const text = ctx.text.slice(0, 200_000);
  const folded = foldInPlace(text);
  const timerElement = queryAll(ctx.root, TIMER_ELEMENTS, 5)[0];
  return {
    countdown: snippetFor(text, folded, PATTERNS.countdown) ?? (timerElement ? clean(`countdown element: ${timerElement.textContent ?? ''}`, 100) : null),
    lowStock: snippetFor(text, folded, PATTERNS.lowStock),
    liveVisitors: snippetFor(text, folded, PATTERNS.liveVisitors),
    recentPurchases: snippetFor(text, folded, PATTERNS.recentPurchases),
  };
}

export const urgency = defineSignal({ id: 'urgency', key: 'urgency', extract: extractUrgency });
