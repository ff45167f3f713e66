import './messages';
import { Alert, App as AntApp, Button, Collapse, Form, Input, List, Modal, Popconfirm, Segmented, Select, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { generalMessage } from '../components/server-errors';
import type { ConceptChangeFieldsFragment, ConceptFieldsFragment } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { QueryState } from '../research/QueryState';
import {
  ConceptAdminsQuery,
  ConceptDictionaryQuery,
  ConceptDraftQuery,
  ConceptVersionsQuery,
  DiscardConceptDraftMutation,
  PublishConceptDictionaryMutation,
  RemoveConceptMutation,
  RollbackConceptDictionaryMutation,
} from './concept-documents';
import { changedAttributes, conceptRefusal } from './concept-edits';

// The editor (Form, Select with search) loads when it is opened, not with the list.
const ConceptForm = lazy(() => import('./ConceptForm'));

export type Concept = ConceptFieldsFragment;
type Change = ConceptChangeFieldsFragment;
type Who = (id: string | null | undefined) => string;

const PAGE_SIZE = 20;
const wrap = { overflowWrap: 'anywhere' } as const;

/**
 * Administrators: the concept dictionary the matcher uses. Concepts searched and filtered by
 * field, a page at a time; edits go to one shared draft, whose changes are published with a note
 * or discarded; the version history shows what each version changed and who published it, and
 * any earlier version can be made current again.
 */
export default function ConceptsPage() {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const [tab, setTab] = useState('concepts');
  const [editing, setEditing] = useState<Concept | 'new'>();
  const [reloadKey, setReloadKey] = useState(0);
  const [draftState, refetchDraft] = useQuery({ query: ConceptDraftQuery, requestPolicy: 'cache-and-network' });
  const [admins] = useQuery({ query: ConceptAdminsQuery, requestPolicy: 'cache-first' });
  const names = useMemo(() => new Map((admins.data?.users.edges ?? []).map(({ node }) => [node.id, node.displayName])), [admins.data]);
  const who: Who = (id) => (id ? (names.get(id) ?? t('concepts.history.unknownUser')) : t('concepts.history.fromFiles'));
  const current = draftState.data?.current;
  const draft = draftState.data?.draft ?? null;
  const reload = () => {
    refetchDraft({ requestPolicy: 'network-only' });
    setReloadKey((key) => key + 1);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('concepts.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('concepts.intro')}
        </Typography.Paragraph>
      </div>
      <QueryState fetching={draftState.fetching} error={draftState.error} empty={!draftState.data} onRetry={reload}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {current && (
            <Typography.Text data-testid="concepts-current" style={wrap}>
              <Typography.Text strong>{t('concepts.current', { number: current.number, count: current.conceptCount })}</Typography.Text>
              {' · '}
              {t('concepts.currentPublished', { date: formatDate(current.publishedAt, language, true), who: who(current.publishedBy) })}
            </Typography.Text>
          )}
          {draft && (
            <Alert
              type="warning"
              showIcon
              message={t('concepts.draftOpen', { count: draft.changes.length, number: draft.basedOn })}
              action={
                tab !== 'draft' ? (
                  <Button size="small" onClick={() => setTab('draft')}>
                    {t('concepts.tabs.draft', { count: draft.changes.length })}
                  </Button>
                ) : undefined
              }
            />
          )}
        </Space>
      </QueryState>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'concepts',
            label: t('concepts.tabs.concepts'),
            children: <ConceptList draftOpen={!!draft} reloadKey={reloadKey} onEdit={setEditing} onChanged={reload} />,
          },
          {
            key: 'draft',
            label: t('concepts.tabs.draft', { count: draft?.changes.length ?? 0 }),
            children: <DraftPanel draft={draft} who={who} onChanged={reload} />,
          },
          {
            key: 'history',
            label: t('concepts.tabs.history'),
            children: <HistoryPanel draftOpen={!!draft} who={who} reloadKey={reloadKey} onChanged={reload} />,
          },
        ]}
      />
      {editing && (
        <Suspense fallback={null}>
          <ConceptForm
            concept={editing === 'new' ? undefined : editing}
            draftOpen={!!draft}
            onClose={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              reload();
            }}
          />
        </Suspense>
      )}
    </Space>
  );
}

