import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatPriceRange } from '../components/format';
import { PageState } from '../components/PageState';
import { generalMessage } from '../components/server-errors';
import { AttachmentList } from '../files/AttachmentList';
import { currentLanguage } from '../i18n';
import { NdaGate } from './NdaGate';
import { AcceptNdaDocument, ResultDocument } from './result.documents';
import { useIndustryFields } from './useIndustryFields';

/** A result's public page: public fields for everyone; a TEASER's details after the NDA. */
export default function ResultPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const fieldNames = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ResultDocument, variables: { id } });
  const [accept, acceptNda] = useMutation(AcceptNdaDocument);
  const result = accept.data?.acceptResultNda ?? data?.result;

  if (!result) {
    return (
      <PageState
        loading={fetching}
        error={error ? error.message : undefined}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        empty={!fetching && !error}
        emptyText={t('result.notFound')}
      />
    );
  }
  const teaserLocked = result.visibility === 'TEASER' && result.description === null;
  return (
    <article>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {result.title}
      </Typography.Title>
      <Space size={[4, 4]} wrap style={{ marginBottom: 16 }}>
        <Tag color="blue">{fieldNames.name(result.fieldCode)}</Tag>
        <Tag>{t(`resultClass.${result.resultClass}`)}</Tag>
        <Tag>{t('catalog.trlShort', { trl: result.trl })}</Tag>
        {result.visibility === 'TEASER' && <Tag color="gold">{t('visibility.TEASER')}</Tag>}
        {result.needsPilot && <Tag color="purple">{t('catalog.needsPilot')}</Tag>}
      </Space>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('catalog.summary')}
        </Typography.Title>
        <Typography.Paragraph>{result.summary}</Typography.Paragraph>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label={t('catalog.owner')}>
            {result.owner.name}
            {result.owner.district ? ` · ${result.owner.district}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.askingPrice')}>{formatPriceRange(result.askingPrice, language, t)}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.transferModes')}>{result.transferModes.map((mode) => t(`transferMode.${mode}`)).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.publishedAt')}>{formatDate(result.publishedAt, language)}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.keywords')} span={2}>
            {result.keywords.join('、')}
          </Descriptions.Item>
          {result.evaluation && <Descriptions.Item label={t('result.evaluation')}>{result.evaluation.score}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {result.patents.length > 0 && (
        <Card style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('catalog.patents')}
          </Typography.Title>
          <List
            size="small"
            dataSource={result.patents}
            renderItem={(patent) => (
              <List.Item>
                <span>
                  <code>{patent.number}</code> {patent.title}
                </span>
                <Tag color={patent.granted ? 'green' : undefined}>{patent.granted ? t('catalog.patentGranted') : t('catalog.patentPending')}</Tag>
              </List.Item>
            )}
          />
        </Card>
      )}
      <AttachmentList files={result.attachments} locked={teaserLocked} />
      {teaserLocked ? (
        <NdaGate
          title={t('result.teaserTitle')}
          accepting={accept.fetching}
          error={accept.error ? generalMessage(accept.error) : undefined}
          onAccept={() => void acceptNda({ id: result.id })}
        />
      ) : (
        result.description !== null && (
          <Card data-testid="result-details">
            {accept.data && <Alert type="success" showIcon title={t('result.ndaAccepted')} style={{ marginBottom: 12 }} />}
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('catalog.description')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{result.description}</Typography.Paragraph>
          </Card>
        )
      )}
    </article>
  );
}
