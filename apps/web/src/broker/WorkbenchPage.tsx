import './messages';
import '../deals/messages';
import './board.css';
import { Button, Progress, Space, Switch, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isDealOverdue } from '../deals/dates';
import { STAGE_COLORS } from '../deals/stage-colors';
import type { DealStage } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { useIsNarrow } from '../research/useIsNarrow';
import { BOARD_STAGES, boardDateFormat, dealFilter, groupByStage, readFilters, writeFilters, type BoardFilters } from './board';
import { MyCapacityQuery } from './documents';
import { useBoardDeals, type BoardDeal } from './useBoardDeals';
import { LazySelect } from '../components/LazySelect';

/** A card's strings, made once per language for the whole board instead of once per card. */
interface CardText {
  score(score: number): string;
  noScore: string;
  due(dueAt: string): string;
  overdue: string;
}

function cardText(t: TFunction<'broker'>, language: string): CardText {
  const scores = new Map<number, string>();
  const dates = new Map<string, string>();
  const format = boardDateFormat(language);
  return {
    score: (score) => {
      const rounded = Math.round(score);
      let text = scores.get(rounded);
      if (text === undefined) scores.set(rounded, (text = t('card.score', { score: rounded })));
      return text;
    },
    noScore: t('card.noScore'),
    due: (dueAt) => {
      const date = format.format(new Date(dueAt));
      let text = dates.get(date);
      if (text === undefined) dates.set(date, (text = t('card.due', { date })));
      return text;
    },
    overdue: t('card.overdue'),
  };
}

// Plain elements, memoised: 200 cards with Ant Design components, a translation hook and a router
// Link each cost more to mount than the board's data takes to arrive, and a card already shown is
// not rendered again when the next page arrives.
const DealCard = memo(function DealCard({ deal, text }: { deal: BoardDeal; text: CardText }) {
  const overdue = isDealOverdue(deal.dueAt);
  return (
    <li data-testid="board-card" data-overdue={overdue ? 'true' : 'false'} className="tb-board-card">
      <a href={`/deals/${deal.id}`} className="tb-board-card-title">
        {deal.result.title}
        {deal.need ? ` ↔ ${deal.need.title}` : ''}
      </a>
      <div className="tb-board-card-parties">
        {deal.result.owner.name}
        {deal.need ? ` · ${deal.need.enterprise.name}` : ''}
      </div>
      <div className="tb-board-card-meta">
        <span>{deal.match ? text.score(deal.match.score) : text.noScore}</span>
        {deal.dueAt && <span>· {text.due(deal.dueAt)}</span>}
        {overdue && <span className="tb-board-overdue">{text.overdue}</span>}
      </div>
    </li>
  );
});

