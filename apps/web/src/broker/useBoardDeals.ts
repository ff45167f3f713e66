import { useEffect, useState } from 'react';
import { stringifyDocument } from '@urql/core';
import { useClient, type Client, type CombinedError } from 'urql';
import { accessTokenExpired, getAccessToken, hasRole, subscribe } from '../auth/session';
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

type PageResult = { data?: BoardDealsResult; error?: CombinedError };
type FetchPage = (after: string | null) => Promise<PageResult>;

function urqlPages(client: Client, filter: DealFilter): FetchPage {
  return (after) => client.query(BoardDealsQuery, { first: PAGE, after, filter }, { requestPolicy: 'network-only' }).toPromise();
}

/**
 * The same pages by a plain fetch with the in-memory token: it goes out at the moment it is
 * called, where urql would first pass a microtask or two (in which the render the session's
 * change has just scheduled would run ahead of it). Any refusal rejects, and the page falls back
 * to urql (which refreshes and retries as everywhere else).
 */
function directPages(filter: DealFilter): FetchPage {
  const query = stringifyDocument(BoardDealsQuery);
  return async (after) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${getAccessToken() ?? ''}` },
      body: JSON.stringify({ query, variables: { first: PAGE, after, filter } }),
    });
    const body = (await response.json()) as { data?: BoardDealsResult | null; errors?: unknown[] };
    if (!response.ok || body.errors?.length || !body.data) throw new Error('board prefetch refused');
    return { data: body.data };
  };
}

/**
 * The board's pages for one filter, fetched one after the other (the cursor of one page is the
 * start of the next) and published as they arrive. The loop never waits for React: the next
 * page is asked for as soon as the previous one is in, whatever the page is rendering meanwhile.
 */
class BoardLoad {
  state: BoardDealsState = { deals: [], fetching: true, complete: false };
  readonly startedAt = Date.now();
  started = false;
  /** Not started (signed out, not a broker) or refused: not to be handed to a page. */
  failed = false;
  private readonly listeners = new Set<(state: BoardDealsState) => void>();
  private stopped = false;

  constructor(private readonly fetchPage: FetchPage) {}

  start(): this {
    if (!this.started && !this.failed) {
      this.started = true;
      void this.run();
    }
    return this;
  }

  skip(): void {
    if (!this.started) this.fail();
  }

  subscribe(listener: (state: BoardDealsState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      // Nobody shows this filter any more: stop asking for its remaining pages.
      if (this.listeners.size === 0) this.stopped = true;
    };
  }

  private fail(): void {
    this.failed = true;
    this.listeners.forEach((listener) => listener(this.state));
  }

  private publish(state: BoardDealsState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }

  private async run(): Promise<void> {
    let deals: BoardDeal[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      let result: PageResult;
      try {
        result = await this.fetchPage(after);
      } catch {
        if (!this.stopped) this.fail();
        return;
      }
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

function usable(load: BoardLoad): boolean {
  return !load.failed && Date.now() - load.startedAt < PREFETCH_FRESH_MS;
}

const mayHaveBoard = () => hasRole('BROKER') || hasRole('ADMIN');

/**
 * Starts loading the board for the filters in `search` (the URL's query string) the moment the
 * session has a token, without waiting for the board's chunk or its first render: on a full page
 * load the boot-time refresh brings the token, and the first page goes out inside the session's
 * own change notice, ahead of the render that notice schedules.
 */
export function prefetchBoardDeals(search: string): void {
  const filter = dealFilter(readFilters(new URLSearchParams(search)));
  const key = filterKey(filter);
  if (shown.get(key)) return;
  if (prefetched && usable(prefetched.load) && prefetched.key === key) return;
  const load = new BoardLoad(directPages(filter));
  prefetched = { key, load };
  if (getAccessToken()) {
    // Signed out or not a broker: the page will say so, no deals are asked for.
    if (mayHaveBoard() && !accessTokenExpired()) load.start();
    else load.skip();
    return;
  }
  const off = subscribe((event) => {
    if (event !== 'changed' || !getAccessToken()) return;
    off();
    if (mayHaveBoard()) load.start();
    else load.skip();
  });
  void whenSessionReady().then(() => {
    off();
    load.skip();
  });
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
 * The first load takes over the pages `prefetchBoardDeals` already asked for, if any, and asks
 * again through urql should they be refused.
 */
export function useBoardDeals(filter: DealFilter, version: number): BoardDealsState {
  const client = useClient();
  const key = filterKey(filter);
  const [state, setState] = useState<BoardDealsState>({ deals: [], fetching: true, complete: false });
  useEffect(() => {
    let unsubscribe = () => {};
    const follow = (load: BoardLoad) => {
      setState(
        load.state.deals.length || load.state.complete || load.state.error ? load.state : (current) => ({ ...current, fetching: true, complete: false }),
      );
      unsubscribe = load.subscribe((next) => {
        if (!load.failed) return setState(next);
        unsubscribe();
        follow(new BoardLoad(urqlPages(client, JSON.parse(key) as DealFilter)).start());
      });
    };
    const prefetch = version === 0 ? takePrefetched(key) : null;
    follow(prefetch ?? new BoardLoad(urqlPages(client, JSON.parse(key) as DealFilter)).start());
    shown.set(key, (shown.get(key) ?? 0) + 1);
    return () => {
      unsubscribe();
      shown.set(key, (shown.get(key) ?? 1) - 1);
    };
  }, [client, key, version]);
  return state;
}
