import type { ExtractContext } from '../context';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { kleinanzeigen } from './kleinanzeigen';
import type { Adapter } from './types';

/** Every marketplace adapter; the first whose hosts match the page runs. */
export const ADAPTERS: Adapter[] = [amazon, ebay, kleinanzeigen];

export function adapterFor(ctx: ExtractContext): Adapter | null {
  return ADAPTERS.find((a) => a.matchesHost(ctx.url.hostname)) ?? null;
}
