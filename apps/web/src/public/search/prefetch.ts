import type { Client } from 'urql';
import { IndustryFieldsDocument } from '../useIndustryFields';
import { needSearchInput, parseSearch, resultSearchInput } from './search-params';
import { SearchNeedsDocument, SearchResultsDocument } from './search.documents';

/**
 * The search page's first answer and the field names, asked for at route match rather than after
 * the page's code has loaded and rendered: the page then finds them in the client, in flight or
 * answered (its first hits are the largest paint on a cold load). The variables are the page's own
 * (parseSearch of the same address), so the client takes the two for one operation.
 */
export function prefetchSearch(client: Client, search: string): void {
  const state = parseSearch(new URLSearchParams(search));
  if (state.kind === 'results') void client.query(SearchResultsDocument, { input: resultSearchInput(state) }).toPromise();
  else void client.query(SearchNeedsDocument, { input: needSearchInput(state) }).toPromise();
  void client.query(IndustryFieldsDocument, {}, { requestPolicy: 'cache-first' }).toPromise();
}
