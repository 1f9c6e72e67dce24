import { legalLinks } from './legal-links';
import { pageType } from './page-type';
import { payment } from './payment';
import type { Signal } from './types';

/** Every signal module, in the order they run. page-type comes first: others may skip non-shops. */
export const SIGNALS: Signal[] = [pageType, legalLinks, payment] as Signal[];
