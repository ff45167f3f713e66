import './messages';
import { App as AntApp, Button, Card, Checkbox, Form, Input, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LazyDatePicker } from '../components/LazyDatePicker';
import { useServerForm } from '../components/useServerForm';
import type { FollowUpChannel } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { formatDate } from '../research/format';
import { isNextActionOverdue, shanghaiToday } from './dates';
import { EnterpriseFollowUpsQuery, RecordFollowUpMutation } from './documents';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

const CHANNELS: FollowUpChannel[] = ['VISIT', 'PHONE', 'ONLINE', 'MEETING', 'OTHER'];

interface Values {
  channel?: FollowUpChannel;
  happenedOn?: Dayjs;
  notes?: string;
  nextAction?: string;
  nextActionOn?: Dayjs;
  discoveredNeeds?: string[];
  makeDrafts?: boolean;
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * The broker's one-on-one service records with the deal's enterprise, newest first, overdue next
 * actions marked; the broker of record adds one, and needs discovered in it can become draft needs
 * of the enterprise in the deal's field (recordFollowUp's draftNeedFieldCode).
 */
export function FollowUps({ enterprise, fieldCode, canRecord }: { enterprise: { id: string; name: string }; fieldCode: string; canRecord: boolean }) {
  const { t, i18n } = useTranslation('deals');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EnterpriseFollowUpsQuery,
    variables: { enterpriseId: enterprise.id, first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: saving }, record] = useMutation(RecordFollowUpMutation);
  const { form, formProps, applyError, generalError, clearDraft } = useServerForm<Values>();
  const today = shanghaiToday();
  const rows = data?.myFollowUps.edges.map((edge) => edge.node) ?? [];

  const submit = async (values: Values) => {
    const needs = (values.discoveredNeeds ?? []).map((need) => need.trim()).filter(Boolean);
    const response = await record({
      input: {
        enterpriseId: enterprise.id,
        channel: values.channel!,
        happenedOn: day(values.happenedOn) ?? today,
        notes: values.notes ?? '',
        nextAction: values.nextAction?.trim() || null,
        nextActionOn: day(values.nextActionOn),
        discoveredNeeds: needs,
        draftNeedFieldCode: values.makeDrafts && needs.length > 0 ? fieldCode : null,
      },
    });
    if (response.error) {
      applyError(response.error);
      return;
    }
    clearDraft();
    void message.success(values.makeDrafts && needs.length > 0 ? t('followUps.savedDrafts', { count: needs.length }) : t('followUps.saved'));
    form.resetFields();
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title={t('followUps.title', { enterprise: enterprise.name })}>
        <QueryState
          fetching={fetching}
          error={error}
          empty={rows.length === 0}
          emptyText={t('followUps.empty')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        >
          <List
            dataSource={rows}
            renderItem={(row) => {
              const overdue = isNextActionOverdue(row.nextActionOn, today);
              return (
                <List.Item
                  key={row.id}
                  data-testid="follow-up"
                  data-overdue={overdue ? 'true' : 'false'}
                  style={overdue ? { background: '#fff1f0', borderLeft: '4px solid #a8071a', paddingLeft: 8 } : undefined}
                >
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    <Space wrap size={4}>
                      <Tag>{t(`channel.${row.channel}`)}</Tag>
                      <Typography.Text type="secondary">
                        {t('followUps.by', { who: row.broker.displayName, date: formatDate(row.happenedOn, i18n.language) })}
                      </Typography.Text>
                      {overdue && <Tag color="#a8071a">{t('followUps.overdue')}</Tag>}
                    </Space>
                    {row.notes && <div style={{ overflowWrap: 'anywhere' }}>{row.notes}</div>}
                    {row.nextAction && row.nextActionOn && (
                      <div>{t('followUps.due', { action: row.nextAction, date: formatDate(row.nextActionOn, i18n.language) })}</div>
                    )}
                    {row.discoveredNeeds.length > 0 && <div>{t('followUps.needs', { needs: row.discoveredNeeds.join('；') })}</div>}
                  </Space>
                </List.Item>
              );
            }}
          />
        </QueryState>
      </Card>
      {canRecord && (
        <Card size="small" title={t('followUps.record')}>
          <Form
            {...formProps}
            layout="vertical"
            onFinish={(values) => void submit(values)}
            initialValues={{ channel: 'VISIT', happenedOn: dayjs(), makeDrafts: true }}
            style={{ maxWidth: 560 }}
          >
            <FormError error={generalError} />
            <Form.Item name="channel" label={t('followUps.channel')} rules={[{ required: true }]}>
              <LazySelect options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))} />
            </Form.Item>
            <Form.Item name="happenedOn" label={t('followUps.happenedOn')} rules={[{ required: true }]}>
              <LazyDatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="notes" label={t('followUps.notes')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="nextAction" label={t('followUps.nextAction')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="nextActionOn" label={t('followUps.nextActionOn')}>
              <LazyDatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="discoveredNeeds" label={t('followUps.discoveredNeeds')} extra={t('followUps.discoveredHelp')}>
              <LazySelect mode="tags" open={false} suffixIcon={null} tokenSeparators={['；', ';']} />
            </Form.Item>
            <Form.Item name="makeDrafts" valuePropName="checked">
              <Checkbox>{t('followUps.makeDrafts', { field: fields.name(fieldCode) })}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('followUps.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
