import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { BoardDealsQuery as BoardDealsResult, DealFilter } from '../gql/graphql';
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

/**
 * Every deal of the board, page after page (100 a page, the API's cap), refetched when the filter
 * or `version` changes. Each page is handed over as it arrives, so the columns fill while the
 * next page is on its way instead of waiting for the last one.
 */
export function useBoardDeals(filter: DealFilter, version: number): BoardDealsState {
  const client = useClient();
  const key = JSON.stringify(filter);
  const [state, setState] = useState<BoardDealsState>({ deals: [], fetching: true, complete: false });
  useEffect(() => {
    let cancelled = false;
    setState((current) => ({ ...current, fetching: true, complete: false }));
    void (async () => {
      let deals: BoardDeal[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result = await client
          .query(BoardDealsQuery, { first: 100, after, filter: JSON.parse(key) as DealFilter }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ deals, fetching: false, complete: false, error: result.error });
          return;
        }
        deals = [...deals, ...result.data.deals.edges.map((edge) => edge.node)];
        const more = result.data.deals.pageInfo.hasNextPage;
        setState({ deals, fetching: more, complete: !more });
        if (!more) return;
        after = result.data.deals.pageInfo.endCursor ?? null;
      }
      setState({ deals, fetching: false, complete: true });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, key, version]);
  return state;
}
