import './messages';
import { App as AntApp, Button, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useServerForm } from '../components/useServerForm';
import type { ContractType } from '../gql/graphql';
import { LazyDatePicker } from '../components/LazyDatePicker';
import { CommissionPreviewQuery, SignContractMutation } from './documents';
import { formatAmount, moneyText } from './money';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

const TYPES: ContractType[] = ['DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING', 'SERVICE'];

interface Values {
  type?: ContractType;
  amount?: string;
  contractNo?: string;
  signedAt?: Dayjs;
}

/**
 * Records the signed contract (type, amount, number, date). The commission beside it is the
 * server's figure (`commissionPreview`, the rates signContract applies), asked again as the type
 * or amount changes; the browser computes nothing itself.
 */
export function ContractForm({ dealId, onSigned }: { dealId: string; onSigned: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = AntApp.useApp();
  const { form, formProps, applyError, generalError } = useServerForm<Values>();
  const [{ fetching }, sign] = useMutation(SignContractMutation);
  const type = Form.useWatch('type', form);
  const amount = Form.useWatch('amount', form);
  const [asked, setAsked] = useState<{ type: ContractType; amount: string } | null>(null);

  // Ask once typing pauses, not on every keystroke.
  useEffect(() => {
    const text = moneyText(amount);
    const timer = window.setTimeout(() => setAsked(type && text && Number(text) > 0 ? { type, amount: text } : null), 250);
    return () => window.clearTimeout(timer);
  }, [type, amount]);
  const [{ data: preview, fetching: previewing }] = useQuery({
    query: CommissionPreviewQuery,
    variables: { type: asked?.type ?? 'LICENSE', amount: asked?.amount ?? '0' },
    pause: !asked,
  });
  const commission = asked ? preview?.commissionPreview : undefined;

  const submit = async (values: Values) => {
    const response = await sign({
      dealId,
      input: {
        type: values.type!,
        amount: moneyText(values.amount) ?? String(values.amount ?? ''),
        contractNo: values.contractNo?.trim() || null,
        signedAt: (values.signedAt ?? dayjs()).toISOString(),
      },
    });
    if (response.error) {
      applyError(response.error);
      return;
    }
    void message.success(t('contract.signed'));
    onSigned();
  };

  return (
    <Form {...formProps} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ signedAt: dayjs() }} style={{ maxWidth: 560 }}>
      <FormError error={generalError} />
      <Form.Item name="type" label={t('contract.type')} rules={[{ required: true, message: t('contract.required', { field: t('contract.type') }) }]}>
        <LazySelect options={TYPES.map((value) => ({ value, label: t(`contractType.${value}`) }))} />
      </Form.Item>
      <Form.Item name="amount" label={t('contract.amount')} rules={[{ required: true, message: t('contract.required', { field: t('contract.amount') }) }]}>
        <InputNumber<string> stringMode min="0.01" step="1000" precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <div aria-live="polite" data-testid="commission-preview" style={{ marginBottom: 16 }}>
        <Typography.Text strong>{t('contract.preview')}: </Typography.Text>
        {commission ? (
          <Typography.Text>
            {t('contract.previewLine', {
              rate: commission.ratePercent,
              base: formatAmount(commission.baseAmount),
              amount: formatAmount(commission.amount),
            })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{previewing ? '…' : t('contract.previewHint')}</Typography.Text>
        )}
      </div>
      <Form.Item name="contractNo" label={t('contract.contractNo')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="signedAt"
        label={t('contract.signedAt')}
        rules={[{ required: true, message: t('contract.required', { field: t('contract.signedAt') }) }]}
      >
        <LazyDatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t('contract.submit')}
      </Button>
    </Form>
  );
}
