// The kinds of page a generated shop has. Shop-front pages carry prices; legal pages carry identity.
export const PAGE_TYPES = ['home', 'category', 'product', 'cart', 'checkout', 'impressum', 'agb', 'widerruf', 'contact', 'about', 'faq'];

/** How often a single generated page is of each type (product pages are what shoppers land on). */
export const PAGE_TYPE_WEIGHTS = [[26, 'product'], [10, 'home'], [10, 'category'], [5, 'cart'], [14, 'checkout'], [16, 'impressum'], [3, 'agb'], [3, 'widerruf'], [5, 'contact'], [3, 'about'], [5, 'faq']];
