import './messages';
import { Alert, App as AntApp, Button, Collapse, Form, Input, List, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import type { ConceptChangeFieldsFragment } from '../gql/graphql';
import { QueryState } from '../research/QueryState';
import { ConceptVersionsQuery, DiscardConceptDraftMutation, PublishConceptDictionaryMutation, RollbackConceptDictionaryMutation } from './concept-documents';
import { changedAttributes, conceptRefusal } from './concept-edits';
import type { Who } from './ConceptsPage';
import { useReload } from './useReload';

// The draft's and the history's panels (publish and rollback dialogs, change logs): loaded when
// their tab is opened, not with the concept list shown first.

type Change = ConceptChangeFieldsFragment;
const wrap = { overflowWrap: 'anywhere' } as const;

/** What each change did: the concept, who and when, and for a change the attributes it touched. */
function ChangeList({ changes, who }: { changes: Change[]; who: Who }) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <List
      size="small"
      dataSource={changes}
      renderItem={(change) => {
        const concept = change.after ?? change.before;
        const attributes = changedAttributes(change.before, change.after);
        return (
          <List.Item key={change.id} data-testid="concept-change">
            <Space direction="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
              <Space wrap size={[8, 4]}>
                <Tag color={change.action === 'ADD' ? 'green' : change.action === 'REMOVE' ? 'red' : 'blue'}>
                  {t(`concepts.change.action.${change.action}`)}
                </Tag>
                <Typography.Text strong style={wrap}>
                  {concept?.zh ?? change.conceptId}
                </Typography.Text>
                <Typography.Text code style={wrap}>
                  {change.conceptId}
                </Typography.Text>
              </Space>
              {attributes.map((attribute) => (
                <Typography.Text key={attribute.attribute} style={wrap}>
                  <Typography.Text type="secondary">{t('concepts.labelled', { label: t(`concepts.change.attribute.${attribute.attribute}`) })}</Typography.Text>
                  {attribute.type === 'value' ? (
                    <>
                      <Typography.Text delete>{attribute.before}</Typography.Text> → {attribute.after}
                    </>
                  ) : (
                    <>
                      {attribute.added.length > 0 && (
                        <span>
                          {t('concepts.change.added')} <Typography.Text mark>{attribute.added.join(t('concepts.separator'))}</Typography.Text>{' '}
                        </span>
                      )}
                      {attribute.removed.length > 0 && (
                        <span>
                          {t('concepts.change.removedItems')} <Typography.Text delete>{attribute.removed.join(t('concepts.separator'))}</Typography.Text>
                        </span>
                      )}
                    </>
                  )}
                </Typography.Text>
              ))}
              {change.action === 'ADD' && change.after && (
                <Typography.Text type="secondary" style={wrap}>
                  {[change.after.en, ...change.after.abbreviations, ...change.after.synonyms].join(t('concepts.separator'))}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">
                {t('concepts.change.by', { who: who(change.actorId), date: formatDate(change.createdAt, language, true) })}
              </Typography.Text>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

export function DraftPanel({
  draft,
  who,
  onChanged,
}: {
  draft: { id: string; basedOn?: number | null; createdAt: string; createdBy?: string | null; changes: Change[] } | null;
  who: Who;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = AntApp.useApp();
  const [publishing, setPublishing] = useState(false);
  const [publishState, publish] = useMutation(PublishConceptDictionaryMutation);
  const [discardState, discard] = useMutation(DiscardConceptDraftMutation);
  const [failure, setFailure] = useState<string>();
  const [form] = Form.useForm<{ note: string }>();

  if (!draft || draft.changes.length === 0) {
    return <QueryState fetching={false} empty emptyText={t('concepts.draft.empty')} children={null} />;
  }

  const explain = (error: Parameters<typeof conceptRefusal>[0]) => {
    const refused = conceptRefusal(error);
    return refused.reason ? t(`concepts.reason.${refused.reason}`) : (generalMessage(error) ?? '');
  };

  const doPublish = async ({ note }: { note: string }) => {
    const response = await publish({ note: note.trim() });
    if (response.error) return setFailure(explain(response.error));
    setFailure(undefined);
    setPublishing(false);
    form.resetFields();
    void message.success(t('concepts.draft.published', { number: response.data?.publishConceptDictionary.number }));
    onChanged();
  };

  const doDiscard = async () => {
    const response = await discard({});
    if (response.error) return setFailure(explain(response.error));
    setFailure(undefined);
    void message.success(t('concepts.draft.discarded'));
    onChanged();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {t('concepts.draft.changes')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('concepts.draft.startedBy', { who: who(draft.createdBy), date: formatDate(draft.createdAt, language, true) })}
      </Typography.Text>
      {failure && <Alert type="error" showIcon role="alert" message={failure} />}
      <Space wrap>
        <Button type="primary" onClick={() => setPublishing(true)}>
          {t('concepts.draft.publish')}
        </Button>
        <Popconfirm
          title={t('concepts.draft.discardConfirm', { count: draft.changes.length })}
          okText={t('concepts.draft.discard')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={doDiscard}
        >
          <Button danger loading={discardState.fetching}>
            {t('concepts.draft.discard')}
          </Button>
        </Popconfirm>
      </Space>
      <ChangeList changes={draft.changes} who={who} />
      <Modal open={publishing} title={t('concepts.draft.publishTitle')} onCancel={() => setPublishing(false)} footer={null} destroyOnHidden>
        <Form form={form} layout="vertical" aria-label={t('concepts.draft.publishTitle')} onFinish={(values) => void doPublish(values)}>
          <Form.Item name="note" label={t('concepts.draft.note')} rules={[{ required: true, whitespace: true, message: t('concepts.draft.noteRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder={t('concepts.draft.notePlaceholder')} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={publishState.fetching}>
              {t('concepts.draft.publish')}
            </Button>
            <Button onClick={() => setPublishing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Modal>
    </Space>
  );
}

export function HistoryPanel({ draftOpen, who, reloadKey, onChanged }: { draftOpen: boolean; who: Who; reloadKey: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = AntApp.useApp();
  const [first, setFirst] = useState(10);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ConceptVersionsQuery,
    variables: { first },
    requestPolicy: 'cache-and-network',
  });
  useReload(reloadKey, () => refetch({ requestPolicy: 'network-only' }));
  const [rollbackState, rollback] = useMutation(RollbackConceptDictionaryMutation);
  const [target, setTarget] = useState<number>();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string>();
  const versions = data?.conceptDictionaryVersions.edges.map((edge) => edge.node) ?? [];
  const currentNumber = versions[0]?.number;

  const doRollback = async () => {
    if (target === undefined) return;
    const response = await rollback({ number: target, note: note.trim() || null });
    if (response.error) {
      const refused = conceptRefusal(response.error);
      setFailure(refused.reason ? t(`concepts.reason.${refused.reason}`) : generalMessage(response.error));
      return;
    }
    setFailure(undefined);
    setTarget(undefined);
    setNote('');
    void message.success(t('concepts.history.rolledBack', { number: target, next: response.data?.rollbackConceptDictionary.number }));
    onChanged();
  };

  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={!data || versions.length === 0}
      emptyText={t('concepts.history.empty')}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {draftOpen && <Alert type="info" showIcon message={t('concepts.history.rollbackBlocked')} />}
        {failure && <Alert type="error" showIcon role="alert" message={failure} />}
        <List
          dataSource={versions}
          renderItem={(version) => (
            <List.Item key={version.id} data-testid="concept-version">
              <Space direction="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
                <Space wrap size={[8, 4]}>
                  <Typography.Text strong>{t('concepts.history.version', { number: version.number })}</Typography.Text>
                  {version.number === currentNumber && <Tag color="green">{t('concepts.history.currentTag')}</Tag>}
                  {version.rolledBackTo !== null && version.rolledBackTo !== undefined && (
                    <Tag color="purple">{t('concepts.history.rollbackTag', { number: version.rolledBackTo })}</Tag>
                  )}
                </Space>
                <Typography.Text style={wrap}>{version.note}</Typography.Text>
                <Typography.Text type="secondary" style={wrap}>
                  {t('concepts.history.meta', {
                    count: version.conceptCount,
                    date: formatDate(version.publishedAt, language, true),
                    who: who(version.publishedBy),
                  })}
                </Typography.Text>
                {version.changes.length === 0 ? (
                  <Typography.Text type="secondary">{t('concepts.history.noChanges')}</Typography.Text>
                ) : (
                  <Collapse
                    size="small"
                    items={[
                      {
                        key: 'changes',
                        label: t('concepts.history.changes', { count: version.changes.length }),
                        children: <ChangeList changes={version.changes} who={who} />,
                      },
                    ]}
                  />
                )}
                {version.number !== currentNumber && version.number !== null && (
                  <Button disabled={draftOpen} onClick={() => setTarget(version.number ?? undefined)}>
                    {t('concepts.history.rollback')}
                  </Button>
                )}
              </Space>
            </List.Item>
          )}
        />
        {data?.conceptDictionaryVersions.pageInfo.hasNextPage && first < 100 && (
          <Button onClick={() => setFirst((count) => Math.min(100, count + 10))}>{t('concepts.history.more')}</Button>
        )}
      </Space>
      <Modal
        open={target !== undefined}
        title={t('concepts.history.rollback')}
        okText={t('concepts.history.rollback')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: rollbackState.fetching }}
        onOk={() => void doRollback()}
        onCancel={() => setTarget(undefined)}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('concepts.history.rollbackConfirm', { number: target })}</Typography.Paragraph>
          <Input.TextArea
            aria-label={t('concepts.history.rollbackNote')}
            placeholder={t('concepts.history.rollbackNote')}
            rows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Space>
      </Modal>
    </QueryState>
  );
}
