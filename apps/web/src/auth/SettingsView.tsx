import './account.messages';
import { Alert, App, Button, Card, Form, Radio, Space, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { generalMessage } from '../components/server-errors';
import type { AccountSettingsQuery, MailLanguage, NotificationChannel } from '../gql/graphql';
import { ResendVerificationDocument, SetMailPreferencesDocument } from './account.documents';

interface Values {
  notifications: NotificationChannel;
  dailyDigest: boolean;
  language: MailLanguage;
}

/** `/settings` once its data is in: the e-mail status and the notification preferences form. */
export default function SettingsView({ data }: { data: AccountSettingsQuery }) {
  const { t } = useTranslation('account');
  const { message } = App.useApp();
  const [saving, save] = useMutation(SetMailPreferencesDocument);
  const [resending, resend] = useMutation(ResendVerificationDocument);
  const [form] = Form.useForm<Values>();
  const channel = Form.useWatch('notifications', form);
  const preferences = data.myMailPreferences;

  useEffect(() => {
    if (preferences) form.setFieldsValue({ notifications: preferences.notifications, dailyDigest: preferences.dailyDigest, language: preferences.language });
  }, [preferences, form]);

  const onFinish = async (values: Values) => {
    const result = await save({ input: { ...values, dailyDigest: values.notifications === 'MAIL_TOO' ? values.dailyDigest : false } });
    if (result.error) void message.error(generalMessage(result.error));
    else void message.success(t('settings.saved'));
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('settings.emailHeading')}
        </Typography.Title>
        <Space wrap>
          <Typography.Text>{data.me.email}</Typography.Text>
          <Tag color={data.me.emailVerified ? 'green' : 'gold'}>{data.me.emailVerified ? t('settings.verified') : t('settings.unverified')}</Tag>
        </Space>
        {!data.me.emailVerified && (
          <Space orientation="vertical" style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{t('settings.unverifiedHint')}</Typography.Text>
            <Button
              loading={resending.fetching}
              onClick={() =>
                void resend({}).then((result) => (result.error ? void message.error(generalMessage(result.error)) : void message.success(t('settings.resent'))))
              }
            >
              {t('settings.resend')}
            </Button>
          </Space>
        )}
      </Card>
      <Card>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('settings.notificationsHeading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('settings.notificationsIntro')}</Typography.Paragraph>
        {saving.error && <Alert type="error" showIcon role="alert" title={generalMessage(saving.error)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
          <Form.Item name="notifications" label={t('settings.channel')}>
            <Radio.Group
              options={[
                { value: 'IN_APP_ONLY', label: t('settings.IN_APP_ONLY') },
                { value: 'MAIL_TOO', label: t('settings.MAIL_TOO') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="dailyDigest"
            label={t('settings.dailyDigest')}
            valuePropName="checked"
            extra={channel === 'MAIL_TOO' ? undefined : t('settings.digestNeedsMail')}
          >
            <Switch disabled={channel !== 'MAIL_TOO'} />
          </Form.Item>
          <Form.Item name="language" label={t('settings.language')}>
            <Radio.Group
              options={[
                { value: 'ZH', label: t('settings.ZH') },
                { value: 'EN', label: t('settings.EN') },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving.fetching}>
            {t('settings.save')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
