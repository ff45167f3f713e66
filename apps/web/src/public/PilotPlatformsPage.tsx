import { Button, Card, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../components/format';
import { PageState } from '../components/PageState';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';
import { useIndustryFields } from './useIndustryFields';

const PilotPlatformsDocument = graphql(`
  query PublicPilotPlatforms($first: Int, $after: String, $fieldCode: String) {
    pilotPlatforms(first: $first, after: $after, fieldCode: $fieldCode) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          district
          fieldCodes
          capabilities
          priceNotes
          operator {
            id
            name
          }
          busyRanges {
            from
            to
          }
        }
      }
    }
  }
`);

const PAGE = 12;

function PlatformChunk({ fieldCode, after, isLast, onMore }: { fieldCode?: string; after?: string; isLast: boolean; onMore: (cursor: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fieldNames = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PilotPlatformsDocument, variables: { first: PAGE, after, fieldCode } });
  const platforms = data?.pilotPlatforms.edges.map((edge) => edge.node) ?? [];
  return (
    <PageState
      loading={fetching && !data}
      error={error && !data ? error.message : undefined}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      empty={!!data && !after && platforms.length === 0}
      emptyText={t('pilot.empty')}
    >
      <Row gutter={[16, 16]}>
        {platforms.map((platform) => (
          <Col xs={24} md={12} xl={8} key={platform.id}>
            <Card size="small" style={{ height: '100%' }} data-testid="pilot-card">
              <h2 className="tb-hit-title">{platform.name}</h2>
              <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
                {platform.fieldCodes.map((code) => (
                  <Tag color="blue" key={code}>
                    {fieldNames.name(code)}
                  </Tag>
                ))}
                {platform.district && <Tag>{platform.district}</Tag>}
              </Space>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary">{t('pilot.operator')}：</Typography.Text>
                {platform.operator.name}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary">{t('pilot.capabilities')}：</Typography.Text>
                {platform.capabilities.join('、')}
              </Typography.Paragraph>
              {platform.priceNotes && (
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  <Typography.Text type="secondary">{t('pilot.priceNotes')}：</Typography.Text>
                  {platform.priceNotes}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary">
                {platform.busyRanges.length === 0
                  ? t('pilot.free')
                  : `${t('pilot.busy')} ${platform.busyRanges
                      .slice(0, 2)
                      .map((range) => `${formatDate(range.from, language)} – ${formatDate(range.to, language)}`)
                      .join('；')}`}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      {isLast && data?.pilotPlatforms.pageInfo.hasNextPage && data.pilotPlatforms.pageInfo.endCursor && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => onMore(data.pilotPlatforms.pageInfo.endCursor!)}>{t('events.loadMore')}</Button>
        </div>
      )}
    </PageState>
  );
}

/** The pilot-scale platform catalogue, filterable by field or chain. */
export default function PilotPlatformsPage() {
  const { t } = useTranslation();
  const fieldNames = useIndustryFields();
  const [params, setParams] = useSearchParams();
  const fieldCode = params.get('field') ?? undefined;
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const options = [
    ...fieldNames.chains.map((chain) => ({ value: chain.code, label: chain.name })),
    ...fieldNames.fields.map((field) => ({ value: field.code, label: `${fieldNames.name(field.parentCode ?? '')} · ${field.name}` })),
  ];
  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('pilot.title')}
      </Typography.Title>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={fieldCode}
        placeholder={t('pilot.filterField')}
        aria-label={t('pilot.filterField')}
        style={{ width: '100%', maxWidth: 360, marginBottom: 16 }}
        options={options}
        onChange={(value?: string) => {
          setCursors([undefined]);
          setParams(value ? { field: value } : {}, { replace: true });
        }}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {cursors.map((cursor, index) => (
          <PlatformChunk
            key={`${fieldCode ?? ''}:${cursor ?? 'first'}`}
            fieldCode={fieldCode}
            after={cursor}
            isLast={index === cursors.length - 1}
            onMore={(next) => setCursors((list) => [...list, next])}
          />
        ))}
      </Space>
    </div>
  );
}
