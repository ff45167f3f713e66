import './messages';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FieldCodeSelect } from './FieldCodeSelect';
import { checkPatentNumber } from './patent-number';
import { serverFieldErrors } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import { RESULT_CLASSES, TRANSFER_MODES, VISIBILITIES } from './enums';
import type { ResultClass, TransferMode, Visibility } from './enums';
import { LazySelect } from '../components/LazySelect';
import { LazyInputNumber } from '../components/LazyInputNumber';
import { FormError } from '../components/FormError';

export interface ResultFormValues {
  title: string;
  summary: string;
  description: string;
  keywords: string[];
  resultClass: ResultClass;
  fieldCode: string;
  trl: number | null;
  patents: { number: string; title: string; granted: boolean }[];
  transferModes: TransferMode[];
  askingPrice: {
    min: number | string | null;
    max: number | string | null;
    negotiable: boolean;
  };
  needsPilot: boolean;
  visibility: Visibility;
}

export const EMPTY_RESULT: ResultFormValues = {
  title: '',
  summary: '',
  description: '',
  keywords: [],
  resultClass: 'INDUSTRIAL_INNOVATION',
  fieldCode: '',
  trl: null,
  patents: [],
  transferModes: [],
  askingPrice: { min: null, max: null, negotiable: true },
  needsPilot: false,
  visibility: 'PUBLIC',
};

interface Props {
  initialValues: ResultFormValues;
  /** Sends the values; resolves to the server's error, if any. */
  onSubmit: (values: ResultFormValues) => Promise<CombinedError | undefined>;
  submitLabel: string;
  onCancel: () => void;
  /** Result class is fixed once created (the API has no way to change it). */
  classLocked?: boolean;
  /** Keeps what was typed across a sign-in (see useServerForm). */
  draftKey?: string;
}

