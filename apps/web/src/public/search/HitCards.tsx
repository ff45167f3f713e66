import { Card, Progress, Space, Tag, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPriceRange, formatYuan } from '../../components/format';
import { Highlighted } from '../../components/Highlighted';
import { currentLanguage } from '../../i18n';
import type { SearchNeedsQuery, SearchResultsQuery } from '../../gql/graphql';
import type { FieldNames } from '../useIndustryFields';

type ResultHit = SearchResultsQuery['searchResults']['hits'][number];
type NeedHit = SearchNeedsQuery['searchNeeds']['hits'][number];

function ResultHitCardView({ hit, fieldNames }: { hit: ResultHit; fieldNames: FieldNames }) {
  const { t } = useTranslation();
  const { result } = hit;
  const language = currentLanguage();
  return (
    <Card size="small" className="tb-hit" data-testid="result-hit">
      <h3 className="tb-hit-title">
        <Link to={`/results/${result.id}`}>
          <Highlighted html={hit.highlightTitle} text={result.title} />
        </Link>
      </h3>
      <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
        <Tag color="blue">{fieldNames.name(result.fieldCode)}</Tag>
        <Tag>{t('catalog.trlShort', { trl: result.trl })}</Tag>
        {result.transferModes.map((mode) => (
          <Tag key={mode}>{t(`transferMode.${mode}`)}</Tag>
        ))}
        {result.visibility === 'TEASER' && <Tag color="gold">NDA</Tag>}
        {result.needsPilot && <Tag color="purple">{t('catalog.needsPilot')}</Tag>}
      </Space>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
        <Highlighted html={hit.highlightSummary} text={result.summary} />
      </Typography.Paragraph>
      <div className="tb-hit-meta">
        <span>
          {result.owner.name}
          {result.owner.district ? ` · ${result.owner.district}` : ''}
        </span>
        <strong>{formatPriceRange(result.askingPrice, language, t)}</strong>
      </div>
    </Card>
  );
}

function NeedHitCardView({ hit, fieldNames }: { hit: NeedHit; fieldNames: FieldNames }) {
  const { t } = useTranslation();
  const { need } = hit;
  const language = currentLanguage();
  const collective = need.collective;
  return (
    <Card size="small" className="tb-hit" data-testid="need-hit">
      <h3 className="tb-hit-title">
        <Link to={`/needs/${need.id}`}>
          <Highlighted html={hit.highlightTitle} text={need.title} />
        </Link>
      </h3>
      <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
        <Tag color="blue">{fieldNames.name(need.fieldCode)}</Tag>
        <Tag color={need.status === 'PUBLISHED' ? 'green' : undefined}>{t(`needStatus.${need.status}`)}</Tag>
        {need.minTrl && <Tag>{t('catalog.trlShort', { trl: `≥${need.minTrl}` })}</Tag>}
        {collective && <Tag color="magenta">{t('catalog.collective')}</Tag>}
        {need.visibility === 'TEASER' && <Tag color="gold">NDA</Tag>}
      </Space>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
        <Highlighted html={hit.highlightSummary} text={need.summary} />
      </Typography.Paragraph>
      {collective && (
        <Progress
          percent={Math.min(100, Math.round((Number(collective.pledgedAmount) / Math.max(1, Number(collective.targetAmount))) * 100))}
          size="small"
          aria-label={t('need.pledged', { pledged: formatYuan(collective.pledgedAmount, language), target: formatYuan(collective.targetAmount, language) })}
        />
      )}
      <div className="tb-hit-meta">
        <span>
          {need.enterprise.name}
          {need.enterprise.district ? ` · ${need.enterprise.district}` : ''}
        </span>
        <strong>{formatPriceRange(need.budget, language, t)}</strong>
      </div>
    </Card>
  );
}

/**
 * Each answer is a new object, but the next keystroke's words often bring back the same hit with
 * the same highlights: such a card is not rendered again.
 */
function sameHit<H>(before: { hit: H; fieldNames: FieldNames }, after: { hit: H; fieldNames: FieldNames }): boolean {
  return before.fieldNames === after.fieldNames && (before.hit === after.hit || JSON.stringify(before.hit) === JSON.stringify(after.hit));
}

export const ResultHitCard = memo(ResultHitCardView, sameHit);
export const NeedHitCard = memo(NeedHitCardView, sameHit);
