import { RDAP_ORIGINS } from './rdap/bootstrap';
import type { Settings } from './settings';

/**
 * The privacy choices the shopper is asked about on the welcome page: each is a boolean setting
 * that makes Shopwatch talk to someone. The welcome page opens again after an update only when
 * this list has grown (a new choice needs the shopper's answer).
 */
export interface PrivacyChoice {
  /** Stable id, remembered once the welcome page has shown it. */
  id: string;
  setting: keyof { [K in keyof Settings as Settings[K] extends boolean ? K : never]: true };
  labelKey: string;
  hintKey: string;
  /** Host permission the browser must grant before the choice can be switched on (asked in the click). */
  origins?: string[];
}

export const PRIVACY_CHOICES: readonly PrivacyChoice[] = [
  { id: 'follow-legal-links', setting: 'followLegalLinks', labelKey: 'optionsFollowLegalLinks', hintKey: 'optionsFollowLegalLinksHint' },
  { id: 'list-updates', setting: 'listUpdates', labelKey: 'optionsListUpdates', hintKey: 'listsPrivacyNote' },
  { id: 'domain-age', setting: 'domainAge', labelKey: 'optionsDomainAge', hintKey: 'optionsDomainAgeHint', origins: RDAP_ORIGINS },
];

/** Choices the shopper has not been shown yet. */
export function unansweredChoices(shown: readonly string[]): PrivacyChoice[] {
  return PRIVACY_CHOICES.filter((choice) => !shown.includes(choice.id));
}
