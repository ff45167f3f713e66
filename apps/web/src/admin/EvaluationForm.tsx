import { App as AntApp, Button, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useServerForm } from '../components/useServerForm';
import type { ResultClass } from '../gql/graphql';
import { EvaluateResultMutation } from './documents';
import type { ResultRow } from './EvaluationPage';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

const CLASSES: ResultClass[] = ['MAJOR_INNOVATION', 'INDUSTRIAL_INNOVATION', 'ENTERPRISE_DEMAND'];

interface EvaluationValues {
  score: number;
  technicalMaturity: number;
  marketPotential: number;
  comment?: string;
  resultClass: ResultClass;
  approve: boolean;
}

export default function EvaluationForm({ result, onClose, onDone }: { result: ResultRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<EvaluationValues>();
  const [{ fetching }, evaluate] = useMutation(EvaluateResultMutation);

  const submit = async (values: EvaluationValues) => {
    setGeneralError(undefined);
    // Scores are not range-checked here: the server's refusal lands under its field.
    const response = await evaluate({ id: result.id, input: { ...values, comment: values.comment?.trim() || null } });
    if (response.error) return applyError(response.error);
    void message.success(t('evaluation.form.done'));
    onDone();
  };

  const score = (name: keyof EvaluationValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: label }]}>
      <InputNumber style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Modal open title={t('evaluation.form.title', { title: result.title })} onCancel={onClose} footer={null} destroyOnHidden>
      <Form
        {...formProps}
        layout="vertical"
        initialValues={{ resultClass: result.resultClass, approve: true }}
        onFinish={(values) => void submit(values)}
        aria-label={t('evaluation.form.title', { title: result.title })}
      >
        <FormError error={generalError} />
        {score('score', t('evaluation.form.score'))}
        {score('technicalMaturity', t('evaluation.form.technicalMaturity'))}
        {score('marketPotential', t('evaluation.form.marketPotential'))}
        <Form.Item name="resultClass" label={t('evaluation.form.resultClass')}>
          <LazySelect options={CLASSES.map((value) => ({ value, label: t(`resultClass.${value}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('evaluation.form.comment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="approve" label={t('evaluation.form.decision')}>
          <Radio.Group>
            <Radio value={true}>{t('evaluation.form.approve')}</Radio>
            <Radio value={false}>{t('evaluation.form.reject')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('evaluation.form.submit')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
