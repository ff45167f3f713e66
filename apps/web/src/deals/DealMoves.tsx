import './messages';
import { Alert, App as AntApp, Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useServerForm } from '../components/useServerForm';
import type { DealMoveMutation, DealStage } from '../gql/graphql';
import { AdvanceDealMutation } from './documents';

// The contract form (select, number and date inputs) loads once a deal may be signed; a box of
// its height holds its place meanwhile, so nothing below it moves.
const ContractForm = lazy(() => import('./ContractForm').then((module) => ({ default: module.ContractForm })));

interface MoveLike {
  to: DealStage;
  mutation: DealMoveMutation;
  reasonRequired: boolean;
}

interface Props {
  deal: { id: string; stage: DealStage; allowedMoves: readonly MoveLike[] };
  onMoved: () => void;
}

/**
 * The moves the server offers this caller from here, and nothing else: advanceDeal moves as
 * buttons (LOST asks its reason), the contract form when SIGN_CONTRACT is offered, a hint when
 * only the chat's offer acceptance leads on.
 */
export function DealMoves({ deal, onMoved }: Props) {
  const { t } = useTranslation('deals');
  const { message } = AntApp.useApp();
  const [target, setTarget] = useState<MoveLike | null>(null);
  const [{ fetching }, advance] = useMutation(AdvanceDealMutation);
  const { form, applyError, generalError, setGeneralError } = useServerForm<{ note?: string; lostReason?: string }>();
  const advances = deal.allowedMoves.filter((move) => move.mutation === 'ADVANCE_DEAL');
  const signing = deal.allowedMoves.some((move) => move.mutation === 'SIGN_CONTRACT');
  const accepting = deal.allowedMoves.find((move) => move.mutation === 'ACCEPT_OFFER');

  const choose = (move: MoveLike) => {
    form.resetFields();
    setGeneralError(undefined);
    setTarget(move);
  };
  const submit = async (values: { note?: string; lostReason?: string }) => {
    if (!target) return;
    const response = await advance({
      dealId: deal.id,
      input: { to: target.to, note: values.note?.trim() || null, lostReason: target.reasonRequired ? values.lostReason : null },
    });
    if (response.error) {
      applyError(response.error);
      return;
    }
    void message.success(t('moves.moved', { stage: t(`stage.${target.to}`) }));
    setTarget(null);
    onMoved();
  };

  return (
    <Card title={t('moves.title')} size="small" data-testid="deal-moves">
      {deal.allowedMoves.length === 0 && <Typography.Text type="secondary">{t('moves.none')}</Typography.Text>}
      <Space wrap>
        {advances.map((move) => (
          <Button key={move.to} type={move.reasonRequired ? 'default' : 'primary'} danger={move.reasonRequired} onClick={() => choose(move)}>
            {move.reasonRequired ? t('moves.lose') : t('moves.to', { stage: t(`stage.${move.to}`) })}
          </Button>
        ))}
      </Space>
      {accepting && !advances.some((move) => move.to === accepting.to) && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('moves.acceptInChat', { stage: t(`stage.${accepting.to}`) })}
        </Typography.Paragraph>
      )}
      {signing && (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('moves.sign')}
          </Typography.Title>
          <Suspense fallback={<div aria-busy="true" style={{ minHeight: 414, maxWidth: 560 }} />}>
            <ContractForm dealId={deal.id} onSigned={onMoved} />
          </Suspense>
        </div>
      )}
      <Modal
        open={!!target}
        title={target ? (target.reasonRequired ? t('moves.lose') : t('moves.to', { stage: t(`stage.${target.to}`) })) : ''}
        okText={t('moves.confirm')}
        cancelText={t('moves.cancel')}
        confirmLoading={fetching}
        onOk={() => form.submit()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
          {generalError && <Alert type="error" showIcon message={generalError} style={{ marginBottom: 12 }} />}
          {target?.reasonRequired && (
            <Form.Item name="lostReason" label={t('moves.reason')} rules={[{ required: true, whitespace: true, message: t('moves.reasonRequired') }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('moves.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
