import { Alert, App as AntApp, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useServerForm } from '../components/useServerForm';
import type { ConceptKind } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { ConceptOptionsQuery, SaveConceptMutation } from './concept-documents';
import { cleanTerms, conceptRefusal, type ConceptFormField } from './concept-edits';
import type { Concept } from './ConceptsPage';
import { FormError } from '../components/FormError';

interface ConceptValues {
  id: string;
  fieldCode?: string;
  zh: string;
  en: string;
  kind: ConceptKind;
  abbreviations: string[];
  synonyms: string[];
  broader: string[];
  solvedBy: string[];
  partlySolvedBy: string[];
}

/** Adds a concept to the draft or changes one; the server's refusals land under the fields they are about. */
export default function ConceptForm({
  concept,
  draftOpen,
  onClose,
  onSaved,
}: {
  concept?: Concept;
  draftOpen: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const { form, formProps, generalError, setGeneralError } = useServerForm<ConceptValues>();
  const [saveState, save] = useMutation(SaveConceptMutation);
  const kind = Form.useWatch('kind', form);
  const title = concept ? t('concepts.form.editTitle', { name: concept.zh }) : t('concepts.form.addTitle');

  const submit = async (values: ConceptValues) => {
    setGeneralError(undefined);
    const response = await save({
      input: {
        id: values.id.trim(),
        fieldCode: values.fieldCode ?? '',
        zh: values.zh,
        en: values.en,
        kind: values.kind,
        abbreviations: cleanTerms(values.abbreviations),
        synonyms: cleanTerms(values.synonyms),
        broader: values.broader ?? [],
        solvedBy: values.kind === 'PROBLEM' ? (values.solvedBy ?? []) : [],
        partlySolvedBy: values.kind === 'PROBLEM' ? (values.partlySolvedBy ?? []) : [],
      },
    });
    if (response.error) {
      const refused = conceptRefusal(response.error);
      const explained = refused.reason ? t(`concepts.reason.${refused.reason}`) : undefined;
      const entries = Object.entries(refused.fields) as [ConceptFormField, string[]][];
      form.setFields(entries.map(([name, errors], index) => ({ name, errors: index === 0 && explained ? [explained, ...errors] : errors })));
      if (entries.length > 0) form.scrollToField(entries[0][0], { block: 'center' });
      const general = [entries.length === 0 ? explained : undefined, ...refused.general].filter(Boolean).join(' ');
      setGeneralError(general || (entries.length > 0 ? t('concepts.form.refused') : undefined));
      return;
    }
    void message.success(t('concepts.form.saved', { name: values.zh.trim() }));
    onSaved();
  };

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form
        {...formProps}
        layout="vertical"
        aria-label={title}
        initialValues={
          concept
            ? { ...concept }
            : { id: '', zh: '', en: '', kind: 'TECHNIQUE', abbreviations: [], synonyms: [], broader: [], solvedBy: [], partlySolvedBy: [] }
        }
        onFinish={(values) => void submit(values)}
      >
        <FormError error={generalError} />
        <Form.Item
          name="id"
          label={t('concepts.form.id')}
          extra={t('concepts.form.idHelp')}
          rules={[{ required: true, whitespace: true, message: t('concepts.form.idRequired') }]}
        >
          <Input maxLength={80} disabled={!!concept} autoComplete="off" />
        </Form.Item>
        <Form.Item name="fieldCode" label={t('concepts.field')} rules={[{ required: true, message: t('concepts.form.fieldRequired') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={fields.chains.map((chain) => ({
              label: `${chain.name} (${chain.code})`,
              title: chain.name,
              options: fields.fields
                .filter((field) => field.parentCode === chain.code)
                .map((field) => ({ value: field.code, label: `${field.name} (${field.code})` })),
            }))}
          />
        </Form.Item>
        <Form.Item name="zh" label={t('concepts.form.zh')} rules={[{ required: true, whitespace: true, message: t('concepts.form.zhRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="en" label={t('concepts.form.en')} rules={[{ required: true, whitespace: true, message: t('concepts.form.enRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('concepts.form.kind')}>
          <Radio.Group optionType="button" options={(['TECHNIQUE', 'PROBLEM'] as const).map((value) => ({ value, label: t(`concepts.kind.${value}`) }))} />
        </Form.Item>
        <Form.Item name="abbreviations" label={t('concepts.abbreviations')} extra={t('concepts.form.termsHelp')}>
          <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item name="synonyms" label={t('concepts.synonyms')} extra={t('concepts.form.termsHelp')}>
          <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item name="broader" label={t('concepts.broader')}>
          <ConceptPicker draft={draftOpen} exclude={concept?.id} placeholder={t('concepts.form.linkPlaceholder')} />
        </Form.Item>
        {kind === 'PROBLEM' ? (
          <>
            <Form.Item name="solvedBy" label={t('concepts.solvedBy')}>
              <ConceptPicker draft={draftOpen} exclude={concept?.id} placeholder={t('concepts.form.linkPlaceholder')} />
            </Form.Item>
            <Form.Item name="partlySolvedBy" label={t('concepts.partlySolvedBy')}>
              <ConceptPicker draft={draftOpen} exclude={concept?.id} placeholder={t('concepts.form.linkPlaceholder')} />
            </Form.Item>
          </>
        ) : (
          (concept?.solvedBy.length ?? 0) + (concept?.partlySolvedBy.length ?? 0) > 0 && (
            <Alert type="info" showIcon message={t('concepts.form.solvedByHelp')} style={{ marginBottom: 12 }} />
          )
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={saveState.fetching}>
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}

/** Concept ids to link to, searched on the server in the version being edited as one types. */
function ConceptPicker({
  id,
  value,
  onChange,
  draft,
  exclude,
  placeholder,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  draft: boolean;
  exclude?: string;
  placeholder: string;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const [{ data, fetching }] = useQuery({ query: ConceptOptionsQuery, variables: { draft, text: deferred || null }, requestPolicy: 'cache-and-network' });
  const found = (data?.conceptDictionary?.concepts.edges ?? []).map((edge) => edge.node).filter((node) => node.id !== exclude);
  const options = [
    ...(value ?? []).filter((chosen) => !found.some((node) => node.id === chosen)).map((chosen) => ({ value: chosen, label: chosen })),
    ...found.map((node) => ({ value: node.id, label: `${node.zh} · ${node.en} (${node.id})` })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setSearch}
      loading={fetching}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}
