import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { BoardDealsQuery as BoardDealsResult, DealFilter } from '../gql/graphql';
import { BoardDealsQuery } from './documents';

export type BoardDeal = BoardDealsResult['deals']['edges'][number]['node'];

/** Every deal of the board, page after page (100 a page, the API's cap), refetched when the filter or `version` changes. */
export function useBoardDeals(filter: DealFilter, version: number): { deals: BoardDeal[]; fetching: boolean; error?: CombinedError } {
  const client = useClient();
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ deals: BoardDeal[]; fetching: boolean; error?: CombinedError }>({ deals: [], fetching: true });
  useEffect(() => {
    let cancelled = false;
    setState((current) => ({ ...current, fetching: true }));
    void (async () => {
      const deals: BoardDeal[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result = await client
          .query(BoardDealsQuery, { first: 100, after, filter: JSON.parse(key) as DealFilter }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ deals, fetching: false, error: result.error });
          return;
        }
        deals.push(...result.data.deals.edges.map((edge) => edge.node));
        if (!result.data.deals.pageInfo.hasNextPage) break;
        after = result.data.deals.pageInfo.endCursor ?? null;
      }
      setState({ deals, fetching: false });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, key, version]);
  return state;
}
