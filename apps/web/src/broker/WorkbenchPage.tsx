import './messages';
import '../deals/messages';
import './board.css';
import { Button, Progress, Select, Space, Switch, Tag, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isDealOverdue } from '../deals/dates';
import { STAGE_COLORS } from '../deals/stage-colors';
import type { DealStage } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { formatDate } from '../research/format';
import { useIsNarrow } from '../research/useIsNarrow';
import { BOARD_STAGES, dealFilter, groupByStage, readFilters, writeFilters, type BoardFilters } from './board';
import { MyCapacityQuery } from './documents';
import { useBoardDeals, type BoardDeal } from './useBoardDeals';

// Memoised: a card already shown is not rendered again when the next page of the board arrives.
const DealCard = memo(function DealCard({ deal }: { deal: BoardDeal }) {
  const { t, i18n } = useTranslation('broker');
  const overdue = isDealOverdue(deal.dueAt);
  return (
    <li data-testid="board-card" data-overdue={overdue ? 'true' : 'false'} className="tb-board-card">
      <Link to={`/deals/${deal.id}`} className="tb-board-card-title">
        {deal.result.title}
        {deal.need ? ` ↔ ${deal.need.title}` : ''}
      </Link>
      <div className="tb-board-card-parties">
        {deal.result.owner.name}
        {deal.need ? ` · ${deal.need.enterprise.name}` : ''}
      </div>
      <div className="tb-board-card-meta">
        <span>{deal.match ? t('card.score', { score: Math.round(deal.match.score) }) : t('card.noScore')}</span>
        {deal.dueAt && <span>· {t('card.due', { date: formatDate(deal.dueAt, i18n.language) })}</span>}
        {overdue && <span className="tb-board-overdue">{t('card.overdue')}</span>}
      </div>
    </li>
  );
});

/** The broker's deals as a board by stage, filters in the URL, and the workload against the limit. */
export default function WorkbenchPage() {
  const { t } = useTranslation('broker');
  const { t: td } = useTranslation('deals');
  const narrow = useIsNarrow();
  const fields = useIndustryFields();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const search = params.toString();
  // Keyed on the query string: a new object per render would refetch the board every time.
  const filter = useMemo(() => dealFilter(readFilters(new URLSearchParams(search))), [search]);
  const { deals, fetching, complete, error } = useBoardDeals(filter, 0);
  const [{ data: me }] = useQuery({ query: MyCapacityQuery, requestPolicy: 'cache-and-network' });
  const profile = me?.me.brokerProfile;
  const columns = groupByStage(deals);
  const shown = filters.stages.length ? BOARD_STAGES.filter((stage) => filters.stages.includes(stage)) : BOARD_STAGES;
  const update = (next: Partial<BoardFilters>) => setParams(writeFilters({ ...filters, ...next }), { replace: true });
  const fieldOptions = [
    ...fields.chains.map((chain) => ({ value: chain.code, label: chain.name })),
    ...fields.fields.map((field) => ({ value: field.code, label: `· ${field.name}` })),
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('title.board')}
      </Typography.Title>
      {profile && (
        <div data-testid="capacity" style={{ maxWidth: 420 }}>
          <Typography.Text strong>{t('capacityLabel')}: </Typography.Text>
          <span>{t('capacity', { active: profile.activeDeals, capacity: profile.capacity })}</span>
          <Progress
            percent={profile.capacity ? Math.round((profile.activeDeals / profile.capacity) * 100) : 0}
            showInfo={false}
            aria-label={t('capacity', { active: profile.activeDeals, capacity: profile.capacity })}
          />
        </div>
      )}
      <section aria-label={t('filter.label')}>
        <Space wrap>
          <Select
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
          <Select
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
          {params.toString() && <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('filter.clear')}</Button>}
        </Space>
      </section>
      <QueryState fetching={fetching} error={error} empty={deals.length === 0} emptyText={t('empty.board')}>
        <div
          data-testid="board"
          data-count={deals.length}
          data-complete={complete ? 'true' : 'false'}
          aria-busy={!complete}
          style={{ display: 'grid', gap: 12, gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : `repeat(${shown.length}, minmax(0, 1fr))` }}
        >
          {shown.map((stage) => (
            <section
              key={stage}
              aria-labelledby={`col-${stage}`}
              data-testid={`column-${stage}`}
              style={{ background: '#f5f5f5', borderRadius: 8, padding: 8, minWidth: 0 }}
            >
              <h2 id={`col-${stage}`} style={{ fontSize: 15, margin: '0 0 8px' }}>
                <Tag color={STAGE_COLORS[stage]}>{td(`stage.${stage}`)}</Tag> {t('card.count', { count: columns[stage].length })}
              </h2>
              {columns[stage].length === 0 ? (
                <Typography.Text type="secondary">{t('empty.column')}</Typography.Text>
              ) : (
                <ul style={{ padding: 0, margin: 0 }}>
                  {columns[stage].map((deal) => (
                    <DealCard key={deal.id} deal={deal} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </QueryState>
    </Space>
  );
}
