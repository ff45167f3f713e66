import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LazyTooltip } from '../components/LazyTooltip';
import { registerMessages } from '../i18n';
import { factorsEn, factorsZh } from './factors.i18n';

// The bars' own strings only: the deal page and the researcher's matches draw them without the workspace.
registerMessages('enterprise', { zh: factorsZh, en: factorsEn });

export interface FactorLike {
  factor: string;
  weight: number;
  value: number;
  contribution: number;
  reasonZh: string;
  reasonEn: string;
}

/**
 * Each factor's contribution to a match score as a bar: its length is the points it gave out of
 * the most it could give (100 × weight), beside the reason in the chosen language.
 */
export function FactorBars({ factors, compact }: { factors: readonly FactorLike[]; compact?: boolean }) {
  const { t, i18n } = useTranslation('enterprise');
  const english = i18n.language.startsWith('en');
  const sorted = [...factors].sort((a, b) => b.contribution - a.contribution);
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('detail.factors')}>
      {sorted.map((factor) => {
        const max = Math.round(factor.weight * 1000) / 10;
        const points = Math.round(factor.contribution * 10) / 10;
        const percent = max > 0 ? Math.round((factor.contribution / (factor.weight * 100)) * 100) : 0;
        // A factor newer than this console keeps its own name rather than showing a missing string.
        const name = i18n.exists(`enterprise:factor.${factor.factor}`) ? t(`factor.${factor.factor as 'text'}`) : factor.factor;
        const reason = english ? factor.reasonEn : factor.reasonZh;
        return (
          <li
            key={factor.factor}
            style={{
              display: 'grid',
              gridTemplateColumns: compact ? '5.5em 1fr' : 'minmax(5.5em, 7em) minmax(80px, 1fr) minmax(0, 2fr)',
              gap: '2px 12px',
              alignItems: 'center',
              marginBottom: 6,
            }}
          >
            <Typography.Text strong>{name}</Typography.Text>
            <LazyTooltip title={t('detail.contribution', { value: points, max })}>
              <Progress
                status="normal"
                percent={percent}
                size="small"
                format={() => `${points}`}
                aria-label={`${name}: ${t('detail.contribution', { value: points, max })}`}
                data-factor={factor.factor}
              />
            </LazyTooltip>
            <Typography.Text
              type="secondary"
              style={{
                gridColumn: compact ? '1 / -1' : undefined,
                fontSize: 13,
              }}
            >
              {reason}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
