import './messages';
import { List, Progress, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../research/format';
import { fundedPercent } from './money';

interface Funding {
  targetAmount: string;
  pledgedAmount: string;
  funded: boolean;
  pledges: {
    amount: string;
    pledgedAt?: string;
    organization: { id: string; name: string };
  }[];
}

/** A pooled need's target, what has been pledged against it, and by whom. */
export function CollectiveFunding({ funding }: { funding: Funding }) {
  const { t, i18n } = useTranslation('enterprise');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Statistic title={t('detail.target')} value={formatMoney(funding.targetAmount)} />
        <Statistic title={t('detail.pledged')} value={formatMoney(funding.pledgedAmount)} />
      </Space>
      <Progress percent={fundedPercent(funding)} status={funding.funded ? 'success' : 'active'} aria-label={t('detail.pledged')} />
      {funding.funded && <Typography.Text type="success">{t('detail.funded')}</Typography.Text>}
      <List
        size="small"
        header={<Typography.Text strong>{t('detail.pledgeOrg')}</Typography.Text>}
        locale={{ emptyText: t('empty.pledges') }}
        dataSource={funding.pledges}
        renderItem={(pledge) => (
          <List.Item
            key={pledge.organization.id}
            extra={pledge.pledgedAt ? <Typography.Text type="secondary">{formatDateTime(pledge.pledgedAt, i18n.language)}</Typography.Text> : undefined}
          >
            <Space wrap>
              <span>{pledge.organization.name}</span>
              <Typography.Text strong>{formatMoney(pledge.amount)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
