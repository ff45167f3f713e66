import { App as AntApp, Button, Card, Descriptions, List, Progress, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/useSession';
import { formatDate, formatPriceRange, formatYuan } from '../components/format';
import { PageState } from '../components/PageState';
import { generalMessage } from '../components/server-errors';
import { graphql } from '../gql';
import { AttachmentList } from '../files/AttachmentList';
import { currentLanguage } from '../i18n';
import { NdaGate } from './NdaGate';
import { useIndustryFields } from './useIndustryFields';

// The pledge form (antd's Form and InputNumber) loads only where a pledge may be made, behind a
// box of its one-row height.
const PledgeForm = lazy(() => import('./PledgeForm'));

export const PublicNeedFields = graphql(`
  fragment PublicNeedFields on TechNeed {
    id
    title
    summary
    description
    keywords
    fieldCode
    minTrl
    preferredModes
    status
    visibility
    deadline
    publishedAt
    budget {
      min
      max
      negotiable
    }
    enterprise {
      id
      name
      district
    }
    attachments {
      ...AttachmentFields
    }
    collective {
      targetAmount
      pledgedAmount
      funded
      fundedAt
      pledges {
        amount
        pledgedAt
        organization {
          id
          name
        }
      }
    }
  }
`);

const NeedDocument = graphql(`
  query PublicNeed($id: ID!) {
    need(id: $id) {
      ...PublicNeedFields
    }
  }
`);

const AcceptNeedNdaDocument = graphql(`
  mutation AcceptNeedNda($id: ID!) {
    acceptNeedNda(id: $id) {
      ...PublicNeedFields
    }
  }
`);

const PledgeDocument = graphql(`
  mutation PledgeToNeed($needId: ID!, $amount: Money!) {
    pledgeToNeed(needId: $needId, amount: $amount) {
      ...PublicNeedFields
    }
  }
`);

/** A need's public page; a collective R&D need shows its pledges against the target and takes pledges. */
export default function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const fieldNames = useIndustryFields();
  const { user } = useSession();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NeedDocument, variables: { id } });
  const [nda, acceptNda] = useMutation(AcceptNeedNdaDocument);
  const [pledge, pledgeToNeed] = useMutation(PledgeDocument);
  const need = pledge.data?.pledgeToNeed ?? nda.data?.acceptNeedNda ?? data?.need;

  if (!need) {
    return (
      <PageState
        loading={fetching}
        error={error ? error.message : undefined}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        empty={!fetching && !error}
        emptyText={t('need.notFound')}
      />
    );
  }
  const collective = need.collective;
  const percent = collective ? Math.min(100, Math.round((Number(collective.pledgedAmount) / Math.max(1, Number(collective.targetAmount))) * 100)) : 0;
  const teaserLocked = need.visibility === 'TEASER' && need.description === null;
  const canPledge = collective && !collective.funded && need.status === 'PUBLISHED';

  const sendPledge = async (amount: string) => (await pledgeToNeed({ needId: need.id, amount })).error;

  return (
    <article>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {need.title}
      </Typography.Title>
      <Space size={[4, 4]} wrap style={{ marginBottom: 16 }}>
        <Tag color="blue">{fieldNames.name(need.fieldCode)}</Tag>
        <Tag color={need.status === 'PUBLISHED' ? 'green' : undefined}>{t(`needStatus.${need.status}`)}</Tag>
        {collective && <Tag color="magenta">{t('catalog.collective')}</Tag>}
        {need.visibility === 'TEASER' && <Tag color="gold">{t('visibility.TEASER')}</Tag>}
      </Space>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('catalog.summary')}
        </Typography.Title>
        <Typography.Paragraph>{need.summary}</Typography.Paragraph>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label={t('catalog.enterprise')}>
            {need.enterprise.name}
            {need.enterprise.district ? ` · ${need.enterprise.district}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.budget')}>{formatPriceRange(need.budget, language, t)}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.preferredModes')}>
            {need.preferredModes.map((mode) => t(`transferMode.${mode}`)).join('、') || t('common.any')}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.minTrl')}>{need.minTrl ?? t('common.any')}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.publishedAt')}>{formatDate(need.publishedAt, language)}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.deadline')}>{need.deadline ? formatDate(need.deadline, language) : t('common.any')}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.keywords')} span={2}>
            {need.keywords.join('、')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {collective && (
        <Card style={{ marginBottom: 16 }} data-testid="collective">
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('need.collectiveTitle')}
          </Typography.Title>
          <Progress percent={percent} status={collective.funded ? 'success' : 'active'} aria-label={t('need.collectiveTitle')} />
          <Typography.Paragraph strong>
            {t('need.pledged', { pledged: formatYuan(collective.pledgedAmount, language), target: formatYuan(collective.targetAmount, language) })}
            {collective.funded && ` · ${t('need.funded')}`}
          </Typography.Paragraph>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('need.pledges')}
          </Typography.Title>
          <List
            size="small"
            locale={{ emptyText: t('need.noPledges') }}
            dataSource={collective.pledges}
            renderItem={(item) => (
              <List.Item>
                <span>{item.organization.name}</span>
                <span>
                  {formatYuan(item.amount, language)} · {formatDate(item.pledgedAt, language)}
                </span>
              </List.Item>
            )}
          />
          {canPledge && user?.roles.includes('ENTERPRISE') && need.enterprise.id !== user.organization?.id && (
            <Suspense fallback={<div aria-busy="true" style={{ marginTop: 12, minHeight: 32 }} />}>
              <PledgeForm needId={need.id} pledging={pledge.fetching} onPledge={sendPledge} onPledged={() => void message.success(t('need.pledged_ok'))} />
            </Suspense>
          )}
          {canPledge && !user && (
            <Button style={{ marginTop: 12 }} onClick={() => void navigate(`/login?next=${encodeURIComponent(location.pathname)}`)}>
              {t('need.signInToPledge')}
            </Button>
          )}
        </Card>
      )}
      <AttachmentList files={need.attachments} locked={teaserLocked} />
      {teaserLocked ? (
        <NdaGate
          title={t('need.teaserTitle')}
          accepting={nda.fetching}
          error={nda.error ? generalMessage(nda.error) : undefined}
          onAccept={() => void acceptNda({ id: need.id })}
        />
      ) : (
        need.description !== null && (
          <Card data-testid="need-details">
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('catalog.description')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{need.description}</Typography.Paragraph>
          </Card>
        )
      )}
    </article>
  );
}
