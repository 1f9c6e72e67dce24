// What the generated shops sell: categories with names in five languages, typical prices (cents)
// and the brands that fake shops like to borrow. Prices are rough shelf prices, not measurements.

/** noun per language, [min, max] regular price in cents, brands, whether it is a scarce medical good. */
export const CATEGORIES = {
  sneakers: { de: 'Sneaker', en: 'Sneakers', fr: 'Baskets', nl: 'Sneakers', it: 'Sneakers', price: [8999, 21999], brands: ['Nike', 'Adidas', 'New Balance', 'Asics', 'Puma', 'Salomon', 'On Running', 'Veja'] },
  jacket: { de: 'Winterjacke', en: 'Winter jacket', fr: 'Doudoune', nl: 'Winterjas', it: 'Piumino', price: [19999, 129999], brands: ['Canada Goose', 'Moncler', 'The North Face', 'Patagonia', 'Jack Wolfskin', 'Mammut', 'Woolrich'] },
  chainsaw: { de: 'Motorsäge', en: 'Chainsaw', fr: 'Tronçonneuse', nl: 'Kettingzaag', it: 'Motosega', price: [34999, 129999], brands: ['Stihl', 'Husqvarna', 'Makita', 'Echo'] },
  ebike: { de: 'E-Bike', en: 'E-bike', fr: 'Vélo électrique', nl: 'Elektrische fiets', it: 'Bici elettrica', price: [219999, 549999], brands: ['Cube', 'Gazelle', 'Haibike', 'Riese & Müller', 'Kalkhoff', 'Specialized'] },
  console: { de: 'Spielkonsole', en: 'Games console', fr: 'Console de jeux', nl: 'Spelcomputer', it: 'Console', price: [29999, 54999], brands: ['PlayStation', 'Xbox', 'Nintendo'] },
  phone: { de: 'Smartphone', en: 'Smartphone', fr: 'Smartphone', nl: 'Smartphone', it: 'Smartphone', price: [69999, 159999], brands: ['Apple', 'Samsung', 'Google Pixel', 'Xiaomi'] },
  vacuum: { de: 'Akku-Staubsauger', en: 'Cordless vacuum', fr: 'Aspirateur sans fil', nl: 'Snoerloze stofzuiger', it: 'Aspirapolvere senza fili', price: [29999, 79999], brands: ['Dyson', 'Miele', 'Bosch', 'Kärcher'] },
  grill: { de: 'Gasgrill', en: 'Gas barbecue', fr: 'Barbecue à gaz', nl: 'Gasbarbecue', it: 'Barbecue a gas', price: [49999, 249999], brands: ['Weber', 'Napoleon', 'Broil King', 'Outdoorchef'] },
  watch: { de: 'Smartwatch', en: 'Smartwatch', fr: 'Montre connectée', nl: 'Smartwatch', it: 'Smartwatch', price: [24999, 89999], brands: ['Garmin', 'Apple', 'Samsung', 'Polar', 'Suunto'] },
  sofa: { de: 'Ecksofa', en: 'Corner sofa', fr: "Canapé d'angle", nl: 'Hoekbank', it: 'Divano angolare', price: [89999, 349999], brands: ['Rolf Benz', 'W.Schillig', 'BoConcept', 'Koinor'] },
  handbag: { de: 'Handtasche', en: 'Handbag', fr: 'Sac à main', nl: 'Handtas', it: 'Borsa', price: [29999, 249999], brands: ['Michael Kors', 'Longchamp', 'Furla', 'Coach', 'Liebeskind'] },
  coffee: { de: 'Kaffeevollautomat', en: 'Bean-to-cup coffee machine', fr: 'Machine à café automatique', nl: 'Volautomatische koffiemachine', it: 'Macchina da caffè automatica', price: [49999, 189999], brands: ['DeLonghi', 'Jura', 'Siemens', 'Philips', 'Melitta'] },
  firewood: { de: 'Brennholz (1 RM)', en: 'Firewood (1 m³)', fr: 'Bois de chauffage (1 stère)', nl: 'Brandhout (1 m³)', it: 'Legna da ardere (1 m³)', price: [11999, 18999], brands: ['Buche', 'Eiche', 'Birke'] },
  pellets: { de: 'Holzpellets (975 kg)', en: 'Wood pellets (975 kg)', fr: 'Granulés de bois (975 kg)', nl: 'Houtpellets (975 kg)', it: 'Pellet di legno (975 kg)', price: [32999, 45999], brands: ['ENplus A1', 'DINplus'] },
  tyres: { de: 'Allwetterreifen 4er-Satz', en: 'All-season tyres, set of 4', fr: 'Pneus 4 saisons (lot de 4)', nl: 'All-season banden (set van 4)', it: 'Pneumatici quattro stagioni (4 pezzi)', price: [39999, 89999], brands: ['Michelin', 'Continental', 'Goodyear', 'Pirelli'] },
  lego: { de: 'Bauset', en: 'Building set', fr: 'Set de construction', nl: 'Bouwset', it: 'Set da costruzione', price: [14999, 84999], brands: ['LEGO'] },
  laptop: { de: 'Notebook', en: 'Laptop', fr: 'Ordinateur portable', nl: 'Laptop', it: 'Notebook', price: [79999, 249999], brands: ['Apple', 'Lenovo', 'Dell', 'HP', 'ASUS'] },
  ffp2: { de: 'FFP2 Atemschutzmaske', en: 'FFP2 respirator mask', fr: 'Masque FFP2', nl: 'FFP2 mondmasker', it: 'Mascherina FFP2', price: [59, 129], unit: { de: 'Stück', en: 'mask', fr: 'pièce', nl: 'stuk', it: 'pezzo' }, medical: true, brands: ['3M', 'Dräger', 'Moldex', 'Uvex'] },
  rapidtest: { de: 'Antigen-Schnelltest', en: 'Antigen rapid test', fr: 'Autotest antigénique', nl: 'Antigeen sneltest', it: 'Test rapido antigenico', price: [99, 299], unit: { de: 'Test', en: 'test', fr: 'test', nl: 'test', it: 'test' }, medical: true, brands: ['Roche', 'Siemens Healthineers', 'Boson', 'Flowflex'] },
  disinfectant: { de: 'Händedesinfektion 500 ml', en: 'Hand sanitiser 500 ml', fr: 'Gel hydroalcoolique 500 ml', nl: 'Handdesinfectie 500 ml', it: 'Gel igienizzante 500 ml', price: [399, 899], unit: { de: 'Flasche', en: 'bottle', fr: 'flacon', nl: 'fles', it: 'flacone' }, medical: true, brands: ['Sterillium', 'Desderman', 'Softa-Man'] },
};

