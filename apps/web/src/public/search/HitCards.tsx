import { Progress } from 'antd';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPriceRange, formatYuan } from '../../components/format';
import { Highlighted } from '../../components/Highlighted';
import { currentLanguage } from '../../i18n';
import type { SearchNeedsQuery, SearchResultsQuery } from '../../gql/graphql';
import type { FieldNames } from '../useIndustryFields';

type ResultHit = SearchResultsQuery['searchResults']['hits'][number];
type NeedHit = SearchNeedsQuery['searchNeeds']['hits'][number];

/**
 * A hit card is plain markup styled like antd's small Card and Tag (styles.css): a page of hits is
 * re-rendered on every keystroke, and the antd components (context reads, wave and resize
 * observers, the two-line ellipsis measured in script) made up most of that render.
 */
function HitTag({ color, children }: { color?: 'blue' | 'gold' | 'purple' | 'green' | 'magenta'; children: ReactNode }) {
  return <span className={color ? `tb-tag tb-tag-${color}` : 'tb-tag'}>{children}</span>;
}

function ResultHitCardView({ hit, fieldNames }: { hit: ResultHit; fieldNames: FieldNames }) {
  const { t } = useTranslation();
  const { result } = hit;
  const language = currentLanguage();
  return (
    <article className="tb-hit" data-testid="result-hit">
      <h3 className="tb-hit-title">
        <Link to={`/results/${result.id}`}>
          <Highlighted html={hit.highlightTitle} text={result.title} />
        </Link>
      </h3>
      <div className="tb-hit-tags">
        <HitTag color="blue">{fieldNames.name(result.fieldCode)}</HitTag>
        <HitTag>{t('catalog.trlShort', { trl: result.trl })}</HitTag>
        {result.transferModes.map((mode) => (
          <HitTag key={mode}>{t(`transferMode.${mode}`)}</HitTag>
        ))}
        {result.visibility === 'TEASER' && <HitTag color="gold">NDA</HitTag>}
        {result.needsPilot && <HitTag color="purple">{t('catalog.needsPilot')}</HitTag>}
      </div>
      <p className="tb-hit-summary">
        <Highlighted html={hit.highlightSummary} text={result.summary} />
      </p>
      <div className="tb-hit-meta">
        <span>
          {result.owner.name}
          {result.owner.district ? ` · ${result.owner.district}` : ''}
        </span>
        <strong>{formatPriceRange(result.askingPrice, language, t)}</strong>
      </div>
    </article>
  );
}

function NeedHitCardView({ hit, fieldNames }: { hit: NeedHit; fieldNames: FieldNames }) {
  const { t } = useTranslation();
  const { need } = hit;
  const language = currentLanguage();
  const collective = need.collective;
  return (
    <article className="tb-hit" data-testid="need-hit">
      <h3 className="tb-hit-title">
        <Link to={`/needs/${need.id}`}>
          <Highlighted html={hit.highlightTitle} text={need.title} />
        </Link>
      </h3>
      <div className="tb-hit-tags">
        <HitTag color="blue">{fieldNames.name(need.fieldCode)}</HitTag>
        <HitTag color={need.status === 'PUBLISHED' ? 'green' : undefined}>{t(`needStatus.${need.status}`)}</HitTag>
        {need.minTrl && <HitTag>{t('catalog.trlShort', { trl: `≥${need.minTrl}` })}</HitTag>}
        {collective && <HitTag color="magenta">{t('catalog.collective')}</HitTag>}
        {need.visibility === 'TEASER' && <HitTag color="gold">NDA</HitTag>}
      </div>
      <p className="tb-hit-summary">
        <Highlighted html={hit.highlightSummary} text={need.summary} />
      </p>
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
    </article>
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
