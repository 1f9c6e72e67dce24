import type { Rule, SiteRule } from '../types';
import { connectedRiskySite } from './connected-risky-site';
import { connectedSite } from './connected-site';
import { checkoutCryptoGiftCard, checkoutIbanInvalid, checkoutMethodsVanished } from './checkout-rules';
import { checkoutIbanForeign } from './checkout-iban-foreign';
import { checkoutPrivateRecipient, checkoutRecipientForeignCompany } from './checkout-recipient';
import { checkoutGuardHidden } from './checkout-guard-hidden';
import { contactFreeMail } from './contact-free-mail';
import { marketplaceDormantSeller } from './marketplace-dormant-seller';
import { marketplaceNewSellerBargain } from './marketplace-new-seller-bargain';
import { marketplaceSellerNameRandom } from './marketplace-seller-name-random';
import { marketplaceOriginMismatch } from './marketplace-origin';
import { marketplacePriceBelowOffers, marketplacePriceOutlier } from './marketplace-prices';
import { marketplaceNewSeller, marketplaceOffPlatform, marketplaceShipsMismatch, marketplaceTraderDetails } from './marketplace-rules';
import { domainAgeUnknown } from './domain-age-unknown';
import { domainBrand } from './domain-brand';
import { domainCheapTld } from './domain-cheap-tld';
import { domainLookalike } from './domain-lookalike';
import { domainNew } from './domain-new';
import { domainShopWords } from './domain-shop-words';
import { domainUnrelated } from './domain-unrelated';
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
import { paymentUnavailable } from './payment-unavailable';
import { prepaymentOnly } from './prepayment-only';
import { priceHighValueImplausible } from './price-high-value-implausible';
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
  paymentUnavailable,
  pricesTooGood,
  priceHighValueImplausible,
  vatIdInvalid,
  contactFreeMail,
  trustSealFake,
  urgencyTricks,
  localeMismatch,
  domainBrand,
  domainShopWords,
  domainLookalike,
  domainCheapTld,
  domainUnrelated,
  domainNew,
  domainAgeUnknown,
  medicalPriceGouging,
  medicalPriceTooCheap,
  medicalMaskUnmarked,
  checkoutMethodsVanished,
  checkoutIbanInvalid,
  checkoutIbanForeign,
  checkoutPrivateRecipient,
  checkoutRecipientForeignCompany,
  checkoutCryptoGiftCard,
  checkoutGuardHidden,
  marketplaceNewSeller,
  marketplaceDormantSeller,
  marketplaceTraderDetails,
  marketplaceSellerNameRandom,
  marketplaceOffPlatform,
  marketplacePriceOutlier,
  marketplacePriceBelowOffers,
  marketplaceNewSellerBargain,
  marketplaceOriginMismatch,
  marketplaceShipsMismatch,
];

/** Rules about a site as a whole, run on its evidence profile (src/engine/site.ts). */
export const SITE_RULES: SiteRule[] = [connectedRiskySite, connectedSite];
