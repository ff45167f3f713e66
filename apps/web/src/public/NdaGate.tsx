import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/useSession';
import { FormError } from '../components/FormError';

/**
 * What a TEASER item shows in place of its details: a prompt to sign in, then the click-through
 * NDA. The server decides what is confidential; this only asks for the acceptance it records.
 */
export function NdaGate({ title, accepting, error, onAccept }: { title: string; accepting: boolean; error?: string; onAccept: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [agreed, setAgreed] = useState(false);
  return (
    <Card data-testid="nda-gate">
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        <LockOutlined /> {title}
      </Typography.Title>
      <Typography.Paragraph>{t('result.teaserBody')}</Typography.Paragraph>
      {!user ? (
        <Button type="primary" onClick={() => void navigate(`/login?next=${encodeURIComponent(location.pathname)}`)}>
          {t('result.signInForNda')}
        </Button>
      ) : (
        <section aria-labelledby="nda-title">
          <Typography.Title level={3} id="nda-title" style={{ fontSize: 16 }}>
            {t('result.ndaTitle')}
          </Typography.Title>
          <Typography.Paragraph className="tb-nda-text">{t('result.ndaText')}</Typography.Paragraph>
          <FormError error={error} />
          <Checkbox checked={agreed} onChange={(event) => setAgreed(event.target.checked)}>
            {t('result.ndaAgree')}
          </Checkbox>
          <div style={{ marginTop: 12 }}>
            <Button type="primary" disabled={!agreed} loading={accepting} onClick={onAccept}>
              {t('result.ndaAccept')}
            </Button>
          </div>
        </section>
      )}
    </Card>
  );
}
