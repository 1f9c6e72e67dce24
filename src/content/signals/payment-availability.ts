/**
 * Payment reality vs logos (issue 15, class 3): what can actually be chosen decides "prepayment only",
 * not which logos exist. A method is unavailable when its choice is disabled or greyed out, when the
 * text next to it says so ("derzeit nicht verfügbar", "coming soon", "temporairement indisponible",
 * "momenteel niet beschikbaar", "non disponibile"), or when the page states that only prepayment is
 * possible. Used by the payment and checkout signals; phrases in de, en, fr, nl, it.
 */
import { clean, leadingText, queryAll } from '../dom';

/** "Not available now" next to a method, after it: "PayPal (derzeit nicht verfügbar)". */
export const UNAVAILABLE_AFTER =
  /\b(?:(?:derzeit|zurzeit|zur zeit|momentan|aktuell|vorübergehend|leider|im moment)\s+(?:nicht|leider nicht|keine?)\b|nicht\s+(?:mehr\s+)?(?:verfügbar|möglich|aktiv|angeboten|akzeptiert|auswählbar|wählbar)|vorübergehend\s+(?:deaktiviert|gesperrt|ausgesetzt|abgeschaltet|eingestellt)|deaktiviert|demnächst|in kürze|bald (?:verfügbar|wieder)|außer betrieb|wartungsarbeiten|(?:currently|temporarily|presently)\s+(?:not\s+available|unavailable|disabled|suspended|offline|not\s+accepted|not\s+possible)|not\s+(?:currently\s+)?(?:available|accepted|possible|supported)|unavailable|coming\s+soon|disabled|out\s+of\s+service|under\s+maintenance|paused|on\s+hold|suspended|not\s+yet\s+available|(?:temporarily\s+)?offline|down\s+for\s+maintenance|pausiert|ausgesetzt|umgestellt|in\s+wartung|(?:wird|werden)\s+(?:gerade\s+|derzeit\s+|aktuell\s+)?(?:aktualisiert|überarbeitet|erneuert|migriert)|(?:being|currently\s+being)\s+(?:upgraded|updated|migrated|switched\s+over|reworked)|en\s+cours\s+de\s+(?:mise\s+à\s+jour|migration|modification|maintenance)|(?:wordt|worden)\s+(?:momenteel\s+|nu\s+)?(?:bijgewerkt|omgezet|vernieuwd|gemigreerd|geüpdatet)|in\s+(?:fase\s+di\s+)?(?:aggiornamento|migrazione)|gesperrt|nicht\s+aktiviert|noch\s+nicht\s+(?:verfügbar|möglich|aktiv)|folgt\s+(?:bald|später|in\s+kürze)|suspendue?|en\s+pause|en\s+maintenance|pas\s+encore\s+disponible|gepauzeerd|opgeschort|in\s+onderhoud|nog\s+niet\s+beschikbaar|in\s+pausa|in\s+manutenzione|non\s+ancora\s+disponibile|(?:temporairement|momentanément|actuellement)\s+(?:indisponible|désactivée?|suspendue?|pas\s+disponible|non\s+disponible)|indisponible|bientôt(?:\s+disponible)?|prochainement|(?:pas|non)\s+disponible|(?:tijdelijk|momenteel|op dit moment)\s+(?:niet|uitgeschakeld|buiten gebruik)|niet\s+(?:meer\s+)?(?:beschikbaar|mogelijk|actief)|binnenkort(?:\s+beschikbaar)?|uitgeschakeld|(?:temporaneamente|momentaneamente|attualmente|al momento)\s+(?:non|disattivat[oa]|sospes[oa]|sospeso)|non\s+(?:più\s+)?(?:disponibile|attivo|accettat[oa]|possibile)|prossimamente|in arrivo|disattivat[oa])/i;

