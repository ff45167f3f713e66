import './messages';
import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DealStage } from '../gql/graphql';
import { formatDateTime } from '../research/format';

interface ChangeLike {
  from?: DealStage | null;
  to: DealStage;
  note?: string | null;
  at: string;
  by: { id: string; displayName: string };
}

/** The deal's audit trail, oldest first: who moved it, when, and the note they left. */
export function DealTimeline({ history }: { history: readonly ChangeLike[] }) {
  const { t, i18n } = useTranslation('deals');
  return (
    <Card title={t('history.title')} size="small">
      <Timeline
        data-testid="deal-history"
        items={history.map((change, index) => ({
          key: `${change.at}-${index}`,
          color: change.to === 'LOST' ? 'gray' : change.to === 'CONTRACT_SIGNED' ? 'green' : 'blue',
          children: (
            <div data-testid="history-row">
              <div>
                {change.from
                  ? t('history.moved', { who: change.by.displayName, from: t(`stage.${change.from}`), to: t(`stage.${change.to}`) })
                  : t('history.opened', { who: change.by.displayName, to: t(`stage.${change.to}`) })}
              </div>
              <Typography.Text type="secondary">{formatDateTime(change.at, i18n.language)}</Typography.Text>
              {change.note && <div style={{ overflowWrap: 'anywhere' }}>{change.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
