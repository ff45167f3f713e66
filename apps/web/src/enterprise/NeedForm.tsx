import './messages';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { TRANSFER_MODES, VISIBILITIES, type TransferMode, type Visibility } from '../research/enums';
import { FieldCodeSelect } from '../research/FieldCodeSelect';
import { LazyDatePicker } from '../components/LazyDatePicker';
import { serverFieldErrors } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import { LazySelect } from '../components/LazySelect';
import { LazyInputNumber } from '../components/LazyInputNumber';
import { FormError } from '../components/FormError';

export interface NeedFormValues {
  title: string;
  summary: string;
  description: string;
  keywords: string[];
  fieldCode: string;
  minTrl: number | null;
  budget: {
    min: number | string | null;
    max: number | string | null;
    negotiable: boolean;
  };
  /** ISO string in the form's state (so a kept draft survives JSON); a Dayjs only inside the picker. */
  deadline: string | null;
  preferredModes: TransferMode[];
  visibility: Visibility;
  collective: boolean;
  collectiveTarget: number | string | null;
}

export const EMPTY_NEED: NeedFormValues = {
  title: '',
  summary: '',
  description: '',
  keywords: [],
  fieldCode: '',
  minTrl: null,
  budget: { min: null, max: null, negotiable: true },
  deadline: null,
  preferredModes: [],
  visibility: 'PUBLIC',
  collective: false,
  collectiveTarget: null,
};

interface Props {
  initialValues: NeedFormValues;
  onSubmit: (values: NeedFormValues) => Promise<CombinedError | undefined>;
  submitLabel: string;
  onCancel: () => void;
  /** A need becomes collective R&D when created; the API cannot change that later. */
  collectiveLocked?: boolean;
  draftKey?: string;
}

export function NeedForm({ initialValues, onSubmit, submitLabel, onCancel, collectiveLocked, draftKey }: Props) {
  const { t } = useTranslation('enterprise');
  const { form, formProps, applyError, generalError, setGeneralError, clearDraft } = useServerForm<NeedFormValues>({ draftKey });
  const [busy, setBusy] = useState(false);
  const collective = Form.useWatch('collective', form) ?? initialValues.collective;

  const finish = async (values: NeedFormValues) => {
    setBusy(true);
    setGeneralError(undefined);
    try {
      const error = await onSubmit(values);
      if (!error) {
        clearDraft();
        return;
      }
      applyError(error);
      const range = serverFieldErrors(error)['input.budget'];
      if (range) form.setFields([{ name: ['budget', 'min'], errors: range }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<NeedFormValues> {...formProps} layout="vertical" initialValues={initialValues} onFinish={finish} scrollToFirstError name="need">
      <FormError error={generalError} gap={16} />
      <Form.Item
        name="title"
        label={t('field.title')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('rule.required', { field: t('field.title') }),
          },
          { min: 4, max: 200, message: t('rule.titleLength') },
        ]}
      >
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('field.summary')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('rule.required', { field: t('field.summary') }),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('field.description')}
        extra={t('field.descriptionHelp')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('rule.required', { field: t('field.description') }),
          },
        ]}
      >
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
      <Form.Item name="keywords" label={t('field.keywords')} extra={t('field.keywordsHelp')}>
        <LazySelect mode="tags" tokenSeparators={[',', '，', ';', '；']} maxCount={20} open={false} suffixIcon={null} aria-label={t('field.keywords')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            name="fieldCode"
            label={t('field.fieldCode')}
            rules={[
              {
                required: true,
                message: t('rule.required', { field: t('field.fieldCode') }),
              },
            ]}
          >
            <FieldCodeSelect ariaLabel={t('field.fieldCode')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="minTrl" label={t('field.minTrl')}>
            <LazyInputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('field.budget')} style={{ marginBottom: 0 }}>
        <Row gutter={8}>
          <Col xs={12} md={8}>
            <Form.Item
              name={['budget', 'min']}
              label={t('field.budgetMin')}
              dependencies={[
                ['budget', 'max'],
                ['budget', 'negotiable'],
              ]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, value) => {
                    if (!getFieldValue(['budget', 'negotiable']) && value == null && getFieldValue(['budget', 'max']) == null)
                      throw new Error(t('rule.budgetBound'));
                  },
                }),
              ]}
            >
              <LazyInputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['budget', 'max']} label={t('field.budgetMax')}>
              <LazyInputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['budget', 'negotiable']} label={t('field.negotiable')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="deadline"
            label={t('field.deadline')}
            getValueProps={(value: string | null) => ({
              value: value ? dayjs(value) : null,
            })}
            normalize={(value: Dayjs | null) => (value ? value.endOf('day').toISOString() : null)}
          >
            <LazyDatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="visibility" label={t('field.visibility')} rules={[{ required: true }]}>
            <Radio.Group
              options={VISIBILITIES.map((value) => ({
                value,
                label: t(`visibilityShort.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="preferredModes" label={t('field.preferredModes')}>
        <Checkbox.Group
          options={TRANSFER_MODES.map((value) => ({
            value,
            label: t(`mode.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="collective" label={t('field.collective')} valuePropName="checked">
        <Switch disabled={collectiveLocked} />
      </Form.Item>
      {collective && (
        <Form.Item
          name="collectiveTarget"
          label={t('field.collectiveTarget')}
          rules={[
            {
              required: !collectiveLocked,
              message: t('rule.required', {
                field: t('field.collectiveTarget'),
              }),
            },
            {
              validator: async (_rule, value) => {
                if (value != null && Number(value) <= 0) throw new Error(t('rule.positive'));
              },
            },
          ]}
        >
          <LazyInputNumber min={0} precision={2} stringMode style={{ width: '100%' }} disabled={collectiveLocked} />
        </Form.Item>
      )}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
      </Space>
    </Form>
  );
}

const money = (value: number | string | null | undefined) => (value == null || value === '' ? null : String(value));

/** Form values → NeedInput (money as strings, the deadline at the end of its day). */
export function toNeedInput(values: NeedFormValues) {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    keywords: values.keywords ?? [],
    fieldCode: values.fieldCode,
    minTrl: values.minTrl ?? null,
    budget: {
      min: money(values.budget.min),
      max: money(values.budget.max),
      negotiable: !!values.budget.negotiable,
    },
    deadline: values.deadline || null,
    preferredModes: values.preferredModes ?? [],
    visibility: values.visibility,
    collectiveTarget: values.collective ? money(values.collectiveTarget) : null,
  };
}
