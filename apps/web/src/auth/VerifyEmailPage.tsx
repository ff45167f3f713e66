import './account.messages';
import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { VerifyEmailDocument } from './account.documents';
import { useSession } from './useSession';

/** `/verify-email?token=…`, the link of the verification mail: verifies once on opening. */
export default function VerifyEmailPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user } = useSession();
  const [, verifyEmail] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<'working' | 'done' | 'invalid'>(token ? 'working' : 'invalid');
  // The token is single use: the effect may run twice (development's strict mode), the mutation once.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    void verifyEmail({ token }).then((result) => setOutcome(result.data?.verifyEmail ? 'done' : 'invalid'));
  }, [token, verifyEmail]);

  return (
    <Card style={{ maxWidth: 460, margin: '24px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('verify.title')}
      </Typography.Title>
      {outcome === 'working' ? (
        <Space>
          <Spin aria-hidden />
          <Typography.Text role="status">{t('verify.working')}</Typography.Text>
        </Space>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {outcome === 'done' ? (
            <Alert type="success" showIcon title={t('verify.done')} role="status" />
          ) : (
            <Alert type="error" showIcon title={token ? t('verify.invalid') : t('verify.noToken')} role="alert" />
          )}
          {user ? <Link to="/settings">{t('verify.toSettings')}</Link> : <Link to="/login?next=%2Fsettings">{t('verify.toLogin')}</Link>}
        </Space>
      )}
    </Card>
  );
}
