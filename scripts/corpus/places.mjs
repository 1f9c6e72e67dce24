// Addresses, people and company names per country, for Impressum blocks and account holders.

export const PLACES = {
  DE: {
    name: { de: 'Deutschland', en: 'Germany', fr: 'Allemagne', nl: 'Duitsland', it: 'Germania' },
    cities: [['10115', 'Berlin'], ['20095', 'Hamburg'], ['80331', 'München'], ['50667', 'Köln'], ['60311', 'Frankfurt am Main'], ['04109', 'Leipzig'], ['70173', 'Stuttgart'], ['40213', 'Düsseldorf'], ['44135', 'Dortmund'], ['30159', 'Hannover'], ['90402', 'Nürnberg'], ['28195', 'Bremen'], ['01067', 'Dresden'], ['79098', 'Freiburg im Breisgau'], ['48143', 'Münster'], ['86150', 'Augsburg'], ['93047', 'Regensburg'], ['24103', 'Kiel'], ['33602', 'Bielefeld'], ['66111', 'Saarbrücken']],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Industriestraße', 'Lindenallee', 'Gartenweg', 'Schillerstraße', 'Goethestraße', 'Am Markt', 'Mühlenweg', 'Gewerbering', 'Dorfstraße', 'Kirchplatz', 'Friedrichstraße', 'Wilhelmstraße', 'Im Gewerbegebiet', 'Raiffeisenstraße', 'Hafenstraße', 'Kastanienweg'],
    courts: ['Amtsgericht Berlin-Charlottenburg', 'Amtsgericht Hamburg', 'Amtsgericht München', 'Amtsgericht Köln', 'Amtsgericht Frankfurt am Main', 'Amtsgericht Leipzig', 'Amtsgericht Stuttgart', 'Amtsgericht Düsseldorf', 'Amtsgericht Dortmund', 'Amtsgericht Hannover', 'Amtsgericht Nürnberg', 'Amtsgericht Bremen'],
    phone: (rng) => `+49 ${rng.int(30, 991)} ${rng.digits(3)} ${rng.digits(4)}`,
    forms: ['GmbH', 'UG (haftungsbeschränkt)', 'GmbH & Co. KG', 'e.K.', 'AG'],
  },
  AT: {
    name: { de: 'Österreich', en: 'Austria', fr: 'Autriche', nl: 'Oostenrijk', it: 'Austria' },
    cities: [['1010', 'Wien'], ['1070', 'Wien'], ['1100', 'Wien'], ['8010', 'Graz'], ['4020', 'Linz'], ['5020', 'Salzburg'], ['6020', 'Innsbruck'], ['9020', 'Klagenfurt am Wörthersee'], ['3100', 'St. Pölten'], ['6900', 'Bregenz']],
    streets: ['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Wiener Straße', 'Hauptplatz', 'Bahnhofstraße', 'Kärntner Straße', 'Linzer Gasse', 'Museumstraße'],
    courts: ['Handelsgericht Wien', 'Landesgericht für ZRS Graz', 'Landesgericht Linz', 'Landesgericht Salzburg', 'Landesgericht Innsbruck'],
    phone: (rng) => `+43 ${rng.int(1, 732)} ${rng.digits(3)} ${rng.digits(3)}`,
    forms: ['GmbH', 'e.U.', 'KG', 'OG'],
  },
  CH: {
    name: { de: 'Schweiz', en: 'Switzerland', fr: 'Suisse', nl: 'Zwitserland', it: 'Svizzera' },
    cities: [['8001', 'Zürich'], ['3011', 'Bern'], ['4051', 'Basel'], ['6003', 'Luzern'], ['9000', 'St. Gallen'], ['8400', 'Winterthur'], ['1003', 'Lausanne']],
    streets: ['Bahnhofstrasse', 'Seestrasse', 'Dorfstrasse', 'Hauptgasse', 'Industriestrasse', 'Zürcherstrasse', 'Marktgasse'],
    courts: ['Handelsregister des Kantons Zürich', 'Handelsregister des Kantons Bern', 'Handelsregister Basel-Stadt', 'Handelsregister des Kantons Luzern'],
    phone: (rng) => `+41 ${rng.int(21, 91)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    forms: ['AG', 'GmbH'],
  },
  GB: {
    name: { de: 'Vereinigtes Königreich', en: 'United Kingdom', fr: 'Royaume-Uni', nl: 'Verenigd Koninkrijk', it: 'Regno Unito' },
    cities: [['EC1V 2NX', 'London'], ['M1 1AE', 'Manchester'], ['LS1 4AP', 'Leeds'], ['BS1 5TR', 'Bristol'], ['B3 2DT', 'Birmingham'], ['EH1 1YZ', 'Edinburgh'], ['NG1 5FS', 'Nottingham']],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Street', 'Riverside Industrial Estate', 'Mill Lane', 'King Street'],
    courts: ['Companies House, England and Wales'],
    phone: (rng) => `+44 ${rng.int(113, 208)} ${rng.digits(3)} ${rng.digits(4)}`,
    forms: ['Ltd'],
  },
  FR: {
    name: { de: 'Frankreich', en: 'France', fr: 'France', nl: 'Frankrijk', it: 'Francia' },
    cities: [['75011', 'Paris'], ['69002', 'Lyon'], ['13001', 'Marseille'], ['59000', 'Lille'], ['44000', 'Nantes'], ['33000', 'Bordeaux'], ['67000', 'Strasbourg'], ['31000', 'Toulouse']],
    streets: ['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue Victor Hugo', 'place du Marché', 'rue des Lilas', 'avenue de la Gare'],
    courts: ['RCS Paris', 'RCS Lyon', 'RCS Marseille', 'RCS Lille Métropole', 'RCS Nantes', 'RCS Bordeaux'],
    phone: (rng) => `+33 ${rng.int(1, 5)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    forms: ['SARL', 'SAS', 'EURL'],
  },
  NL: {
    name: { de: 'Niederlande', en: 'Netherlands', fr: 'Pays-Bas', nl: 'Nederland', it: 'Paesi Bassi' },
    cities: [['1012 AB', 'Amsterdam'], ['3011 AD', 'Rotterdam'], ['3511 LX', 'Utrecht'], ['5611 EM', 'Eindhoven'], ['9711 LM', 'Groningen'], ['2511 CV', 'Den Haag']],
    streets: ['Kerkstraat', 'Stationsplein', 'Damrak', 'Marktplein', 'Industrieweg', 'Dorpsstraat', 'Havenstraat'],
    courts: ['KvK'],
    phone: (rng) => `+31 ${rng.int(10, 79)} ${rng.digits(3)} ${rng.digits(4)}`,
    forms: ['B.V.', 'V.O.F.'],
  },
  BE: {
    name: { de: 'Belgien', en: 'Belgium', fr: 'Belgique', nl: 'België', it: 'Belgio' },
    cities: [['2000', 'Antwerpen'], ['9000', 'Gent'], ['1000', 'Bruxelles'], ['3000', 'Leuven']],
    streets: ['Meir', 'Veldstraat', 'Rue Neuve', 'Bondgenotenlaan'],
    courts: ['KBO'],
    phone: (rng) => `+32 ${rng.int(2, 9)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    forms: ['BV', 'SRL'],
  },
  IT: {
    name: { de: 'Italien', en: 'Italy', fr: 'Italie', nl: 'Italië', it: 'Italia' },
    cities: [['20121', 'Milano'], ['00184', 'Roma'], ['10121', 'Torino'], ['40121', 'Bologna'], ['50123', 'Firenze'], ['80133', 'Napoli'], ['37121', 'Verona']],
    streets: ['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Via Mazzini', 'Piazza del Duomo', 'Via Dante', 'Viale Europa'],
    courts: ['REA MI', 'REA RM', 'REA TO', 'REA BO', 'REA FI'],
    phone: (rng) => `+39 0${rng.int(2, 89)} ${rng.digits(3)} ${rng.digits(4)}`,
    forms: ['S.r.l.', 'S.p.A.', 'S.n.c.'],
  },
};

/** Countries whose companies and accounts fake shops use abroad, with the legal form as written. */
export const FOREIGN_SEATS = {
  LT: { city: 'Vilnius', zip: 'LT-01103', forms: ['UAB', 'MB'], banks: ['Revolut Bank UAB', 'Paysera LT, UAB', 'Luminor Bank AS'] },
  EE: { city: 'Tallinn', zip: '10111', forms: ['OÜ'], banks: ['LHV Pank', 'Swedbank AS', 'Coop Pank'] },
  LV: { city: 'Rīga', zip: 'LV-1050', forms: ['SIA'], banks: ['Swedbank AS', 'Citadele banka', 'Rietumu Banka'] },
  PL: { city: 'Warszawa', zip: '00-001', forms: ['Sp. z o.o.', 'S.A.'], banks: ['mBank S.A.', 'Santander Bank Polska', 'ING Bank Śląski'] },
  CZ: { city: 'Praha', zip: '110 00', forms: ['s.r.o.', 'a.s.'], banks: ['Fio banka', 'Air Bank', 'Česká spořitelna'] },
  SK: { city: 'Bratislava', zip: '811 01', forms: ['s.r.o.'], banks: ['Tatra banka', 'Slovenská sporiteľňa'] },
  HU: { city: 'Budapest', zip: '1051', forms: ['Kft.', 'Bt.', 'Zrt.'], banks: ['OTP Bank', 'K&H Bank', 'MBH Bank'] },
  RO: { city: 'București', zip: '010011', forms: ['S.R.L.'], banks: ['Banca Transilvania', 'BRD Groupe Société Générale', 'ING Bank România'] },
  BG: { city: 'Sofia', zip: '1000', forms: ['EOOD', 'OOD'], banks: ['UniCredit Bulbank', 'DSK Bank', 'Fibank'] },
  HR: { city: 'Zagreb', zip: '10000', forms: ['d.o.o.'], banks: ['Zagrebačka banka', 'Privredna banka Zagreb'] },
  SI: { city: 'Ljubljana', zip: '1000', forms: ['d.o.o.'], banks: ['NLB d.d.', 'Nova KBM'] },
  CY: { city: 'Limassol', zip: '3036', forms: ['Ltd'], banks: ['Bank of Cyprus', 'Hellenic Bank', 'Eurobank Cyprus'] },
  GB: { city: 'London', zip: 'WC2H 9JQ', forms: ['Ltd', 'LLP'], banks: ['Barclays Bank UK', 'ClearBank Ltd', 'Modulr FS Ltd'] },
  PT: { city: 'Lisboa', zip: '1100-148', forms: ['Unipessoal Lda.', 'Lda.'], banks: ['Millennium bcp', 'Novo Banco'] },
  MT: { city: 'Valletta', zip: 'VLT 1111', forms: ['Ltd'], banks: ['Bank of Valletta', 'APS Bank'] },
};

export const FIRST_NAMES = {
  DE: ['Thomas', 'Sabine', 'Michael', 'Katrin', 'Stefan', 'Julia', 'Andreas', 'Petra', 'Markus', 'Anna', 'Jörg', 'Claudia', 'Lukas', 'Miriam', 'Frank', 'Heike'],
  AT: ['Florian', 'Theresa', 'Johannes', 'Magdalena', 'Georg', 'Verena', 'Wolfgang', 'Christina'],
  CH: ['Reto', 'Andrea', 'Beat', 'Corinne', 'Urs', 'Nadine'],
  GB: ['James', 'Sarah', 'Oliver', 'Emily', 'Daniel', 'Charlotte', 'Tom', 'Rebecca'],
  FR: ['Julien', 'Camille', 'Nicolas', 'Élodie', 'Mathieu', 'Claire', 'Antoine', 'Sophie'],
  NL: ['Jeroen', 'Sanne', 'Bas', 'Lotte', 'Daan', 'Femke', 'Joost', 'Inge'],
  BE: ['Wouter', 'Els', 'Pieter', 'Nathalie'],
  IT: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Elena'],
  FOREIGN: ['Marius', 'Andrei', 'Jonas', 'Tomasz', 'Kristina', 'Ivan', 'Dmitrij', 'Aleksandra', 'Raimonds', 'Petra', 'Mihai', 'Katarzyna', 'Ain', 'Dragan', 'Zsófia', 'Lukas'],
};

export const LAST_NAMES = {
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Krüger', 'Hartmann'],
  AT: ['Gruber', 'Huber', 'Wagner', 'Pichler', 'Moser', 'Steiner', 'Hofer', 'Leitner', 'Berger', 'Fuchs'],
  CH: ['Meier', 'Keller', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Gerber'],
  GB: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Walker'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'],
  NL: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer'],
  BE: ['Peeters', 'Janssens', 'Maes', 'Claes'],
  IT: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  FOREIGN: ['Petrescu', 'Popescu', 'Kazlauskas', 'Nowak', 'Kowalski', 'Tamm', 'Bērziņš', 'Horváth', 'Novák', 'Ivanov', 'Dimitrov', 'Kovačević', 'Saar', 'Jankauskas', 'Szabó'],
};

/** Invented company-name stems for foreign account holders; combined with a legal form. */
export const HOLDER_STEMS = ['Vertex Trade', 'Nordline Solutions', 'Baltic Retail Group', 'Global Ecommerce Partners', 'Eurodistri', 'Mercato Online', 'Danube Commerce', 'Carpatic Import', 'Balkan Sales', 'Adriatic Goods', 'Bluewave Logistics', 'Silverline Consulting', 'Amber Payments', 'Primus Handel', 'Novatek Services', 'Eastgate Supply', 'Lumen Digital', 'Orion Marketing', 'Helix Distribution', 'Westbridge Holdings'];

export function personName(rng, country) {
  const key = FIRST_NAMES[country] ? country : 'FOREIGN';
  return `${rng.pick(FIRST_NAMES[key])} ${rng.pick(LAST_NAMES[key])}`;
}
