/**
 * Free-mail and ISP mailboxes anyone can open in a minute, in the markets Shopwatch covers. A
 * company writes from its own domain; a shop reachable only through one of these can vanish.
 */

// Providers whose name is a free mailbox on any of their country domains (gmx.de, gmx.at, yahoo.fr …).
const ANY_SUFFIX = new Set(['gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'aol', 'icloud', 'gmx', 'yandex', 'protonmail', 'proton', 'zoho', 'tutanota', 'tuta', 'mail', 'email', 'inbox']);

// Single domains: free-mail services and the mailboxes that come with an internet contract.
const DOMAINS = new Set([
  'me.com', 'mac.com', 'pm.me', 'web.de', 't-online.de', 'freenet.de', 'online.de', 'arcor.de', 'posteo.de', 'posteo.net', 'mailbox.org', 'vodafone.de', 'kabelmail.de', '1und1.de', 'magenta.de',
  'aon.at', 'chello.at', 'a1.net', 'gmx.net', 'bluewin.ch', 'sunrise.ch', 'hispeed.ch',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'neuf.fr', 'bbox.fr',
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it',
  'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'home.nl', 'hetnet.nl', 'xs4all.nl', 'telenet.be', 'skynet.be', 'proximus.be',
  'btinternet.com', 'sky.com', 'virginmedia.com', 'talktalk.net', 'ntlworld.com',
  'qq.com', '163.com', '126.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'abv.bg',
]);

/** Whether an address ("shop@gmx.de") is a free-mail or ISP mailbox. */
export function isFreeMail(email: string): boolean {
  const domain = (email.split('@')[1] ?? '').toLowerCase().replace(/\.$/, '');
  if (DOMAINS.has(domain)) return true;
  const labels = domain.split('.');
  // "gmx.de", "yahoo.co.uk", "hotmail.fr": the provider's name directly before a (two-part) suffix.
  if (labels.length === 2 || (labels.length === 3 && (labels[1]?.length ?? 0) <= 3 && (labels[2]?.length ?? 0) === 2)) return ANY_SUFFIX.has(labels[0] ?? '');
  return false;
}
