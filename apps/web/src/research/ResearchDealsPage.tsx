import './messages';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DealList } from '../deals/DealList';

/** Deals on the organization's results; each opens the shared deal page. */
export default function ResearchDealsPage() {
  const { t } = useTranslation('research');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('nav.deals')}
      </Typography.Title>
      <DealList />
    </Space>
  );
}
