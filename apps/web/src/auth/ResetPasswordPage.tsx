import './account.messages';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useServerForm } from '../components/useServerForm';
import { ResetPasswordDocument } from './account.documents';
import { startSession } from './session';
import { FormError } from '../components/FormError';

interface Values {
  password: string;
  confirm: string;
}

/** True when the server refused the link itself (used, expired or unknown), not the new password. */
function linkRefused(error: { graphQLErrors: { extensions?: Record<string, unknown> }[] }): boolean {
  return error.graphQLErrors.some(
    (e) => e.extensions?.reason === 'ACCOUNT_TOKEN_INVALID' || Object.keys((e.extensions?.fields as object) ?? {}).includes('token'),
  );
}

/** `/reset-password?token=…`, the link of the reset mail: a new password, then signed in. */
export default function ResetPasswordPage() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, resetPassword] = useMutation(ResetPasswordDocument);
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<Values>({ argumentNames: [] });
  const [refused, setRefused] = useState(false);
  const [done, setDone] = useState(false);

  const onFinish = async (values: Values) => {
    setGeneralError(undefined);
    const result = await resetPassword({ token, password: values.password });
    if (result.data?.resetPassword) {
      startSession(result.data.resetPassword);
      setDone(true);
    } else if (result.error) {
      if (linkRefused(result.error)) setRefused(true);
      else applyError(result.error);
    }
  };

  const problem = !token ? t('reset.noToken') : refused ? t('reset.invalid') : null;

  return (
    <Card style={{ maxWidth: 460, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('reset.title')}
      </Typography.Title>
      {done ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="success" showIcon title={t('reset.done')} role="status" />
          <Link to="/">{t('reset.goHome')}</Link>
        </Space>
      ) : problem ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="error" showIcon title={problem} role="alert" />
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </Space>
      ) : (
        <>
          <FormError error={generalError} gap={16} />
          <Form layout="vertical" {...formProps} onFinish={(values) => void onFinish(values)} requiredMark={false}>
            <Form.Item
              name="password"
              label={t('reset.newPassword')}
              extra={tc('auth.passwordHint')}
              rules={[{ required: true, message: tc('auth.required', { field: t('reset.newPassword') }) }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('reset.confirm')}
              dependencies={['password']}
              rules={[
                { required: true, message: tc('auth.required', { field: t('reset.confirm') }) },
                ({ getFieldValue }) => ({
                  validator: (_rule, value) =>
                    !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('reset.mismatch'))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={state.fetching}>
              {t('reset.submit')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