/** Model words to make product names look real without naming real models. */
export const MODEL_WORDS = ['Pro', 'Air', 'Max', 'Ultra', 'Classic', 'Evo', 'X2', 'Trail', 'Urban', 'Sport', 'Plus', 'Lite', 'GT', '500', '7', 'Expedition', 'Comfort', 'Edition 24', 'Prime', 'Series 3'];

/** Brands with the registrable domain of their own shop (for legitimate brand-shop near-misses). */
export const BRAND_DOMAINS = {
  Nike: 'nike.com', Adidas: 'adidas.de', Stihl: 'stihl.de', Husqvarna: 'husqvarna.com', Dyson: 'dyson.de', Weber: 'weber.com',
  LEGO: 'lego.com', Garmin: 'garmin.com', 'Jack Wolfskin': 'jack-wolfskin.de', Miele: 'miele.de', Kärcher: 'kaercher.com', Puma: 'puma.com',
  Longchamp: 'longchamp.com', Jura: 'jura.com', Gazelle: 'gazelle.nl', Cube: 'cube.eu', 'The North Face': 'thenorthface.de', Salomon: 'salomon.com',
};

/** Neutral words legitimate and fake shop names are built from, per language. */
export const SHOP_WORDS = {
  de: { things: ['Garten', 'Werkzeug', 'Rad', 'Outdoor', 'Möbel', 'Technik', 'Küchen', 'Wohn', 'Sport', 'Holz', 'Kamin', 'Reifen', 'Spiel'], suffix: ['welt', 'haus', 'profi', 'laden', 'zentrale', 'markt', 'kontor', 'werk', 'box'] },
  en: { things: ['Garden', 'Tool', 'Cycle', 'Outdoor', 'Home', 'Tech', 'Kitchen', 'Sport', 'Timber', 'Tyre', 'Toy'], suffix: ['works', 'house', 'depot', 'corner', 'supply', 'store', 'hub', 'emporium'] },
  fr: { things: ['Jardin', 'Outil', 'Vélo', 'Maison', 'Tech', 'Cuisine', 'Sport', 'Bois', 'Pneu', 'Jouet'], suffix: ['plus', 'center', 'boutique', 'atelier', 'express', 'market'] },
  nl: { things: ['Tuin', 'Gereedschap', 'Fiets', 'Outdoor', 'Wonen', 'Tech', 'Keuken', 'Sport', 'Hout', 'Banden', 'Speelgoed'], suffix: ['wereld', 'huis', 'shop', 'centrum', 'plein', 'expert'] },
  it: { things: ['Giardino', 'Utensili', 'Bici', 'Outdoor', 'Casa', 'Tech', 'Cucina', 'Sport', 'Legno', 'Gomme', 'Giochi'], suffix: ['mania', 'point', 'store', 'italia', 'facile', 'center'] },
};

export const slug = (text) => text.toLowerCase()
  .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
