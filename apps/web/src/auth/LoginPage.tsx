import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { errorCode } from '../components/server-errors';
import { useServerForm } from '../components/useServerForm';
import './account.messages';
import { LoginDocument } from './auth.documents';
import { safeNext } from './safe-next';
import { startSession } from './session';
import { FormError } from '../components/FormError';

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [state, login] = useMutation(LoginDocument);
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<{ email: string; password: string }>();
  const expired = params.get('expired') === '1';

  const onFinish = async (values: { email: string; password: string }) => {
    setGeneralError(undefined);
    const result = await login({ input: { email: values.email.trim(), password: values.password } });
    if (result.data?.login) {
      startSession(result.data.login);
      void navigate(safeNext(params.get('next')), { replace: true });
    } else if (result.error) {
      if (errorCode(result.error) === 'UNAUTHENTICATED') setGeneralError(t('auth.badCredentials'));
      else applyError(result.error);
    }
  };

  return (
    <Card style={{ maxWidth: 420, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('auth.loginTitle')}
      </Typography.Title>
      {expired && <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
      <FormError error={generalError} gap={16} />
      <Form layout="vertical" {...formProps} onFinish={(values) => void onFinish(values)} requiredMark={false}>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('auth.required', { field: t('auth.email') }) },
            { type: 'email', message: t('auth.invalidEmail') },
          ]}
        >
          <Input autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.required', { field: t('auth.password') }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Typography.Paragraph style={{ marginTop: -8 }}>
          <Link to="/forgot-password">{t('account:forgotLink')}</Link>
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" block loading={state.fetching}>
          {t('auth.submitLogin')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('auth.noAccount')} <Link to="/register">{t('auth.registerLink')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {t('auth.demoHint')}
      </Typography.Paragraph>
    </Card>
  );
}
