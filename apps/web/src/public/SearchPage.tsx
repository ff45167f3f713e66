import { FilterOutlined } from '@ant-design/icons';
import { Button, Col, Grid, Input, Pagination, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { lazy, memo, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useClient, useQuery, type OperationResult } from 'urql';
import { PageState } from '../components/PageState';
import type { SearchSort } from '../gql/graphql';
import { NeedHitCard, ResultHitCard } from './search/HitCards';
import {
  needSearchInput,
  PAGE_SIZE,
  parseSearch,
  resultSearchInput,
  sameFacets,
  sameFilters,
  TOTAL_HITS_CAP,
  toSearchParams,
  withFilter,
  type SearchState,
} from './search/search-params';
import { SearchNeedsDocument, SearchResultsDocument } from './search/search.documents';
import { useIndustryFields } from './useIndustryFields';

// The filters (sliders, number inputs, checkboxes) come in their own chunk, requested as soon as
// this page's code runs, so the hits render without waiting for them.
const facetsModule = import('./search/Facets');
// A keystroke changes the words, not the filters: the panel re-renders only when its counts or
// the filters it shows changed.
const Facets = lazy(() =>
  facetsModule.then((module) => ({
    default: memo(
      module.Facets,
      (before, after) =>
        before.facets === after.facets &&
        before.fieldNames === after.fieldNames &&
        before.onChange === after.onChange &&
        sameFilters(before.state, after.state),
    ),
  })),
);
// The sort picker is the page's only Select (the heaviest antd input); it follows the hits.
const Select = lazy(() => import('antd/es/select'));
// The phone-width filter drawer, fetched on the first press of its button.
const Drawer = lazy(() => import('antd/es/drawer'));

/** Search over the market: results or needs, full text in Chinese or English, facets, sort, pages. */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = parseSearch(params);
  const fieldNames = useIndustryFields();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [drawer, setDrawer] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  // What is in the box; while an input method composes Chinese the URL (and the query) waits.
  const [text, setText] = useState(state.q);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setText(state.q);
  }, [state.q]);

  const update = useCallback((next: SearchState, replace = false) => setParams(toSearchParams(next), { replace, preventScrollReset: true }), [setParams]);
  // One function for the page's life, reading the state of the latest render, so the memoised
  // facet panel is not re-rendered for a new callback on every keystroke.
  const stateRef = useRef(state);
  stateRef.current = state;
  const change = useCallback((partial: Partial<SearchState>) => update(withFilter(stateRef.current, partial)), [update]);
  const client = useClient();
  // The request the last keystroke started; a newer keystroke lets go of it, so the client
  // cancels it (aborts the fetch) once the page no longer waits for those words either.
  const inFlight = useRef<{ unsubscribe(): void } | null>(null);
  useEffect(() => () => inFlight.current?.unsubscribe(), []);
  const typed = (value: string) => {
    if (!composing.current) {
      const next = withFilter(state, { q: value });
      // The request leaves with the keystroke, before the page re-renders for the new text and
      // URL; the query hooks below ask for the same operation, which the client answers from
      // this one.
      const previous = inFlight.current;
      const source =
        next.kind === 'results'
          ? client.query(SearchResultsDocument, { input: resultSearchInput(next) })
          : client.query(SearchNeedsDocument, { input: needSearchInput(next) });
      // Held until the answer (a cached one first comes stale, with the network's to follow),
      // then let go of, as toPromise() would. An answer can arrive during subscribe(), before
      // `subscription` is assigned.
      let answered = false;
      let subscription: { unsubscribe(): void } | null = null;
      subscription = source.subscribe((result: OperationResult) => {
        if (result.stale) return;
        answered = true;
        if (!subscription) return;
        subscription.unsubscribe();
        if (inFlight.current === subscription) inFlight.current = null;
      });
      if (answered) subscription.unsubscribe();
      else inFlight.current = subscription;
      previous?.unsubscribe();
      setText(value);
      update(next, true);
      return;
    }
    setText(value);
  };

  const results = state.kind === 'results';
  const [resultQuery, refetchResults] = useQuery({ query: SearchResultsDocument, variables: { input: resultSearchInput(state) }, pause: !results });
  const [needQuery, refetchNeeds] = useQuery({ query: SearchNeedsDocument, variables: { input: needSearchInput(state) }, pause: results });
  const current = results ? resultQuery : needQuery;
  // An answer is drawn in a deferred render, which React splits into slices and interrupts for
  // the next keystroke, instead of one long task (hits, facet counts) that input waits behind.
  const answer = useMemo(
    () => ({
      kind: state.kind,
      results: results ? resultQuery.data?.searchResults : undefined,
      needs: results ? undefined : needQuery.data?.searchNeeds,
      // Which words the answer is for: the benchmark times keystroke → this answer on screen.
      query: (results ? resultQuery.operation : needQuery.operation)?.variables.input.query ?? '',
    }),
    [state.kind, results, resultQuery.data, resultQuery.operation, needQuery.data, needQuery.operation],
  );
  const shown = useDeferredValue(answer);
  const response = shown.results ?? shown.needs;
  // While the next answer is on its way the facets keep their last counts instead of flickering away.
  // Counts equal to the last ones keep the last list, so the panel is not re-rendered for them.
  const lastFacets = useRef<{ kind: string; facets: NonNullable<typeof resultQuery.data>['searchResults']['facets'] }>({ kind: state.kind, facets: [] });
  if (response && !(lastFacets.current.kind === shown.kind && sameFacets(lastFacets.current.facets, response.facets))) {
    lastFacets.current = { kind: shown.kind, facets: response.facets };
  }
  const facets = lastFacets.current.kind === state.kind ? lastFacets.current.facets : [];
  const total = response?.totalHits ?? 0;
  // Absent while a first answer is loading.
  const renderedQuery = response ? shown.query : undefined;

  // Until the first answer brings the facet counts the panel is a placeholder: filling the lists
  // in afterwards would push everything under them down (layout shift).
  const facetPanel =
    facets.length === 0 && !response ? (
      <Skeleton active paragraph={{ rows: 6 }} />
    ) : (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
        <Facets state={state} facets={facets} fieldNames={fieldNames} onChange={change} />
      </Suspense>
    );

  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('search.title')}
      </Typography.Title>
      <Space orientation="vertical" size={12} style={{ width: '100%', marginBottom: 16 }}>
        <Segmented
          value={state.kind}
          onChange={(kind) => update({ ...withFilter(state, {}), kind: kind as SearchState['kind'] })}
          options={[
            { value: 'results', label: t('search.results') },
            { value: 'needs', label: t('search.needs') },
          ]}
        />
        <Input.Search
          value={text}
          allowClear
          size="large"
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          enterButton={t('home.searchButton')}
          onChange={(event) => typed(event.target.value)}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={(event) => {
            composing.current = false;
            typed((event.target as HTMLInputElement).value);
          }}
          onSearch={(value) => update(withFilter(state, { q: value }))}
        />
      </Space>
      <Row gutter={[24, 16]}>
        {!narrow && (
          <Col lg={6}>
            <aside aria-label={t('search.filters')}>
              <h2 className="tb-section-title">{t('search.filters')}</h2>
              {facetPanel}
            </aside>
          </Col>
        )}
        <Col xs={24} lg={18}>
          <div className="tb-search-bar" role="status" aria-live="polite">
            <Typography.Text strong data-testid="search-total">
              {total >= TOTAL_HITS_CAP ? t('search.totalAtLeast', { count: TOTAL_HITS_CAP }) : t('search.total', { count: total })}
            </Typography.Text>
            {response && <Typography.Text type="secondary">{t('search.took', { ms: response.processingTimeMs })}</Typography.Text>}
            <span style={{ flex: 1 }} />
            {narrow && (
              <Button
                icon={<FilterOutlined />}
                onClick={() => {
                  setDrawerUsed(true);
                  setDrawer(true);
                }}
              >
                {t('search.showFilters')}
              </Button>
            )}
            <Suspense fallback={<span style={{ display: 'inline-block', width: 150 }} />}>
              <Select
                value={state.sort}
                aria-label={t('search.sort')}
                style={{ width: 150 }}
                onChange={(sort) => change({ sort: sort as SearchSort })}
                options={[
                  { value: 'RELEVANCE', label: t('search.sortRelevance') },
                  { value: 'NEWEST', label: t('search.sortNewest') },
                  { value: 'PRICE_ASC', label: t('search.sortPriceAsc') },
                  { value: 'PRICE_DESC', label: t('search.sortPriceDesc') },
                ]}
              />
            </Suspense>
          </div>
          <h2 className="sr-only">{results ? t('search.results') : t('search.needs')}</h2>
          <div data-rendered-query={renderedQuery}>
            <PageState
              loading={current.fetching && !response}
              error={current.error && !response ? current.error.message : undefined}
              onRetry={() => (results ? refetchResults : refetchNeeds)({ requestPolicy: 'network-only' })}
              empty={!!response && response.hits.length === 0}
              emptyText={t('search.noHits')}
            >
              <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="search-hits">
                {shown.results?.hits.map((hit) => (
                  <ResultHitCard key={hit.result.id} hit={hit} fieldNames={fieldNames} />
                ))}
                {shown.needs?.hits.map((hit) => (
                  <NeedHitCard key={hit.need.id} hit={hit} fieldNames={fieldNames} />
                ))}
              </Space>
              {total > PAGE_SIZE && (
                <nav aria-label={t('common.page', { page: state.page })} style={{ marginTop: 16, textAlign: 'center' }}>
                  <Pagination
                    current={state.page}
                    pageSize={PAGE_SIZE}
                    total={Math.min(total, 1000 * PAGE_SIZE)}
                    showSizeChanger={false}
                    simple={narrow}
                    onChange={(page) => {
                      change({ page });
                      window.scrollTo({ top: 0 });
                    }}
                  />
                </nav>
              )}
            </PageState>
          </div>
        </Col>
      </Row>
      {narrow && drawerUsed && (
        <Suspense fallback={null}>
          <Drawer title={t('search.filters')} open={drawer} onClose={() => setDrawer(false)} placement="right" size={320}>
            {facetPanel}
          </Drawer>
        </Suspense>
      )}
    </div>
  );
}
