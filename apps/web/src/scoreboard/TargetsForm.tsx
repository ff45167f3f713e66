import './messages';
import { App, Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { generalMessage } from '../components/server-errors';
import type { KpiFigureFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { SetKpiTargetsMutation } from './documents';

/** Administrators: the year's target of every figure (empty: none). */
export default function TargetsForm({ year, figures, onSaved }: { year: number; figures: KpiFigureFieldsFragment[]; onSaved: () => void }) {
  const { t } = useTranslation('scoreboard');
  const language = currentLanguage();
  const { message } = App.useApp();
  const [{ fetching }, save] = useMutation(SetKpiTargetsMutation);
  const initial = Object.fromEntries(figures.map((figure) => [figure.key, figure.target ?? undefined]));
  const submit = async (values: Record<string, number | null | undefined>) => {
    const targets = Object.entries(values)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([key, target]) => ({ key, target }));
    const result = await save({ year, targets });
    if (result.error) {
      void message.error(generalMessage(result.error) ?? result.error.message);
      return;
    }
    void message.success(t('targets.saved'));
    onSaved();
  };
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('targets.title')}</h2>} data-testid="targets-form">
      <Typography.Paragraph type="secondary">{t('targets.hint')}</Typography.Paragraph>
      <Form layout="vertical" initialValues={initial} onFinish={submit} key={`${year}:${JSON.stringify(initial)}`}>
        <Row gutter={[12, 0]}>
          {figures.map((figure) => (
            <Col xs={24} sm={12} lg={8} key={figure.key}>
              <Form.Item name={figure.key} label={language === 'en' ? figure.labelEn : figure.labelZh}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('targets.submit')}
        </Button>
      </Form>
    </Card>
  );
}
