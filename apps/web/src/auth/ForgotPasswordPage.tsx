import './account.messages';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useServerForm } from '../components/useServerForm';
import { RequestPasswordResetDocument } from './account.documents';
import { FormError } from '../components/FormError';

/** `/forgot-password`: asks for a reset mail. The answer is the same whether the address exists or not. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const [state, requestReset] = useMutation(RequestPasswordResetDocument);
  const { formProps, applyError, generalError, setGeneralError } = useServerForm<{ email: string }>({ argumentNames: [] });
  const [sent, setSent] = useState(false);

  const onFinish = async ({ email }: { email: string }) => {
    setGeneralError(undefined);
    const result = await requestReset({ email: email.trim() });
    if (result.error) applyError(result.error);
    else setSent(true);
  };

  return (
    <Card style={{ maxWidth: 460, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('forgot.title')}
      </Typography.Title>
      {sent ? (
        <>
          <Alert type="success" showIcon title={t('forgot.sent')} role="status" style={{ marginBottom: 16 }} />
          <Button onClick={() => setSent(false)}>{t('forgot.again')}</Button>
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('forgot.intro')}</Typography.Paragraph>
          <FormError error={generalError} gap={16} />
          <Form layout="vertical" {...formProps} onFinish={(values) => void onFinish(values)} requiredMark={false}>
            <Form.Item
              name="email"
              label={tc('auth.email')}
              rules={[
                { required: true, message: tc('auth.required', { field: tc('auth.email') }) },
                { type: 'email', message: tc('auth.invalidEmail') },
              ]}
            >
              <Input autoComplete="email" inputMode="email" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={state.fetching}>
              {t('forgot.submit')}
            </Button>
          </Form>
        </>
      )}
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
