import { checkout } from './checkout';
import { company } from './company';
import { contact } from './contact';
import { legalLinks } from './legal-links';
import { locale } from './locale';
import { medical } from './medical';
import { pageType } from './page-type';
import { template } from './template';
import { payment } from './payment';
import { prices } from './prices';
import { topic } from './topic';
import { trustSeals } from './trust-seals';
import { urgency } from './urgency';
import type { Signal } from './types';

/** Every signal module, in the order they run. page-type comes first: others skip non-shops. */
export const SIGNALS: Signal[] = [pageType, legalLinks, payment, prices, contact, company, trustSeals, urgency, locale, topic, medical, checkout, template] as Signal[];
