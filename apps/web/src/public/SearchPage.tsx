import { FilterOutlined } from '@ant-design/icons';
import { Button, Col, Drawer, Grid, Input, Pagination, Row, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageState } from '../components/PageState';
import type { SearchSort } from '../gql/graphql';
import { Facets } from './search/Facets';
import { NeedHitCard, ResultHitCard } from './search/HitCards';
import { needSearchInput, PAGE_SIZE, parseSearch, resultSearchInput, toSearchParams, withFilter, type SearchState } from './search/search-params';
import { SearchNeedsDocument, SearchResultsDocument } from './search/search.documents';
import { useIndustryFields } from './useIndustryFields';

/** Search over the market: results or needs, full text in Chinese or English, facets, sort, pages. */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = parseSearch(params);
  const fieldNames = useIndustryFields();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [drawer, setDrawer] = useState(false);
  // What is in the box; while an input method composes Chinese the URL (and the query) waits.
  const [text, setText] = useState(state.q);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setText(state.q);
  }, [state.q]);

  const update = useCallback((next: SearchState, replace = false) => setParams(toSearchParams(next), { replace, preventScrollReset: true }), [setParams]);
  const change = (partial: Partial<SearchState>) => update(withFilter(state, partial));
  const typed = (value: string) => {
    setText(value);
    if (!composing.current) update(withFilter(state, { q: value }), true);
  };

  const results = state.kind === 'results';
  const [resultQuery, refetchResults] = useQuery({ query: SearchResultsDocument, variables: { input: resultSearchInput(state) }, pause: !results });
  const [needQuery, refetchNeeds] = useQuery({ query: SearchNeedsDocument, variables: { input: needSearchInput(state) }, pause: results });
  const response = results ? resultQuery.data?.searchResults : needQuery.data?.searchNeeds;
  const current = results ? resultQuery : needQuery;
  const facets = response?.facets ?? [];
  const total = response?.totalHits ?? 0;
  // Which words the hits on screen answer (the benchmark times keystroke → these hits).
  const renderedQuery = current.operation?.variables.input.query ?? '';

  const facetPanel = <Facets state={state} facets={facets} fieldNames={fieldNames} onChange={change} />;

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
              {t('search.total', { count: total })}
            </Typography.Text>
            {response && <Typography.Text type="secondary">{t('search.took', { ms: response.processingTimeMs })}</Typography.Text>}
            <span style={{ flex: 1 }} />
            {narrow && (
              <Button icon={<FilterOutlined />} onClick={() => setDrawer(true)}>
                {t('search.showFilters')}
              </Button>
            )}
            <Select
              value={state.sort}
              aria-label={t('search.sort')}
              style={{ width: 150 }}
              onChange={(sort: SearchSort) => change({ sort })}
              options={[
                { value: 'RELEVANCE', label: t('search.sortRelevance') },
                { value: 'NEWEST', label: t('search.sortNewest') },
                { value: 'PRICE_ASC', label: t('search.sortPriceAsc') },
                { value: 'PRICE_DESC', label: t('search.sortPriceDesc') },
              ]}
            />
          </div>
          <h2 className="sr-only">{results ? t('search.results') : t('search.needs')}</h2>
          <PageState
            loading={current.fetching && !response}
            error={current.error && !response ? current.error.message : undefined}
            onRetry={() => (results ? refetchResults : refetchNeeds)({ requestPolicy: 'network-only' })}
            empty={!!response && response.hits.length === 0}
            emptyText={t('search.noHits')}
          >
            <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="search-hits" data-rendered-query={renderedQuery}>
              {resultQuery.data &&
                results &&
                resultQuery.data.searchResults.hits.map((hit) => <ResultHitCard key={hit.result.id} hit={hit} fieldNames={fieldNames} />)}
              {needQuery.data && !results && needQuery.data.searchNeeds.hits.map((hit) => <NeedHitCard key={hit.need.id} hit={hit} fieldNames={fieldNames} />)}
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
        </Col>
      </Row>
      {narrow && (
        <Drawer title={t('search.filters')} open={drawer} onClose={() => setDrawer(false)} placement="right" size={320}>
          {facetPanel}
        </Drawer>
      )}
    </div>
  );
}
