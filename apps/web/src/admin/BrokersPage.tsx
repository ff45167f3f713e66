import './messages';
import { App as AntApp, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorCode, generalMessage } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import type { AdminCertifiedBrokersQuery, BrokerLevel } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import { CertifiedBrokersQuery, CertifyBrokerMutation, DeactivateBrokerMutation } from './documents';
import { UserPicker } from './UserPicker';
import { LazySelect } from '../components/LazySelect';
import { LazyPopconfirm } from '../components/LazyPopconfirm';
import { LazyInputNumber } from '../components/LazyInputNumber';
import { FormError } from '../components/FormError';

type Broker = AdminCertifiedBrokersQuery['certifiedBrokers'][number];
const LEVELS: BrokerLevel[] = ['JUNIOR', 'INTERMEDIATE', 'SENIOR'];

interface CertifyValues {
  userId: string;
  level: BrokerLevel;
  fieldCodes: string[];
  capacity: number;
  trainingHours: number;
  certificateNo?: string;
}

/** Administrators: certify brokers (level, fields, capacity, training hours), change a certification, deactivate. */
export default function BrokersPage() {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CertifiedBrokersQuery, requestPolicy: 'cache-and-network' });
  const [, deactivate] = useMutation(DeactivateBrokerMutation);
  const [actionError, setActionError] = useState<string>();
  const [editing, setEditing] = useState<Broker>();
  const brokers = data?.certifiedBrokers ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const doDeactivate = async (broker: Broker) => {
    const response = await deactivate({ userId: broker.id });
    if (response.error) return setActionError(errorCode(response.error) === 'CONFLICT' ? t('brokers.openDeals') : generalMessage(response.error));
    setActionError(undefined);
    void message.success(t('brokers.deactivatedDone', { name: broker.displayName }));
    reload();
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('brokers.title')}
      </Typography.Title>
      <CertifyForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onDone={() => {
          setEditing(undefined);
          reload();
        }}
        onCancel={() => setEditing(undefined)}
      />
      <section aria-labelledby="certified-brokers">
        <Typography.Title level={2} id="certified-brokers" style={{ fontSize: 18 }}>
          {t('brokers.certified')}
        </Typography.Title>
        <FormError error={actionError} />
        <QueryState fetching={fetching} error={error} empty={!data || brokers.length === 0} emptyText={t('brokers.empty')} onRetry={reload}>
          <List
            dataSource={brokers}
            renderItem={(broker) => (
              <List.Item key={broker.id} data-testid="broker-row">
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {broker.displayName} · {broker.email}
                  </Typography.Text>
                  {broker.brokerProfile && (
                    <Typography.Text>
                      {t('brokers.profile', {
                        level: t(`brokers.level.${broker.brokerProfile.level}`),
                        active: broker.brokerProfile.activeDeals,
                        capacity: broker.brokerProfile.capacity,
                        hours: broker.brokerProfile.trainingHours,
                      })}
                    </Typography.Text>
                  )}
                  <Space wrap>
                    {broker.brokerProfile?.fieldCodes.map((code) => (
                      <Tag key={code}>{fields.name(code)}</Tag>
                    ))}
                  </Space>
                  <Space wrap>
                    <Button onClick={() => setEditing(broker)}>{t('common.edit')}</Button>
                    <LazyPopconfirm
                      title={t('brokers.deactivateConfirm')}
                      okText={t('brokers.deactivate')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => doDeactivate(broker)}
                    >
                      <Button danger>{t('brokers.deactivate')}</Button>
                    </LazyPopconfirm>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </QueryState>
      </section>
    </Space>
  );
}

function CertifyForm({ editing, onDone, onCancel }: { editing?: Broker; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<CertifyValues>();
  const [{ fetching }, certify] = useMutation(CertifyBrokerMutation);
  const profile = editing?.brokerProfile;

  const submit = async ({ userId, certificateNo, ...input }: CertifyValues) => {
    setGeneralError(undefined);
    const response = await certify({ userId, input: { ...input, certificateNo: certificateNo?.trim() || null } });
    if (response.error) return applyError(response.error);
    void message.success(t('brokers.certifiedDone', { name: response.data?.certifyBroker.displayName ?? '' }));
    onDone();
  };

  const title = editing ? t('brokers.recertifyTitle', { name: editing.displayName }) : t('brokers.certifyTitle');
  return (
    <Card title={<span id="certify-title">{title}</span>} size="small">
      <Form
        {...formProps}
        aria-labelledby="certify-title"
        layout="vertical"
        initialValues={
          editing && profile
            ? {
                userId: editing.id,
                level: profile.level,
                fieldCodes: profile.fieldCodes,
                capacity: profile.capacity,
                trainingHours: profile.trainingHours,
                certificateNo: profile.certificateNo ?? undefined,
              }
            : { level: 'JUNIOR', capacity: 5, trainingHours: 0, fieldCodes: [] }
        }
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 640 }}
      >
        <FormError error={generalError} />
        <Form.Item name="userId" label={t('brokers.person')} rules={[{ required: true, message: t('brokers.person') }]}>
          <UserPicker
            aria-label={t('brokers.person')}
            placeholder={t('brokers.personPlaceholder')}
            withoutRole={editing ? undefined : 'BROKER'}
            known={editing ? [editing] : []}
          />
        </Form.Item>
        <Form.Item name="level" label={t('brokers.levelLabel')}>
          <LazySelect options={LEVELS.map((value) => ({ value, label: t(`brokers.level.${value}`) }))} />
        </Form.Item>
        <Form.Item name="fieldCodes" label={t('brokers.fields')}>
          <LazySelect
            mode="multiple"
            optionFilterProp="label"
            options={fields.fields.map((field) => ({ value: field.code, label: `${field.name} (${field.code})` }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="capacity" label={t('brokers.capacity')}>
            <LazyInputNumber />
          </Form.Item>
          <Form.Item name="trainingHours" label={t('brokers.trainingHours')}>
            <LazyInputNumber />
          </Form.Item>
        </Space>
        <Form.Item name="certificateNo" label={t('brokers.certificateNo')}>
          <Input maxLength={60} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('brokers.certify')}
          </Button>
          {editing && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        </Space>
      </Form>
    </Card>
  );
}
