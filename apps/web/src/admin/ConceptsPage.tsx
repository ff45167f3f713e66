import './messages';
import { Alert, App as AntApp, Button, Input, List, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../components/format';
import { LazyPopconfirm } from '../components/LazyPopconfirm';
import { LazySelect } from '../components/LazySelect';
import type { ConceptFieldsFragment } from '../gql/graphql';
import { useIndustryFields } from '../public/useIndustryFields';
import { PageState } from '../components/PageState';
import { QueryState } from '../research/QueryState';
import { ConceptAdminsQuery, ConceptDictionaryQuery, ConceptDraftQuery, RemoveConceptMutation } from './concept-documents';
import { conceptRefusal } from './concept-edits';
import { useReload } from './useReload';

// The editor (Form, Select with search) loads when it is opened, not with the list.
const ConceptForm = lazy(() => import('./ConceptForm'));
// The draft's and the history's panels load when their tab is opened.
const DraftPanel = lazy(() => import('./ConceptVersions').then((module) => ({ default: module.DraftPanel })));
const HistoryPanel = lazy(() => import('./ConceptVersions').then((module) => ({ default: module.HistoryPanel })));

export type Concept = ConceptFieldsFragment;
export type Who = (id: string | null | undefined) => string;

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
            children: (
              <Suspense fallback={<PageState loading />}>
                <DraftPanel draft={draft} who={who} onChanged={reload} />
              </Suspense>
            ),
          },
          {
            key: 'history',
            label: t('concepts.tabs.history'),
            children: (
              <Suspense fallback={<PageState loading />}>
                <HistoryPanel draftOpen={!!draft} who={who} reloadKey={reloadKey} onChanged={reload} />
              </Suspense>
            ),
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
        text:
          refused.reason === 'CONCEPT_IN_USE' ? t('concepts.inUse', { name: concept.zh }) : refused.reason ? t(`concepts.reason.${refused.reason}`) : detail,
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
        <LazySelect
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
                <Terms label={t('concepts.partlySolvedByShort')} items={concept.partlySolvedBy} code />
                {refusal?.id === concept.id && <Alert type="error" showIcon role="alert" message={refusal.text} description={refusal.detail} />}
                {editable && (
                  <Space wrap>
                    <Button autoInsertSpace={false} onClick={() => onEdit(concept)} aria-label={`${t('common.edit')} ${concept.zh}`}>
                      {t('common.edit')}
                    </Button>
                    <LazyPopconfirm
                      title={t('concepts.removeConfirm', { name: concept.zh })}
                      okText={t('concepts.remove')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => doRemove(concept)}
                    >
                      <Button danger autoInsertSpace={false} loading={removeState.fetching} aria-label={`${t('concepts.remove')} ${concept.zh}`}>
                        {t('concepts.remove')}
                      </Button>
                    </LazyPopconfirm>
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

function Terms({ label, items, code }: { label: string; items: string[]; code?: boolean }) {
  const { t } = useTranslation('admin');
  if (items.length === 0) return null;
  return (
    <Typography.Text style={wrap}>
      <Typography.Text type="secondary">{t('concepts.labelled', { label })}</Typography.Text>
      {items.map((item, index) => (
        <span key={item}>
          {index > 0 && t('concepts.separator')}
          {code ? <Typography.Text code>{item}</Typography.Text> : item}
        </span>
      ))}
    </Typography.Text>
  );
}
