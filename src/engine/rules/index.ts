import type { Rule, SiteRule } from '../types';
import { connectedRiskySite } from './connected-risky-site';
import { connectedSite } from './connected-site';
import { checkoutCryptoGiftCard, checkoutIbanForeign, checkoutIbanInvalid, checkoutMethodsVanished, checkoutPrivateRecipient } from './checkout-rules';
import { checkoutGuardHidden } from './checkout-guard-hidden';
import { contactFreeMail } from './contact-free-mail';
import { marketplaceDormantSeller } from './marketplace-dormant-seller';
import { marketplaceOriginMismatch } from './marketplace-origin';
import { marketplacePriceBelowOffers, marketplacePriceOutlier } from './marketplace-prices';
import { marketplaceNewSeller, marketplaceOffPlatform, marketplaceShipsMismatch, marketplaceTraderDetails } from './marketplace-rules';
import { domainLookalike } from './domain-lookalike';
import { listedAutomated } from './listed-automated';
import { listedFraud } from './listed-fraud';
import { listedProblematic } from './listed-problematic';
import { listedUser } from './listed-user';
import { impressumIncomplete } from './impressum-incomplete';
import { impressumMissing } from './impressum-missing';
import { impressumUnrelatedCompany } from './impressum-unrelated-company';
import { legalPagesMissing } from './legal-pages-missing';
import { localeMismatch } from './locale-mismatch';
import { medicalMaskUnmarked } from './medical-mask-unmarked';
import { medicalPriceGouging, medicalPriceTooCheap } from './medical-price';
import { prepaymentOnly } from './prepayment-only';
import { pricesTooGood } from './prices-too-good';
import { trustSealFake } from './trust-seal-fake';
import { urgencyTricks } from './urgency-tricks';
import { vatIdInvalid } from './vat-id-invalid';

/** Every rule the engine runs. A meta-test checks each has a reason message in de and en. */
export const RULES: Rule[] = [
  listedFraud,
  listedProblematic,
  listedAutomated,
  listedUser,
  impressumMissing,
  impressumIncomplete,
  impressumUnrelatedCompany,
  legalPagesMissing,
  prepaymentOnly,
  pricesTooGood,
  vatIdInvalid,
  contactFreeMail,
  trustSealFake,
  urgencyTricks,
  localeMismatch,
  domainLookalike,
  medicalPriceGouging,
  medicalPriceTooCheap,
  medicalMaskUnmarked,
  checkoutMethodsVanished,
  checkoutIbanInvalid,
  checkoutIbanForeign,
  checkoutPrivateRecipient,
  checkoutCryptoGiftCard,
  checkoutGuardHidden,
  marketplaceNewSeller,
  marketplaceDormantSeller,
  marketplaceTraderDetails,
  marketplaceOffPlatform,
  marketplacePriceOutlier,
  marketplacePriceBelowOffers,
  marketplaceOriginMismatch,
  marketplaceShipsMismatch,
];

/** Rules about a site as a whole, run on its evidence profile (src/engine/site.ts). */
export const SITE_RULES: SiteRule[] = [connectedRiskySite, connectedSite];
