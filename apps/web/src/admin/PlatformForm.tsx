import { App as AntApp, Button, Form, Input, Modal, Space } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useServerForm } from '../components/useServerForm';
import { useIndustryFields } from '../public/useIndustryFields';
import { AdminOrganizationsQuery, CreatePlatformMutation, UpdatePlatformMutation } from './documents';
import type { Platform } from './PilotAdminPage';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

interface PlatformValues {
  name: string;
  operatorId?: string;
  fieldCodes: string[];
  capabilities: string[];
  district?: string;
  priceNotes?: string;
}

export default function PlatformForm({ platform, onClose, onSaved }: { platform?: Platform; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<PlatformValues>();
  const [createState, create] = useMutation(CreatePlatformMutation);
  const [updateState, update] = useMutation(UpdatePlatformMutation);
  const [orgSearch, setOrgSearch] = useState('');
  const deferred = useDeferredValue(orgSearch);
  const [orgs] = useQuery({ query: AdminOrganizationsQuery, variables: { first: 20, search: deferred || null, active: true }, pause: !!platform });
  const title = platform ? t('pilot.editTitle', { name: platform.name }) : t('pilot.createTitle');

  const submit = async ({ operatorId, ...values }: PlatformValues) => {
    setGeneralError(undefined);
    const common = { ...values, district: values.district?.trim() ?? '', priceNotes: values.priceNotes ?? '' };
    const response = platform
      ? await update({ id: platform.id, input: common })
      : await create({ input: { ...common, district: common.district || null, priceNotes: common.priceNotes || null, operatorId: operatorId ?? null } });
    if (response.error) return applyError(response.error);
    void message.success(t('pilot.saved'));
    onSaved();
  };

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form
        {...formProps}
        layout="vertical"
        aria-label={title}
        initialValues={
          platform
            ? {
                name: platform.name,
                fieldCodes: platform.fieldCodes,
                capabilities: platform.capabilities,
                district: platform.district ?? '',
                priceNotes: platform.priceNotes ?? '',
              }
            : { fieldCodes: [], capabilities: [] }
        }
        onFinish={(values) => void submit(values)}
      >
        <FormError error={generalError} />
        <Form.Item name="name" label={t('pilot.name')} rules={[{ required: true, message: t('pilot.name') }]}>
          <Input maxLength={200} />
        </Form.Item>
        {!platform && (
          <Form.Item name="operatorId" label={t('pilot.operator')}>
            <LazySelect
              showSearch
              filterOption={false}
              onSearch={setOrgSearch}
              placeholder={t('pilot.operatorPlaceholder')}
              loading={orgs.fetching}
              options={(orgs.data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="fieldCodes" label={t('pilot.fieldCodes')}>
          <LazySelect
            mode="multiple"
            optionFilterProp="label"
            options={[
              ...fields.chains.map((chain) => ({ value: chain.code, label: `${chain.name} (${chain.code})` })),
              ...fields.fields.map((field) => ({ value: field.code, label: `${field.name} (${field.code})` })),
            ]}
          />
        </Form.Item>
        <Form.Item name="capabilities" label={t('pilot.capabilities')} extra={t('pilot.capabilitiesHelp')}>
          <LazySelect mode="tags" open={false} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item name="district" label={t('pilot.district')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="priceNotes" label={t('pilot.priceNotes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={createState.fetching || updateState.fetching}>
            {t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