const BoardColumns = memo(function BoardColumns({
  deals,
  stages,
  complete,
  narrow,
}: {
  deals: BoardDeal[];
  stages: DealStage[];
  complete: boolean;
  narrow: boolean;
}) {
  const { t, i18n } = useTranslation('broker');
  const { t: td } = useTranslation('deals');
  const navigate = useNavigate();
  const text = useMemo(() => cardText(t, i18n.language), [t, i18n.language]);
  const columns = useMemo(() => groupByStage(deals), [deals]);
  // One listener for every card link: a plain click stays in the app, as a router Link would.
  const follow = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const link = (event.target as Element).closest('a');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
      event.preventDefault();
      void navigate(link.getAttribute('href')!);
    },
    [navigate],
  );
  return (
    <div
      data-testid="board"
      data-count={deals.length}
      data-complete={complete ? 'true' : 'false'}
      aria-busy={!complete}
      onClick={follow}
      className="tb-board"
      style={{ gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : `repeat(${stages.length}, minmax(0, 1fr))` }}
    >
      {stages.map((stage) => (
        <section key={stage} aria-labelledby={`col-${stage}`} data-testid={`column-${stage}`} className="tb-board-column">
          <h2 id={`col-${stage}`} className="tb-board-column-title">
            <span className="tb-board-stage" style={{ background: STAGE_COLORS[stage] }}>
              {td(`stage.${stage}`)}
            </span>{' '}
            {t('card.count', { count: columns[stage].length })}
          </h2>
          {columns[stage].length === 0 ? (
            <span className="tb-board-empty">{t('empty.column')}</span>
          ) : (
            <ul className="tb-board-list">
              {columns[stage].map((deal) => (
                <DealCard key={deal.id} deal={deal} text={text} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
});

/** The workload against the broker's limit (its own query, so it never re-renders the board). */
const Capacity = memo(function Capacity() {
  const { t } = useTranslation('broker');
  const [{ data: me }] = useQuery({ query: MyCapacityQuery, requestPolicy: 'cache-and-network' });
  const profile = me?.me.brokerProfile;
  if (!profile) return null;
  return (
    <div data-testid="capacity" style={{ maxWidth: 420 }}>
      <Typography.Text strong>{t('capacityLabel')}: </Typography.Text>
      <span>{t('capacity', { active: profile.activeDeals, capacity: profile.capacity })}</span>
      <Progress
        percent={profile.capacity ? Math.round((profile.activeDeals / profile.capacity) * 100) : 0}
        showInfo={false}
        aria-label={t('capacity', { active: profile.activeDeals, capacity: profile.capacity })}
      />
    </div>
  );
});

/** Field, stage and overdue filters; rendered again only when they change, not when a page of deals arrives. */
const FilterBar = memo(function FilterBar({
  filters,
  clearable,
  narrow,
  onChange,
}: {
  filters: BoardFilters;
  /** The URL has a query string to clear. */
  clearable: boolean;
  narrow: boolean;
  onChange: (next: BoardFilters) => void;
}) {
  const { t } = useTranslation('broker');
  const { t: td } = useTranslation('deals');
  const fields = useIndustryFields();
  const fieldOptions = useMemo(
    () => [
      ...fields.chains.map((chain) => ({ value: chain.code, label: chain.name })),
      ...fields.fields.map((field) => ({ value: field.code, label: `· ${field.name}` })),
    ],
    [fields],
  );
  const update = (next: Partial<BoardFilters>) => onChange({ ...filters, ...next });
  return (
    <section aria-label={t('filter.label')}>
      <Space wrap>
        <LazySelect
          aria-label={t('filter.field')}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('filter.anyField')}
          value={filters.field ?? undefined}
          onChange={(value?: string) => update({ field: value ?? null })}
          options={fieldOptions}
          style={{ width: narrow ? 300 : 240 }}
        />
        <LazySelect
          aria-label={t('filter.stage')}
          mode="multiple"
          allowClear
          placeholder={t('filter.anyStage')}
          value={filters.stages}
          onChange={(value: DealStage[]) => update({ stages: value })}
          options={BOARD_STAGES.map((stage) => ({ value: stage, label: td(`stage.${stage}`) }))}
          style={{ width: narrow ? 300 : 320 }}
        />
        <label>
          <Switch checked={filters.overdue} onChange={(checked) => update({ overdue: checked })} aria-label={t('filter.overdue')} /> {t('filter.overdue')}
        </label>
        {clearable && <Button onClick={() => onChange({ field: null, stages: [], overdue: false })}>{t('filter.clear')}</Button>}
      </Space>
    </section>
  );
});

/** The broker's deals as a board by stage, filters in the URL, and the workload against the limit. */
export default function WorkbenchPage() {
  const { t } = useTranslation('broker');
  const narrow = useIsNarrow();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed on the query string: a new object per render would refetch the board every time.
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const filter = useMemo(() => dealFilter(filters), [filters]);
  const { deals, fetching, complete, error } = useBoardDeals(filter, 0);
  const shown = useMemo(() => (filters.stages.length ? BOARD_STAGES.filter((stage) => filters.stages.includes(stage)) : BOARD_STAGES), [filters]);
  const onChange = useCallback((next: BoardFilters) => setParams(writeFilters(next), { replace: true }), [setParams]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('title.board')}
      </Typography.Title>
      <Capacity />
      <FilterBar filters={filters} clearable={search !== ''} narrow={narrow} onChange={onChange} />
      <QueryState fetching={fetching} error={error} empty={deals.length === 0} emptyText={t('empty.board')}>
        <BoardColumns deals={deals} stages={shown} complete={complete} narrow={narrow} />
      </QueryState>
    </Space>
  );
}
