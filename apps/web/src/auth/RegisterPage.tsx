import { App as AntApp, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useServerForm } from '../components/useServerForm';
import type { OrganizationKind, RegisterInput } from '../gql/graphql';
import { RegisterDocument } from './auth.documents';
import { startSession } from './session';
import { LazySelect } from '../components/LazySelect';
import { FormError } from '../components/FormError';

/** Kinds a person may register themselves; government accounts are created by administrators. */
export const SELF_SERVICE_KINDS: OrganizationKind[] = ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'INNOVATION_PLATFORM', 'ENTERPRISE', 'SERVICE_AGENCY'];

/** Where a new account starts: researchers in their results, enterprises in their needs. */
function landingFor(kind: OrganizationKind): string {
  if (kind === 'ENTERPRISE') return '/enterprise';
  if (kind === 'UNIVERSITY' || kind === 'RESEARCH_INSTITUTE' || kind === 'INNOVATION_PLATFORM') return '/research';
  return '/';
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [state, register] = useMutation(RegisterDocument);
  const { formProps, applyError, generalError, setGeneralError, clearDraft } = useServerForm<RegisterInput>({ draftKey: 'register' });

  const onFinish = async (values: RegisterInput) => {
    setGeneralError(undefined);
    const input: RegisterInput = {
      ...values,
      email: values.email.trim(),
      creditCode: values.creditCode?.trim() || undefined,
      district: values.district?.trim() || undefined,
    };
    const result = await register({ input });
    if (result.data?.register) {
      clearDraft();
      startSession(result.data.register);
      void message.success(t('auth.registered'));
      void navigate(landingFor(values.organizationKind), { replace: true });
    } else if (result.error) {
      applyError(result.error);
    }
  };
  const required = (field: string) => ({ required: true, message: t('auth.required', { field }) });

  return (
    <Card style={{ maxWidth: 520, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('auth.registerTitle')}
      </Typography.Title>
      <FormError error={generalError} gap={16} />
      <Form layout="vertical" {...formProps} onFinish={(values) => void onFinish(values)} requiredMark={false}>
        <Form.Item name="organizationKind" label={t('auth.organizationKind')} rules={[required(t('auth.organizationKind'))]}>
          <LazySelect options={SELF_SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="organizationName" label={t('auth.organizationName')} rules={[required(t('auth.organizationName'))]}>
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item name="displayName" label={t('auth.displayName')} rules={[required(t('auth.displayName'))]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="email" label={t('auth.email')} rules={[required(t('auth.email')), { type: 'email', message: t('auth.invalidEmail') }]}>
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} extra={t('auth.passwordHint')} rules={[required(t('auth.password'))]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="creditCode" label={`${t('auth.creditCode')} (${t('auth.optional')})`}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="district" label={`${t('auth.district')} (${t('auth.optional')})`}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={state.fetching}>
          {t('auth.submitRegister')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.loginLink')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
