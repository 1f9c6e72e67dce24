import type { IdentityKind } from '../shared/identity';
import { t } from '../shared/i18n';

/** "IBAN", "USt-IdNr.", "Firma und Anschrift" … in the shopper's language. */
export function identityKindLabel(kind: IdentityKind): string {
  return t(`identityKind${kind.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase())}`);
}
