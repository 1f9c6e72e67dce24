import type { PageFacts } from '../../shared/facts';
import type { ExtractContext } from '../context';

/** Sections of PageFacts that a signal module fills in. */
export type SectionKey = Exclude<keyof PageFacts, 'url' | 'host' | 'lang' | 'extraction' | 'impressumDetails' | 'marketplace'>;

/** One signal module: reads the page through the shared context and returns its typed section. */
export interface Signal<K extends SectionKey = SectionKey> {
  /** Equals the file name in src/content/signals/. */
  id: string;
  key: K;
  /** undefined: the signal does not apply to this page (e.g. no medical product). */
  extract(ctx: ExtractContext): NonNullable<PageFacts[K]> | undefined;
}

export function defineSignal<K extends SectionKey>(signal: Signal<K>): Signal<K> {
  return signal;
}
