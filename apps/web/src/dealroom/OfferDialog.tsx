import './messages';
import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { LazySelect } from '../components/LazySelect';
import type { ContractType } from '../gql/graphql';

const CONTRACT_TYPES: ContractType[] = ['LICENSE', 'TRANSFER', 'DEVELOPMENT', 'SERVICE', 'CONSULTING'];

export interface OfferFields {
  amount: number;
  contractType: ContractType;
  terms?: string;
  note?: string;
}

/**
 * The composer's offer dialog: amount, contract type, terms and a note. A chunk of its own (Modal,
 * Form, number input), fetched as the composer renders and mounted with the first press of its button.
 */
export default function OfferDialog({ open, onClose, onOffer }: { open: boolean; onClose: () => void; onOffer: (values: OfferFields) => void }) {
  const { t } = useTranslation('dealroom');
  const [form] = Form.useForm<OfferFields>();
  const finish = (values: OfferFields) => {
    onOffer(values);
    form.resetFields();
  };
  return (
    <Modal
      title={t('offer.title')}
      open={open}
      onCancel={onClose}
      okText={t('offer.submit')}
      cancelText={t('offer.cancel')}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={finish} initialValues={{ contractType: 'LICENSE' }}>
        <Form.Item name="amount" label={t('offer.amount')} rules={[{ required: true, message: t('offer.amountRequired') }]}>
          <InputNumber min={0.01} max={999999999999} step={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="contractType" label={t('offer.contractType')} rules={[{ required: true, message: t('offer.typeRequired') }]}>
          <LazySelect options={CONTRACT_TYPES.map((type) => ({ value: type, label: t(`contractType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="terms" label={t('offer.terms')}>
          <Input.TextArea placeholder={t('offer.termsPlaceholder')} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="note" label={t('offer.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
