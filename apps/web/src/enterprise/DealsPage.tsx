import './messages';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DealList } from '../deals/DealList';

/** Deals the enterprise is a party to, with their stage and broker; each opens the shared deal page. */
export default function DealsPage() {
  const { t } = useTranslation('enterprise');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('title.deals')}
      </Typography.Title>
      <DealList emptyText={t('empty.deals')} />
    </Space>
  );
}