/** The same, written before the method: "Derzeit nicht verfügbar: PayPal", "Coming soon – Klarna". */
const SOON_WORDS = String.raw`(?:derzeit |zurzeit |momentan |aktuell |vorübergehend )?nicht (?:mehr )?verfügbar|demnächst(?: verfügbar)?|in kürze|bald verfügbar|(?:currently |temporarily )?(?:unavailable|not available)|coming soon|(?:temporairement |momentanément )?(?:indisponible|non disponible)|bientôt(?: disponible)?|prochainement|(?:tijdelijk |momenteel )?niet beschikbaar|binnenkort(?: beschikbaar)?|(?:temporaneamente |momentaneamente )?non disponibile|prossimamente|in arrivo`;
const SOON_BEFORE = new RegExp(String.raw`(?:${SOON_WORDS})[ 	]{0,3}[:(–-]?[ 	]{0,3}$`, 'i');
/** A heading line of its own, ending in a colon: "Demnächst verfügbar:" above "PayPal". */
const SOON_HEADING = new RegExp(String.raw`(?:${SOON_WORDS})[ 	]{0,3}:[ 	]{0,3}$`, 'i');
/** "Keine Zahlung per PayPal", "we do not accept PayPal", "pas de PayPal", "geen PayPal", "non accettiamo PayPal". */
const REFUSED_BEFORE =
  /(?:keine?|kein|no|pas de|geen|nessun[oa]?|non accettiamo|non si accetta|wir akzeptieren kein(?:e|en)?|wir akzeptieren nicht|we do not accept|we don't accept|we no longer accept|nous n'acceptons pas|wij accepteren geen)[ 	]+(?:(?:zahlung|bezahlung|payment|paiement|betaling|pagamento)[ 	]+)?(?:per[ 	]+|mit[ 	]+|via[ 	]+|par[ 	]+|con[ 	]+|by[ 	]+|with[ 	]+)?$/i;
/** The next line opens with the note: "PayPal" / "(derzeit nicht verfügbar)". */
const NOTE_OPENS_LINE = new RegExp(String.raw`^[ 	(\[–—:-]{0,4}(?:${UNAVAILABLE_AFTER.source})`, 'i');

/**
 * "Nur Vorkasse möglich", "we currently only accept bank transfer", "paiement uniquement par virement",
 * "alleen betaling via overschrijving", "pagamento solo tramite bonifico".
 */