function ConceptList({
  draftOpen,
  reloadKey,
  onEdit,
  onChanged,
}: {
  draftOpen: boolean;
  reloadKey: number;
  onEdit: (concept: Concept | 'new') => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('admin');
  const { message } = AntApp.useApp();
  const fields = useIndustryFields();
  const [view, setView] = useState<'draft' | 'current'>('draft');
  const [fieldCode, setFieldCode] = useState<string>();
  const [text, setText] = useState('');
  // Cursors of the pages seen so far: the first page has none.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const showDraft = draftOpen && view === 'draft';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ConceptDictionaryQuery,
    variables: { draft: showDraft, fieldCode: fieldCode ?? null, text: text || null, first: PAGE_SIZE, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  useReload(reloadKey, () => refetch({ requestPolicy: 'network-only' }));
  const [removeState, remove] = useMutation(RemoveConceptMutation);
  const [refusal, setRefusal] = useState<{ id: string; text: string; detail?: string }>();
  const page = data?.conceptDictionary?.concepts;
  const concepts = page?.edges.map((edge) => edge.node) ?? [];
  // Edits apply to the draft: from the current version only while none is open.
  const editable = showDraft || !draftOpen;
  const filtered = !!fieldCode || !!text;
  const restart = () => setCursors([null]);

  const doRemove = async (concept: Concept) => {
    const response = await remove({ id: concept.id });
    if (response.error) {
      const refused = conceptRefusal(response.error);
      const detail = [...Object.values(refused.fields).flat(), ...refused.general].join(' ');
      setRefusal({
        id: concept.id,
        text: refused.reason === 'CONCEPT_IN_USE' ? t('concepts.inUse', { name: concept.zh }) : refused.reason ? t(`concepts.reason.${refused.reason}`) : detail,
        detail: refused.reason ? detail : undefined,
      });
      return;
    }
    setRefusal(undefined);
    void message.success(t('concepts.removed', { name: concept.zh }));
    onChanged();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%' }}>
        {draftOpen && (
          <Segmented<'draft' | 'current'>
            aria-label={t('concepts.view.label')}
            value={view}
            onChange={(value) => {
              setView(value);
              restart();
            }}
            options={[
              { value: 'draft', label: t('concepts.view.draft') },
              { value: 'current', label: t('concepts.view.current') },
            ]}
          />
        )}
        <Select
          aria-label={t('concepts.field')}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('concepts.allFields')}
          value={fieldCode}
          onChange={(value?: string) => {
            setFieldCode(value);
            restart();
          }}
          options={fields.chains.map((chain) => ({
            label: `${chain.name} (${chain.code})`,
            title: chain.name,
            options: fields.fields
              .filter((field) => field.parentCode === chain.code)
              .map((field) => ({ value: field.code, label: `${field.name} (${field.code})` })),
          }))}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Input.Search
          aria-label={t('concepts.searchPlaceholder')}
          placeholder={t('concepts.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          onSearch={(value) => {
            setText(value.trim());
            restart();
          }}
          style={{ width: 320, maxWidth: '100%' }}
        />
        {editable && (
          <Button type="primary" onClick={() => onEdit('new')}>
            {t('concepts.add')}
          </Button>
        )}
      </Space>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!data || concepts.length === 0}
        emptyText={filtered ? t('concepts.empty') : t('concepts.emptyAll')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Typography.Text type="secondary">
          {t('concepts.total', { count: page?.totalCount ?? 0 })} · {t('concepts.page', { page: cursors.length })}
        </Typography.Text>
        <List
          dataSource={concepts}
          renderItem={(concept) => (
            <List.Item key={concept.id} data-testid="concept-row">
              <Space direction="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
                <Space wrap size={[8, 4]}>
                  <Typography.Text strong style={wrap}>
                    {concept.zh}
                  </Typography.Text>
                  <Typography.Text style={wrap}>{concept.en}</Typography.Text>
                  <Typography.Text code style={wrap}>
                    {concept.id}
                  </Typography.Text>
                </Space>
                <Space wrap size={[4, 4]}>
                  <Tag color={concept.kind === 'PROBLEM' ? 'volcano' : 'blue'}>{t(`concepts.kind.${concept.kind}`)}</Tag>
                  <Tag>{fields.name(concept.fieldCode)}</Tag>
                </Space>
                <Terms label={t('concepts.abbreviations')} items={concept.abbreviations} />
                <Terms label={t('concepts.synonyms')} items={concept.synonyms} />
                <Terms label={t('concepts.broader')} items={concept.broader} code />
                <Terms label={t('concepts.solvedByShort')} items={concept.solvedBy} code />
                {refusal?.id === concept.id && <Alert type="error" showIcon role="alert" message={refusal.text} description={refusal.detail} />}
                {editable && (
                  <Space wrap>
                    <Button onClick={() => onEdit(concept)} aria-label={`${t('common.edit')} ${concept.zh}`}>
                      {t('common.edit')}
                    </Button>
                    <Popconfirm
                      title={t('concepts.removeConfirm', { name: concept.zh })}
                      okText={t('concepts.remove')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => doRemove(concept)}
                    >
                      <Button danger loading={removeState.fetching} aria-label={`${t('concepts.remove')} ${concept.zh}`}>
                        {t('concepts.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                )}
              </Space>
            </List.Item>
          )}
        />
        <Space wrap>
          <Button disabled={cursors.length <= 1} onClick={() => setCursors((list) => list.slice(0, -1))}>
            {t('concepts.prev')}
          </Button>
          <Button
            disabled={!page?.pageInfo.hasNextPage}
            onClick={() => page?.pageInfo.endCursor && setCursors((list) => [...list, page.pageInfo.endCursor ?? null])}
          >
            {t('concepts.next')}
          </Button>
        </Space>
      </QueryState>
    </Space>
  );
}

/** Runs `reload` each time `key` changes after the first render (the page's edits bump it). */
function useReload(key: number, reload: () => void) {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    latest.current();
  }, [key]);
}

function Terms({ label, items, code }: { label: string; items: string[]; code?: boolean }) {
  if (items.length === 0) return null;
  return (
    <Typography.Text style={wrap}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {items.map((item, index) => (
        <span key={item}>
          {index > 0 && '、'}
          {code ? <Typography.Text code>{item}</Typography.Text> : item}
        </span>
      ))}
    </Typography.Text>
  );
}

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
                <Tag color={change.action === 'ADD' ? 'green' : change.action === 'REMOVE' ? 'red' : 'blue'}>{t(`concepts.change.action.${change.action}`)}</Tag>
                <Typography.Text strong style={wrap}>
                  {concept?.zh ?? change.conceptId}
                </Typography.Text>
                <Typography.Text code style={wrap}>
                  {change.conceptId}
                </Typography.Text>
              </Space>
              {attributes.map((attribute) => (
                <Typography.Text key={attribute.attribute} style={wrap}>
                  <Typography.Text type="secondary">{t(`concepts.change.attribute.${attribute.attribute}`)}：</Typography.Text>
                  {attribute.type === 'value' ? (
                    <>
                      <Typography.Text delete>{attribute.before}</Typography.Text> → {attribute.after}
                    </>
                  ) : (
                    <>
                      {attribute.added.length > 0 && (
                        <span>
                          {t('concepts.change.added')} <Typography.Text mark>{attribute.added.join('、')}</Typography.Text>{' '}
                        </span>
                      )}
                      {attribute.removed.length > 0 && (
                        <span>
                          {t('concepts.change.removedItems')} <Typography.Text delete>{attribute.removed.join('、')}</Typography.Text>
                        </span>
                      )}
                    </>
                  )}
                </Typography.Text>
              ))}
              {change.action === 'ADD' && change.after && (
                <Typography.Text type="secondary" style={wrap}>
                  {[change.after.en, ...change.after.abbreviations, ...change.after.synonyms].join('、')}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">{t('concepts.change.by', { who: who(change.actorId), date: formatDate(change.createdAt, language, true) })}</Typography.Text>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

function DraftPanel({
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
      <Typography.Text type="secondary">{t('concepts.draft.startedBy', { who: who(draft.createdBy), date: formatDate(draft.createdAt, language, true) })}</Typography.Text>
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

function HistoryPanel({ draftOpen, who, reloadKey, onChanged }: { draftOpen: boolean; who: Who; reloadKey: number; onChanged: () => void }) {
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
                  {t('concepts.history.meta', { count: version.conceptCount, date: formatDate(version.publishedAt, language, true), who: who(version.publishedBy) })}
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
          <Input.TextArea aria-label={t('concepts.history.rollbackNote')} placeholder={t('concepts.history.rollbackNote')} rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
        </Space>
      </Modal>
    </QueryState>
  );
}
