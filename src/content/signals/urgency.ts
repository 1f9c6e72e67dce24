/**
 * Urgency tricks: countdown timers, "only 3 left", live-visitor counters, "just bought" pop-ups
 * (SIGNALS.md "urgency"). These pressure shoppers into paying before they check.
 */
import { attributeLike, clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const PATTERNS = {
  countdown: /\b(angebot endet in|endet in|nur noch heute|ends in|offer ends|sale ends|deal ends|expires in)\b[^\n]{0,30}|\b\d{1,2}\s?:\s?\d{2}\s?:\s?\d{2}\b(?=[^\n]{0,20}(übrig|left|verbleibend|remaining))/i,
  lowStock: /\b(nur noch \d{1,3}( st(ü|ue)ck| artikel| exemplare?)?( (auf|am) lager| verf(ü|ue)gbar| vorr(ä|ae)tig)?|only \d{1,3} (items? )?left( in stock)?|almost sold out|fast ausverkauft)\b/i,
  liveVisitors: /\b\d{1,4} (personen|leute|kunden|besucher|people|visitors|shoppers|users)( sehen| schauen| betrachten| are (viewing|looking at|watching))/i,
  recentPurchases: /\b(hat (gerade|soeben|vor \d{1,2} minuten) (gekauft|bestellt)|(just|recently) (bought|purchased)|\d{1,4} (mal )?in den letzten \d{1,2} stunden (verkauft|gekauft)|sold in (the )?last \d{1,2} hours)/i,
};

// "ount" is in countdown and countDown, "imer" in timer and Timer; the exact test runs on the few candidates.
const COUNTDOWN_CLASS = attributeLike('class', ['ount', 'imer'], /count[-_]?down|timer.{0,200}sale|sale.{0,200}timer/i);
const COUNTDOWN_ID = attributeLike('id', ['ount'], /count[-_]?down/i);

function countdownElement(root: ParentNode): Element | undefined {
  return queryAll(root, `${COUNTDOWN_CLASS.selector}, ${COUNTDOWN_ID.selector}`, 3000).find((el) => COUNTDOWN_CLASS.test(el) || COUNTDOWN_ID.test(el));
}

function snippetFor(ctx: ExtractContext, pattern: RegExp): string | null {
  const match = pattern.exec(ctx.text);
  return match ? clean(match[0], 100) : null;
}

export function extractUrgency(ctx: ExtractContext) {
  const timerElement = countdownElement(ctx.root);
  return {
    countdown: snippetFor(ctx, PATTERNS.countdown) ?? (timerElement ? clean(`countdown element: ${timerElement.textContent ?? ''}`, 100) : null),
    lowStock: snippetFor(ctx, PATTERNS.lowStock),
    liveVisitors: snippetFor(ctx, PATTERNS.liveVisitors),
    recentPurchases: snippetFor(ctx, PATTERNS.recentPurchases),
  };
}

export const urgency = defineSignal({ id: 'urgency', key: 'urgency', extract: extractUrgency });
