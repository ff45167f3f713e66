import './messages';
// The attachments editor is lazy, but the line that stands in for it before the first save speaks its namespace.
import '../files/messages';
import { App, Card, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CreateResultMutation, ResearchResultQuery, UpdateResultMutation } from './documents';
import { QueryState } from './QueryState';
import { EMPTY_RESULT, ResultForm, toResultInput, type ResultFormValues } from './ResultForm';

// The attachments card (upload, remove, access) shows only once the item exists, under the form:
// its chunk loads then, behind a box of the card's height.
const AttachmentsEditor = lazy(() => import('../files/AttachmentsEditor').then((module) => ({ default: module.AttachmentsEditor })));

/** `/research/results/new` and `/research/results/:id/edit`. */
export default function ResultEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation('research');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [existing, refetch] = useQuery({
    query: ResearchResultQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [, createResult] = useMutation(CreateResultMutation);
  const [, updateResult] = useMutation(UpdateResultMutation);

  const result = existing.data?.result;
  const initial: ResultFormValues | null = !id
    ? EMPTY_RESULT
    : result
      ? {
          title: result.title,
          summary: result.summary,
          description: result.description ?? '',
          keywords: result.keywords,
          resultClass: result.resultClass,
          fieldCode: result.fieldCode,
          trl: result.trl,
          patents: result.patents.map((patent) => ({
            number: patent.number,
            title: patent.title,
            granted: patent.granted,
          })),
          transferModes: result.transferModes,
          askingPrice: {
            min: result.askingPrice.min ?? null,
            max: result.askingPrice.max ?? null,
            negotiable: result.askingPrice.negotiable,
          },
          needsPilot: result.needsPilot,
          visibility: result.visibility,
        }
      : null;

  const submit = async (values: ResultFormValues) => {
    const input = toResultInput(values);
    if (!id) {
      const response = await createResult({ input });
      if (response.error || !response.data) return response.error;
      message.success(t('message.created'));
      navigate(`/research/results/${response.data.createResult.id}`);
      return undefined;
    }
    const { resultClass: _fixed, ...update } = input;
    const response = await updateResult({ id, input: update });
    if (response.error) return response.error;
    message.success(t('message.saved'));
    navigate(`/research/results/${id}`);
    return undefined;
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {id ? t('title.editResult') : t('title.newResult')}
        </Typography.Title>
        <QueryState fetching={existing.fetching} error={existing.error} empty={!initial} emptyText={t('state.notFound')} onRetry={() => refetch()}>
          {initial && (
            <ResultForm
              key={id ?? 'new'}
              initialValues={initial}
              onSubmit={submit}
              submitLabel={id ? t('action.save') : t('action.create')}
              onCancel={() => navigate(id ? `/research/results/${id}` : '/research/results')}
              classLocked={!!id}
              draftKey={id ? undefined : 'research.result.new'}
            />
          )}
        </QueryState>
      </Card>
      {id && result ? (
        <Suspense fallback={<div aria-busy="true" style={{ minHeight: 240 }} />}>
          <AttachmentsEditor target="RESULT" targetId={id} files={result.attachments} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        </Suspense>
      ) : (
        !id && <Typography.Paragraph type="secondary">{t('files:saveFirst')}</Typography.Paragraph>
      )}
    </Space>
  );
}
