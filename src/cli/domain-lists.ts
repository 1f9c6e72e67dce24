/**
 * `--list <file>` for the domain-only check: fake-shop lists read from files, looked up locally
 * like the extension does (src/background/lists/), never downloaded. A Watchlist Internet CSV
 * grades by its categories; any other file is a plain list of fakes, as a list the shopper adds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isKnownGood } from '../shared/lists/known-good';
import { severityOfCategory, type ListingHit, type SiteListing } from '../shared/lists/listing';
import { buildIndex, lookupHost, type ListIndex } from '../shared/lists/lookup';
import { detectListFormat, parseList, type ListEntry } from '../shared/lists/parse-list';
import { CliInputError } from './read-page';

const MAX_LIST_BYTES = 50 * 1024 * 1024;

interface LoadedList {
  label: string;
  watchlist: boolean;
  /** The file's date stands for the list's date ("list of <date>"). */
  listDate: string;
  index: ListIndex<ListEntry>;
}

export function loadList(file: string, warn: (line: string) => void): LoadedList {
  let text: string;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_LIST_BYTES) throw new Error();
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliInputError(`cannot read the list ${file}`);
  }
  const watchlist = detectListFormat(text) === 'watchlist-csv';
  const parsed = parseList(text);
  if (parsed.rejectedCount > 0) warn(`${file}: ${parsed.entries.length} entries, ${parsed.rejectedCount} lines rejected (first: line ${parsed.rejected[0]?.line}, ${parsed.rejected[0]?.why})`);
  return { label: path.basename(file), watchlist, listDate: stat.mtime.toISOString().slice(0, 10), index: buildIndex(parsed.entries) };
}

/** What the given lists say about a host, in the shape the engine reads (EngineConfig.listing). */
export function listingFor(host: string, lists: LoadedList[]): SiteListing {
  const knownGood = isKnownGood(host);
  const hits: ListingHit[] = [];
  // As in the extension: a list line naming a known-good site is not used.
  for (const list of knownGood ? [] : lists) {
    const found = lookupHost(host, list.index);
    if (!found) continue;
    const { listedOn, category } = found.value;
    hits.push({
      source: list.watchlist ? 'watchlist' : 'user',
      sourceLabel: list.watchlist ? '' : list.label,
      severity: list.watchlist ? severityOfCategory(category) : 'fraud',
      matched: found.matched,
      listDate: list.listDate,
      ...(listedOn && { listedOn }),
      ...(category && { category }),
    });
  }
  return { hits: hits.slice(0, 10), knownGood };
}
