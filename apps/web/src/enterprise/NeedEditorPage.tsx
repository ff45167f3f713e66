import './messages';
// The attachments editor is lazy, but the line that stands in for it before the first save speaks its namespace.
import '../files/messages';
import { App, Card, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../research/QueryState';
import { CreateNeedMutation, EnterpriseNeedQuery, UpdateNeedMutation } from './documents';
import { EMPTY_NEED, NeedForm, toNeedInput, type NeedFormValues } from './NeedForm';

// The attachments card (upload, remove, access) shows only once the item exists, under the form:
// its chunk loads then, behind a box of the card's height.
const AttachmentsEditor = lazy(() => import('../files/AttachmentsEditor').then((module) => ({ default: module.AttachmentsEditor })));

/** `/enterprise/needs/new` and `/enterprise/needs/:id/edit`. */
export default function NeedEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation('enterprise');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [existing, refetch] = useQuery({
    query: EnterpriseNeedQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [, createNeed] = useMutation(CreateNeedMutation);
  const [, updateNeed] = useMutation(UpdateNeedMutation);
  const need = existing.data?.need;

  const initial: NeedFormValues | null = !id
    ? EMPTY_NEED
    : need
      ? {
          title: need.title,
          summary: need.summary,
          description: need.description ?? '',
          keywords: need.keywords,
          fieldCode: need.fieldCode,
          minTrl: need.minTrl ?? null,
          budget: {
            min: need.budget.min ?? null,
            max: need.budget.max ?? null,
            negotiable: need.budget.negotiable,
          },
          deadline: need.deadline ?? null,
          preferredModes: need.preferredModes,
          visibility: need.visibility,
          collective: !!need.collective,
          collectiveTarget: need.collective?.targetAmount ?? null,
        }
      : null;

  const submit = async (values: NeedFormValues) => {
    const input = toNeedInput(values);
    if (!id) {
      const response = await createNeed({ input });
      if (response.error || !response.data) return response.error;
      message.success(t('message.created'));
      navigate(`/enterprise/needs/${response.data.createNeed.id}`);
      return undefined;
    }
    const { collectiveTarget: _fixed, ...update } = input;
    const response = await updateNeed({ id, input: update });
    if (response.error) return response.error;
    message.success(t('message.saved'));
    navigate(`/enterprise/needs/${id}`);
    return undefined;
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {id ? t('title.editNeed') : t('title.newNeed')}
        </Typography.Title>
        <QueryState fetching={existing.fetching} error={existing.error} empty={!initial} emptyText={t('state.notFound')} onRetry={() => refetch()}>
          {initial && (
            <NeedForm
              key={id ?? 'new'}
              initialValues={initial}
              onSubmit={submit}
              submitLabel={id ? t('action.save') : t('action.create')}
              onCancel={() => navigate(id ? `/enterprise/needs/${id}` : '/enterprise/needs')}
              collectiveLocked={!!id}
              draftKey={id ? undefined : 'enterprise.need.new'}
            />
          )}
        </QueryState>
      </Card>
      {id && need ? (
        <Suspense fallback={<div aria-busy="true" style={{ minHeight: 240 }} />}>
          <AttachmentsEditor target="NEED" targetId={id} files={need.attachments} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        </Suspense>
      ) : (
        !id && <Typography.Paragraph type="secondary">{t('files:saveFirst')}</Typography.Paragraph>
      )}
    </Space>
  );
}
