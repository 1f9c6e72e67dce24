// The shop systems fake shops are built on, with the share of generated sites each gets
// (WooCommerce most common, as in the crawl of Watchlist Internet's list; see SIGNALS.md).
import { woocommerce } from './woocommerce.mjs';
import { shopify } from './shopify.mjs';
import { shopware } from './shopware.mjs';
import { magento } from './magento.mjs';
import { prestashop } from './prestashop.mjs';
import { jtl } from './jtl.mjs';
import { gambio } from './gambio.mjs';
import { wix } from './wix.mjs';

export const SYSTEMS = { woocommerce, shopify, shopware, magento, prestashop, jtl, gambio, wix };

export const SYSTEM_WEIGHTS = [[34, 'woocommerce'], [14, 'shopify'], [12, 'shopware'], [8, 'magento'], [10, 'prestashop'], [8, 'jtl'], [6, 'gambio'], [8, 'wix']];
