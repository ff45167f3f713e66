import { Alert, Button, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useServerForm } from '../components/useServerForm';

/**
 * A member enterprise's pledge to a collective need: one amount, the server's refusals under it.
 * Its own chunk (antd's Form and InputNumber), loaded only where a pledge may be made.
 */
export default function PledgeForm({
  needId,
  pledging,
  onPledge,
  onPledged,
}: {
  needId: string;
  pledging: boolean;
  /** Sends the pledge; answers the error when the server refused it. */
  onPledge: (amount: string) => Promise<CombinedError | undefined>;
  onPledged: () => void;
}) {
  const { t } = useTranslation();
  const pledgeForm = useServerForm<{ amount: number }>({ draftKey: `pledge.${needId}`, argumentNames: ['input'] });

  const submit = async ({ amount }: { amount: number }) => {
    pledgeForm.setGeneralError(undefined);
    const error = await onPledge(amount.toFixed(2));
    if (error) {
      pledgeForm.applyError(error);
      return;
    }
    pledgeForm.clearDraft();
    onPledged();
  };

  return (
    <Form layout="inline" {...pledgeForm.formProps} onFinish={(values) => void submit(values)} style={{ marginTop: 12, rowGap: 8 }}>
      {pledgeForm.generalError && <Alert type="error" showIcon title={pledgeForm.generalError} role="alert" style={{ width: '100%', marginBottom: 8 }} />}
      <Form.Item name="amount" label={t('need.pledgeAmount')} rules={[{ required: true, message: t('auth.required', { field: t('need.pledgeAmount') }) }]}>
        <InputNumber min={0.01} precision={2} step={10000} style={{ width: 180 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pledging}>
        {t('need.pledgeButton')}
      </Button>
    </Form>
  );
}
