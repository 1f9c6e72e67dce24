/**
 * Facts about an address without its page: the URL, from which the engine reads the domain name
 * (src/engine/domain/). Used for the red badge before a listed page has loaded and for "check an
 * address". Page sections are absent, so page rules stay silent rather than guess.
 */
export { hostOnlyFacts as domainOnlyFacts } from '../../engine/domain/score-domain';
