import './messages';
import { Alert, App as AntApp, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { generalMessage } from '../components/server-errors';
import { AssignableBrokersQuery, AssignBrokerMutation } from './documents';
import { LazySelect } from '../components/LazySelect';

/**
 * An administrator names or replaces a deal's broker, choosing among certified brokers with a
 * free slot (the server refuses a full one anyway).
 */
export function AssignBroker({ dealId, current, onAssigned }: { dealId: string; current?: { id: string } | null; onAssigned: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = AntApp.useApp();
  const [{ data, fetching }, refetchBrokers] = useQuery({ query: AssignableBrokersQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: assigning, error }, assign] = useMutation(AssignBrokerMutation);
  const [picked, setPicked] = useState<string>();
  const brokers = (data?.certifiedBrokers ?? []).filter((broker) => broker.id !== current?.id);
  const label = current ? t('assign.reassign') : t('assign.title');
  const selectId = `assign-${dealId}`;

  const submit = async () => {
    if (!picked) return;
    const response = await assign({ dealId, brokerId: picked });
    if (response.error) return;
    void message.success(t('assign.done', { name: response.data?.assignBroker.broker?.displayName ?? '' }));
    setPicked(undefined);
    refetchBrokers({ requestPolicy: 'network-only' });
    onAssigned();
  };

  return (
    <Card size="small" title={<label htmlFor={selectId}>{label}</label>} data-testid="assign-broker">
      {error && <Alert type="error" showIcon message={generalMessage(error)} style={{ marginBottom: 8 }} />}
      {!fetching && brokers.length === 0 ? (
        <Alert type="info" message={t('assign.noneFree')} />
      ) : (
        <Space.Compact style={{ width: '100%', maxWidth: 520 }}>
          <LazySelect
            id={selectId}
            aria-label={label}
            value={picked}
            onChange={setPicked}
            placeholder={t('assign.pick')}
            loading={fetching}
            style={{ flex: 1, minWidth: 0 }}
            options={brokers.map((broker) => ({
              value: broker.id,
              label: t('assign.option', {
                name: broker.displayName,
                active: broker.brokerProfile?.activeDeals ?? 0,
                capacity: broker.brokerProfile?.capacity ?? 0,
              }),
            }))}
          />
          <Button type="primary" disabled={!picked} loading={assigning} onClick={() => void submit()}>
            {t('assign.submit')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
