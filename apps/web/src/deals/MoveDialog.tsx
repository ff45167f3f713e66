import './messages';
import { App as AntApp, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useServerForm } from '../components/useServerForm';
import type { DealMoveMutation, DealStage } from '../gql/graphql';
import { AdvanceDealMutation } from './documents';
import { FormError } from '../components/FormError';

export interface MoveLike {
  to: DealStage;
  mutation: DealMoveMutation;
  reasonRequired: boolean;
}

interface Props {
  dealId: string;
  /** The move being confirmed; null when the dialog is closed. */
  target: MoveLike | null;
  onClose: () => void;
  onMoved: () => void;
}

/**
 * The dialog that confirms an advanceDeal move, with its note (and, for LOST, its required reason);
 * the server's field errors show under their fields. A chunk of its own: the deal page opens it
 * only on a move button's press.
 */
export default function MoveDialog({ dealId, target, onClose, onMoved }: Props) {
  const { t } = useTranslation('deals');
  const { message } = AntApp.useApp();
  const [{ fetching }, advance] = useMutation(AdvanceDealMutation);
  const { form, applyError, generalError, setGeneralError } = useServerForm<{ note?: string; lostReason?: string }>();

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    setGeneralError(undefined);
  }, [target, form, setGeneralError]);

  const submit = async (values: { note?: string; lostReason?: string }) => {
    if (!target) return;
    const response = await advance({
      dealId,
      input: { to: target.to, note: values.note?.trim() || null, lostReason: target.reasonRequired ? values.lostReason : null },
    });
    if (response.error) {
      applyError(response.error);
      return;
    }
    void message.success(t('moves.moved', { stage: t(`stage.${target.to}`) }));
    onClose();
    onMoved();
  };

  return (
    <Modal
      open={!!target}
      title={target ? (target.reasonRequired ? t('moves.lose') : t('moves.to', { stage: t(`stage.${target.to}`) })) : ''}
      okText={t('moves.confirm')}
      cancelText={t('moves.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
        <FormError error={generalError} />
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
  );
}
