import { useEffect, useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { hasRole } from '../auth/session';
import { whenSessionReady } from '../auth/useSession';
import type { BoardDealsQuery as BoardDealsResult, DealFilter } from '../gql/graphql';
import { dealFilter, readFilters } from './board';
import { BoardDealsQuery } from './documents';

export type BoardDeal = BoardDealsResult['deals']['edges'][number]['node'];

export interface BoardDealsState {
  deals: BoardDeal[];
  /** A page is on its way (the first, or one after what is shown). */
  fetching: boolean;
  /** Every page has arrived. */
  complete: boolean;
  error?: CombinedError;
}

const PAGE = 100; // the API's cap
const MAX_PAGES = 20;
/** A prefetched board older than this is not handed to the page: it asks again. */
const PREFETCH_FRESH_MS = 10_000;

/**
 * The board's pages for one filter, fetched one after the other (the cursor of one page is the
 * start of the next) and published as they arrive. The loop never waits for React: the next
 * page is asked for as soon as the previous one is in, whatever the page is rendering meanwhile.
 */
class BoardLoad {
  state: BoardDealsState = { deals: [], fetching: true, complete: false };
  readonly startedAt = Date.now();
  /** Set when the session turned out not to be a broker's: nothing was asked for. */
  skipped = false;
  private readonly listeners = new Set<(state: BoardDealsState) => void>();
  private stopped = false;

  constructor(
    private readonly client: Client,
    private readonly filter: DealFilter,
    before?: { settled: Promise<void>; allowed(): boolean },
  ) {
    if (!before) void this.run();
    // The first page goes out in the very microtask the session settles in, ahead of the
    // render that the settling triggers.
    else
      void before.settled.then(() => {
        if (before.allowed()) return this.run();
        this.skipped = true;
      });
  }

  subscribe(listener: (state: BoardDealsState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      // Nobody shows this filter any more: stop asking for its remaining pages.
      if (this.listeners.size === 0) this.stopped = true;
    };
  }

  private publish(state: BoardDealsState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }

  private async run(): Promise<void> {
    let deals: BoardDeal[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result = await this.client.query(BoardDealsQuery, { first: PAGE, after, filter: this.filter }, { requestPolicy: 'network-only' }).toPromise();
      if (this.stopped) return;
      if (result.error || !result.data) {
        this.publish({ deals, fetching: false, complete: false, error: result.error });
        return;
      }
      deals = deals.concat(result.data.deals.edges.map((edge) => edge.node));
      const more = result.data.deals.pageInfo.hasNextPage;
      this.publish({ deals, fetching: more, complete: !more });
      if (!more) return;
      after = result.data.deals.pageInfo.endCursor ?? null;
    }
    this.publish({ deals, fetching: false, complete: true });
  }
}

let prefetched: { key: string; load: BoardLoad } | null = null;
/** Filters a mounted board is loading itself: a prefetch arriving late must not ask again. */
const shown = new Map<string, number>();

function filterKey(filter: DealFilter): string {
  return JSON.stringify(filter);
}

/**
 * Starts loading the board for the filters in `search` (the URL's query string) as soon as the
 * boot-time session refresh settles, without waiting for the board's chunk or its first render:
 * on a full page load those come later, and the pages would only be asked for after them.
 */
export function prefetchBoardDeals(client: Client, search: string): void {
  const filter = dealFilter(readFilters(new URLSearchParams(search)));
  const key = filterKey(filter);
  if (shown.get(key)) return;
  if (prefetched && usable(prefetched.load) && prefetched.key === key) return;
  const load = new BoardLoad(client, filter, {
    settled: whenSessionReady(),
    // Signed out or not a broker: the page will say so, no deals are asked for.
    allowed: () => hasRole('BROKER') || hasRole('ADMIN'),
  });
  prefetched = { key, load };
}

function usable(load: BoardLoad): boolean {
  return !load.skipped && Date.now() - load.startedAt < PREFETCH_FRESH_MS;
}

function takePrefetched(key: string): BoardLoad | null {
  const found = prefetched;
  if (!found || found.key !== key || !usable(found.load)) return null;
  prefetched = null;
  return found.load;
}

/**
 * Every deal of the board, page after page, refetched when the filter or `version` changes.
 * Each page is handed over as it arrives, so the columns fill while the next page is on its way.
 * The first load takes over the pages `prefetchBoardDeals` already asked for, if any.
 */
export function useBoardDeals(filter: DealFilter, version: number): BoardDealsState {
  const client = useClient();
  const key = filterKey(filter);
  const [state, setState] = useState<BoardDealsState>({ deals: [], fetching: true, complete: false });
  useEffect(() => {
    const load = (version === 0 ? takePrefetched(key) : null) ?? new BoardLoad(client, JSON.parse(key) as DealFilter);
    setState(load.state.deals.length || load.state.complete || load.state.error ? load.state : (current) => ({ ...current, fetching: true, complete: false }));
    shown.set(key, (shown.get(key) ?? 0) + 1);
    const unsubscribe = load.subscribe(setState);
    return () => {
      unsubscribe();
      shown.set(key, (shown.get(key) ?? 1) - 1);
    };
  }, [client, key, version]);
  return state;
}
