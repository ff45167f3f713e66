import './messages';
import { Alert, App as AntApp, Button, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { generalMessage } from '../components/server-errors';
import { QueryState } from '../research/QueryState';
import { checkCreditCode } from './credit-code';
import { AdminOrganizationsQuery, DeactivateOrganizationMutation, VerifyOrganizationMutation } from './documents';
import { LazyPopconfirm } from '../components/LazyPopconfirm';

type Filter = 'pending' | 'verified' | 'inactive' | 'all';
const FILTERS: Record<Filter, { verified?: boolean; active?: boolean }> = {
  pending: { verified: false, active: true },
  verified: { verified: true },
  inactive: { active: false },
  all: {},
};

/** Administrators: verify organizations (their credit code checked in place), deactivate and reactivate them. */
export default function OrganizationsPage() {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<Filter>('pending');
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdminOrganizationsQuery,
    variables: { first: 50, ...FILTERS[filter], search: search || null },
    requestPolicy: 'cache-and-network',
  });
  const [verifyState, verify] = useMutation(VerifyOrganizationMutation);
  const [deactivateState, deactivate] = useMutation(DeactivateOrganizationMutation);
  const [actionError, setActionError] = useState<string>();
  const rows = data?.organizations.edges.map((edge) => edge.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const act = async (kind: 'verify' | 'deactivate', id: string, name: string) => {
    const response = kind === 'verify' ? await verify({ id }) : await deactivate({ id });
    if (response.error) return setActionError(generalMessage(response.error));
    setActionError(undefined);
    void message.success(t(kind === 'verify' ? 'orgs.verifiedDone' : 'orgs.deactivatedDone', { name }));
    reload();
  };

  const codeLine = (code: string | null | undefined) => {
    const check = checkCreditCode(code);
    if (check.ok) return <Tag color="green">{t('orgs.codeOk')}</Tag>;
    if (check.problem === 'checkChar') return <Tag color="red">{t('orgs.codeCheck', { expected: check.expected })}</Tag>;
    if (check.problem === 'missing') return <Tag>{t('orgs.codeMissing')}</Tag>;
    return <Tag color="red">{t('orgs.codeShape')}</Tag>;
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('orgs.title')}
      </Typography.Title>
      <Space wrap>
        <Segmented<Filter>
          aria-label={t('orgs.title')}
          value={filter}
          onChange={setFilter}
          options={(['pending', 'verified', 'inactive', 'all'] as Filter[]).map((value) => ({ value, label: t(`orgs.filter.${value}`) }))}
        />
        <Input.Search
          aria-label={t('orgs.searchPlaceholder')}
          placeholder={t('orgs.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          onSearch={(value) => setSearch(value.trim())}
          style={{ maxWidth: 360 }}
        />
      </Space>
      {actionError && <Alert type="error" showIcon message={actionError} />}
      <QueryState fetching={fetching} error={error} empty={!data || rows.length === 0} emptyText={t('orgs.empty')} onRetry={reload}>
        <List
          dataSource={rows}
          renderItem={(org) => (
            <List.Item key={org.id} data-testid="org-row">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {org.name}
                </Typography.Text>
                <Space wrap>
                  <Tag>{t(`orgs.kind.${org.kind}`)}</Tag>
                  {org.district && <Tag>{org.district}</Tag>}
                  {org.keyPlatform && <Tag color="purple">{t('orgs.keyPlatform')}</Tag>}
                  {org.deactivatedAt ? (
                    <Tag color="default">{t('orgs.inactive')}</Tag>
                  ) : org.verified ? (
                    <Tag color="green">{t('orgs.verified')}</Tag>
                  ) : (
                    <Tag color="orange">{t('orgs.pending')}</Tag>
                  )}
                </Space>
                <Space wrap>
                  <Typography.Text>
                    {t('orgs.creditCode')}: <Typography.Text code>{org.creditCode ?? '—'}</Typography.Text>
                  </Typography.Text>
                  {codeLine(org.creditCode)}
                </Space>
                <Space wrap>
                  {!org.verified && (
                    <Button type="primary" loading={verifyState.fetching} onClick={() => void act('verify', org.id, org.name)}>
                      {org.deactivatedAt ? t('orgs.reactivate') : t('orgs.verify')}
                    </Button>
                  )}
                  {!org.deactivatedAt && (
                    <LazyPopconfirm
                      title={t('orgs.deactivateConfirm')}
                      okText={t('orgs.deactivate')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => act('deactivate', org.id, org.name)}
                    >
                      <Button danger loading={deactivateState.fetching}>
                        {t('orgs.deactivate')}
                      </Button>
                    </LazyPopconfirm>
                  )}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </QueryState>
    </Space>
  );
}
