import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import type { ExtractContext } from '../context';

/** One marketplace: which hosts, which pages, and how its DOM maps to MarketplaceFacts. */
export interface Adapter {
  id: MarketplaceFacts['marketplace'];
  matchesHost(hostname: string): boolean;
  isProductPage(ctx: ExtractContext): boolean;
  isSellerProfile(ctx: ExtractContext): boolean;
  extract(ctx: ExtractContext): MarketplaceFacts | undefined;
}

/** Records which fields were read, so a broken selector shows up as "missing", never as a red flag. */
export class FieldLog {
  readonly read: string[] = [];
  readonly missing: string[] = [];
  note<T>(field: string, value: T | null | undefined): T | null {
    (value === null || value === undefined || value === '' ? this.missing : this.read).push(field);
    return value ?? null;
  }
}