const ONLY_PREPAYMENT =
  /\b(?:(?:nur|ausschließlich|lediglich)\s+(?:per\s+|mit\s+|via\s+|gegen\s+|über\s+)?(?:zahlung\s+(?:per\s+|mit\s+|via\s+)?)?(?:vorkasse|vorauskasse|vorauszahlung|(?:bank)?überweisung)(?:\s+(?:möglich|akzeptiert|angeboten))?|(?:zahlung|bezahlung|bezahlen|zahlen)\s+(?:ist\s+)?(?:derzeit\s+|aktuell\s+|zurzeit\s+|momentan\s+)?(?:nur|ausschließlich|lediglich)\s+(?:per|mit|via|über|gegen)\s+(?:vorkasse|vorauskasse|(?:bank)?überweisung)|(?:we|wir)\s+(?:currently\s+|only\s+)?(?:only\s+)?accept\s+(?:only\s+)?(?:bank\s+transfers?|wire\s+transfers?|prepayment)(?:\s+only)?|(?:payment|pay)\s+(?:is\s+)?(?:currently\s+)?(?:only\s+(?:possible\s+)?(?:by|via|with)|by|via)\s+(?:bank\s+transfer|wire\s+transfer|prepayment)\s+only|only\s+(?:by\s+|via\s+)?(?:bank\s+transfer|wire\s+transfer|prepayment)\s+(?:is\s+)?(?:possible|accepted)|(?:uniquement|seulement|exclusivement)\s+(?:par\s+)?(?:virement(?:\s+bancaire)?|prépaiement|paiement\s+anticipé)|(?:alleen|uitsluitend|enkel)\s+(?:via\s+|per\s+|met\s+)?(?:(?:bank)?overschrijving|vooruitbetaling|vooruit\s+betalen)|(?:solo|solamente|esclusivamente|unicamente)\s+(?:tramite\s+|con\s+|mediante\s+|per\s+)?(?:bonifico(?:\s+bancario)?|pagamento\s+anticipato)|(?:einzige|only|seule?|enige|unico|unica)\s+(?:zahlungs(?:möglichkeit|art|methode|option)|payment\s+(?:option|method)|(?:moyen|mode)\s+de\s+paiement|betaalmethode|betaaloptie|metodo\s+di\s+pagamento|modalità\s+di\s+pagamento)\s+(?:ist|is|est|è)\s+(?:die\s+|the\s+|le\s+|la\s+|de\s+|il\s+|l')?(?:vorkasse|vorauskasse|(?:bank)?überweisung|bank\s+transfer|wire\s+transfer|prepayment|virement(?:\s+bancaire)?|(?:bank)?overschrijving|vooruitbetaling|bonifico(?:\s+bancario)?))\b/i;

/** A condition makes it no general rule: "bei Lieferung ins Ausland nur Vorkasse", "for first orders only bank transfer". */
const CONDITIONAL =
  /\b(?:ausland|international|außerhalb|nicht-?eu|drittländer|neukunden|erstbestellung|abholung|selbstabholung|ab\s+\d|über\s+\d|bestellwert|abroad|outside|first\s+order|new\s+customers|pick-?up|orders?\s+(?:over|above)|étranger|première\s+commande|buitenland|eerste\s+bestelling|estero|primo\s+ordine|nicht\s+nur|not\s+only|pas\s+seulement|niet\s+alleen|non\s+solo)\b/i;

/** The sentence around a match: "." "!" "?" and line breaks end it; bounded to 300 characters either way. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const after = text.slice(end, end + 300);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  const stops = ['.', '!', '?', '\n'].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  return before.slice(from + 1) + text.slice(start, end) + after.slice(0, stops.length ? Math.min(...stops) : after.length);
}

/** The first unconditional "only prepayment is possible" statement on the page, as a short quote. */
export function onlyPrepaymentStatement(text: string): string | null {
  const pattern = new RegExp(ONLY_PREPAYMENT.source, 'gi');
  let seen = 0;
  for (const m of text.matchAll(pattern)) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (!CONDITIONAL.test(sentence)) return clean(sentence, 160);
    if (++seen >= 20) break;
  }
  return null;
}

/**
 * Is this mention of a method (text[start, end)) marked unavailable? Reads the rest of its line up to
 * the next method or sentence end (or the next line when that opens with the note, as separate text
 * nodes do), and what stands right before it on its line (or a "Coming soon:" heading line above).
 * `nextMention`/`previousMention` are where the neighbouring methods are named.
 */
export function unavailableNote(text: string, start: number, end: number, nextMention: number, previousMention: number): string | null {
  const name = text.slice(start, end);
  const rest = text.slice(end, Math.min(end + 80, nextMention));
  const lineBreak = rest.indexOf('\n');
  const line = lineBreak >= 0 ? rest.slice(0, lineBreak) : rest;
  const stop = line.search(/[.!?;|]/);
  const after = stop >= 0 ? line.slice(0, stop) : line;
  const hit = UNAVAILABLE_AFTER.exec(after);
  if (hit) return clean(`${name} ${after.slice(0, hit.index + hit[0].length)}`, 120);
  if (stop < 0 && lineBreak >= 0) {
    // Only a line that is the note itself; "Demnächst verfügbar:" heads what follows, not what precedes.
    const nextLine = rest.slice(lineBreak + 1).split('\n')[0] ?? '';
    const next = nextLine.length <= 60 && !nextLine.trim().endsWith(':') ? NOTE_OPENS_LINE.exec(nextLine) : null;
    if (next) return clean(`${name} ${next[0]}`, 120);
  }
  const before = text.slice(Math.max(0, start - 80, previousMention), start);
  const lines = before.split('\n');
  const sameLine = lines[lines.length - 1] ?? '';
  const clause = sameLine.slice(sameLine.search(/[^.!?;|]*$/));
  const beforeHit = SOON_BEFORE.exec(clause) ?? REFUSED_BEFORE.exec(clause) ?? (clause.trim() === '' && lines.length > 1 ? SOON_HEADING.exec(lines[lines.length - 2] ?? '') : null);
  return beforeHit ? clean(`${beforeHit[0]} ${name}`, 120) : null;
}

const DISABLED_SELECTOR =
  '[disabled], [aria-disabled="true"], [class*="disabled" i], [class*="inactive" i], [class*="unavailable" i], [class*="not-available" i], [class*="greyed" i], [class*="grayed" i], [class*="is-off" i]';

/**
 * A payment choice or logo that is switched off: disabled itself or inside a disabled fieldset/box
 * (up to three levels up), or with an "unavailable" note in its small surrounding box.
 */
export function disabledState(el: Element): string | null {
  let node: Element | null = el;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    if (node.matches(DISABLED_SELECTOR)) return clean(`${node.tagName.toLowerCase()} ${node.getAttribute('class') ?? ''} ${node.hasAttribute('disabled') ? 'disabled' : ''}`, 80);
    if (node.tagName === 'BODY') break;
  }
  const box = el.parentElement;
  // Only a small box of its own speaks for this one choice; a footer full of logos, or a list of options, does not.
  if (!box || el.tagName === 'OPTION' || box.querySelectorAll('input, option, img').length > 1) return null;
  const boxText = leadingText(box, 200);
  if (boxText.length >= 200) return null;
  const note = UNAVAILABLE_AFTER.exec(boxText);
  return note ? clean(boxText, 120) : null;
}