/** Every field of a research result; client checks mirror the server's, and the server's own field errors land under their field. */
export function ResultForm({ initialValues, onSubmit, submitLabel, onCancel, classLocked, draftKey }: Props) {
  const { t } = useTranslation('research');
  const { form, formProps, applyError, generalError, setGeneralError, clearDraft } = useServerForm<ResultFormValues>({ draftKey });
  const [busy, setBusy] = useState(false);
  const resultClass = Form.useWatch('resultClass', form) ?? initialValues.resultClass;

  const finish = async (values: ResultFormValues) => {
    setBusy(true);
    setGeneralError(undefined);
    try {
      const error = await onSubmit(values);
      if (!error) {
        clearDraft();
        return;
      }
      applyError(error);
      // The range's own problems (min above max, no bound) are keyed by the range: shown under its first box.
      const range = serverFieldErrors(error)['input.askingPrice'];
      if (range) form.setFields([{ name: ['askingPrice', 'min'], errors: range }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ResultFormValues> {...formProps} layout="vertical" initialValues={initialValues} onFinish={finish} scrollToFirstError name="result">
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
        <Input.TextArea rows={6} maxLength={20000} />
      </Form.Item>
      <Form.Item name="keywords" label={t('field.keywords')} extra={t('field.keywordsHelp')}>
        <LazySelect mode="tags" tokenSeparators={[',', '，', ';', '；']} maxCount={20} open={false} suffixIcon={null} aria-label={t('field.keywords')} />
      </Form.Item>
      <Form.Item name="resultClass" label={t('field.resultClass')} rules={[{ required: true }]} extra={t(`resultClassHelp.${resultClass}`)}>
        <Radio.Group
          disabled={classLocked}
          optionType="button"
          options={RESULT_CLASSES.map((value) => ({
            value,
            label: t(`resultClass.${value}`),
          }))}
        />
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
          {/* No client range check: the server's own refusal shows here, as it would for any client. */}
          <Form.Item name="trl" label={t('field.trl')} extra={t('field.trlHelp')} rules={[{ required: true, message: t('rule.required', { field: 'TRL' }) }]}>
            <LazyInputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Form.Item label={t('field.patents')} required={false}>
        <Form.List name="patents">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map(({ key, name }) => (
                <Row key={key} gutter={8} align="top" wrap>
                  <Col xs={24} md={9}>
                    <Form.Item
                      name={[name, 'number']}
                      label={t('field.patentNumber')}
                      validateTrigger={['onBlur', 'onSubmit']}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('rule.required', {
                            field: t('field.patentNumber'),
                          }),
                        },
                        {
                          validator: async (_rule, value: string | undefined) => {
                            if (!value?.trim()) return;
                            const checked = checkPatentNumber(value);
                            if (checked.ok) return;
                            throw new Error(
                              checked.problem === 'checkChar'
                                ? t('rule.patentCheckChar', {
                                    expected: checked.expected,
                                  })
                                : t('rule.patentFormat'),
                            );
                          },
                        },
                      ]}
                    >
                      <Input placeholder={t('field.patentNumberPlaceholder')} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[name, 'title']}
                      label={t('field.patentTitle')}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('rule.required', {
                            field: t('field.patentTitle'),
                          }),
                        },
                      ]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={16} md={3}>
                    <Form.Item name={[name, 'granted']} label={t('field.patentGranted')} valuePropName="checked">
                      <Switch />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={2}>
                    <Form.Item label=" " colon={false}>
                      <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('field.removePatent')} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button type="dashed" onClick={() => add({ number: '', title: '', granted: false })} icon={<PlusOutlined />}>
                {t('field.addPatent')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>

      {/* A validator, not `required`: Ant would put aria-required on the group's plain div, where it is not allowed. */}
      <Form.Item
        name="transferModes"
        label={t('field.transferModes')}
        rules={[
          {
            validator: async (_rule, value: unknown[] | undefined) => {
              if (!value?.length) throw new Error(t('rule.modes'));
            },
          },
        ]}
      >
        <Checkbox.Group
          options={TRANSFER_MODES.map((value) => ({
            value,
            label: t(`mode.${value}`),
          }))}
        />
      </Form.Item>

      <Form.Item label={t('field.askingPrice')} style={{ marginBottom: 0 }}>
        <Row gutter={8}>
          <Col xs={12} md={8}>
            <Form.Item
              name={['askingPrice', 'min']}
              label={t('field.priceMin')}
              dependencies={[
                ['askingPrice', 'max'],
                ['askingPrice', 'negotiable'],
              ]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, value) => {
                    const max = getFieldValue(['askingPrice', 'max']);
                    if (!getFieldValue(['askingPrice', 'negotiable']) && value == null && max == null) throw new Error(t('rule.priceBound'));
                    if (value != null && max != null && Number(value) > Number(max)) throw new Error(t('rule.priceOrder'));
                  },
                }),
              ]}
            >
              <LazyInputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['askingPrice', 'max']} label={t('field.priceMax')}>
              <LazyInputNumber min={0} precision={2} stringMode style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['askingPrice', 'negotiable']} label={t('field.negotiable')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form.Item>

      <Form.Item name="needsPilot" label={t('field.needsPilot')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="visibility" label={t('field.visibility')} rules={[{ required: true }]}>
        <Radio.Group
          options={VISIBILITIES.map((value) => ({
            value,
            label: t(`visibility.${value}`),
          }))}
        />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** Form values → the API's input (money as strings, patents trimmed). */
export function toResultInput(values: ResultFormValues) {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    keywords: values.keywords ?? [],
    resultClass: values.resultClass,
    fieldCode: values.fieldCode,
    trl: values.trl as number,
    patents: (values.patents ?? []).map((patent) => ({
      number: patent.number.trim(),
      title: patent.title.trim(),
      granted: !!patent.granted,
    })),
    transferModes: values.transferModes,
    askingPrice: {
      min: values.askingPrice.min == null || values.askingPrice.min === '' ? null : String(values.askingPrice.min),
      max: values.askingPrice.max == null || values.askingPrice.max === '' ? null : String(values.askingPrice.max),
      negotiable: !!values.askingPrice.negotiable,
    },
    needsPilot: !!values.needsPilot,
    visibility: values.visibility,
  };
}