export interface PaymentChoice {
  label: string;
  /** Why the choice cannot be picked (disabled, greyed out, "nicht verfügbar"); null when it can. */
  off: string | null;
}

/** Radio buttons, checkboxes and select options with their labels: what a checkout lets the shopper pick. */
export function paymentChoices(root: ParentNode): PaymentChoice[] {
  const labels = new Map(queryAll<HTMLLabelElement>(root, 'label[for]', 300).map((l) => [l.getAttribute('for') ?? '', l]));
  return queryAll<HTMLInputElement>(root, 'input[type="radio"], input[type="checkbox"], option', 200).map((input) => {
    const labelElement = labels.get(input.getAttribute('id') ?? '') ?? input.closest('label');
    const label = clean(`${labelElement?.textContent ?? input.textContent ?? ''} ${input.getAttribute('value') ?? ''}`, 120);
    const off = disabledState(input) ?? (labelElement ? disabledState(labelElement) : null) ?? (UNAVAILABLE_AFTER.test(label) ? label : null);
    return { label, off };
  });
}

/** "PayPal, Kreditkarte und Klarna": what may stand between two methods of one list (a joiner and an article). */
const LIST_JOINER = /^[ \t]{0,3}(?:,|\/|&|\+|und|oder|sowie|and|or|et|ou|en|of|e|o)?[ \t]{0,3}(?:(?:die|der|das|the|la|le|les|l'|de|het|il|lo|i)[ \t]{1,3})?$/i;
/** A plural verb right after the last method: the note that follows speaks for the whole list. */
const PLURAL_NOTE_OPENS = /^[ \t]{0,3}(?:sind|werden|are|sont|zijn|worden|sono|vengono)\b/i;

/**
 * "PayPal und Kreditkarte sind derzeit nicht verfügbar", "PayPal and credit card are coming soon",
 * "PayPal et la carte bancaire sont indisponibles": a note after a list of methods joined by
 * "und/and/et/en/e" with a plural verb is about every method in the list, not only the last.
 * A note in brackets after the last one ("Visa und PayPal (nicht verfügbar)") has no plural verb and stays its own.
 */
export function shareListNotes(text: string, mentions: readonly { start: number; end: number }[], notes: (string | null)[]): void {
  let listNote: string | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (!m) continue;
    const gap = next ? text.slice(m.end, next.start) : '';
    if (listNote && !notes[i] && next && gap.length <= 16 && LIST_JOINER.test(gap)) {
      notes[i] = listNote;
      continue;
    }
    const note = notes[i];
    listNote = note && PLURAL_NOTE_OPENS.test(text.slice(m.end, m.end + 16)) ? note : null;
  }
}
