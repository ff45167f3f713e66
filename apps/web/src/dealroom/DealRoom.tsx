import './messages';
import './dealroom.css';
import { CheckOutlined, ClockCircleOutlined, EyeOutlined, PaperClipOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Input, Result, Space, Tag, Typography } from 'antd';
import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { getAccessToken, refreshSession } from '../auth/session';
import { useSession } from '../auth/useSession';
import { QueryState } from '../research/QueryState';
import { formatMoney } from '../research/format';
import type { ContractType, DealRoomQuery as DealRoomQueryResult } from '../gql/graphql';
import { STAGE_COLORS } from '../deals/stage-colors';
import { latestOffer, readersOf, type ChatAttachment, type ChatMessage, type ConnectionState, type PendingMessage } from './chat-client';
import { DealRoomQuery } from './documents';
import type { OfferFields } from './OfferDialog';
import { useDealRoom } from './useDealRoom';
import { LazyPopconfirm } from '../components/LazyPopconfirm';
import { dateFormat } from '../components/intl';

type Deal = NonNullable<DealRoomQueryResult['deal']>;

// The offer dialog (Modal, Form, number input) is fetched as the composer renders and mounts with
// the first press of its button.
const loadOfferDialog = () => import('./OfferDialog');
const OfferDialog = lazy(loadOfferDialog);
const CONNECTION_BADGE: Record<ConnectionState, 'processing' | 'success' | 'warning' | 'error' | 'default'> = {
  connecting: 'processing',
  online: 'success',
  offline: 'warning',
  forbidden: 'error',
  unauthenticated: 'error',
};
const NEAR_BOTTOM_PX = 48;
const NEAR_TOP_PX = 80;

/**
 * The deal room of one deal: live messages over socket.io, offers as cards with their accept
 * button, SYSTEM messages for stage changes, files, read marks. Rendered by /deals/:id/room and
 * inside the deal page's chat panel.
 */
export default function DealRoom({ dealId }: { dealId: string }) {
  const { t } = useTranslation('dealroom');
  const [{ data, fetching, error }, refetch] = useQuery({ query: DealRoomQuery, variables: { id: dealId }, requestPolicy: 'cache-and-network' });
  const deal = data?.deal;
  if (!fetching && !error && data && !deal) return <Forbidden />;
  return (
    <QueryState fetching={fetching} error={error} empty={!deal} emptyText={t('forbidden.title')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {deal && <Room key={deal.conversation.id} deal={deal} onDealChanged={() => refetch({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}

function Forbidden() {
  const { t } = useTranslation('dealroom');
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.body')} data-testid="dealroom-forbidden" />;
}

function Room({ deal, onDealChanged }: { deal: Deal; onDealChanged: () => void }) {
  const { t, i18n } = useTranslation('dealroom');
  const { message: toast } = App.useApp();
  const { user } = useSession();
  const myId = user?.id ?? null;
  const participants = deal.conversation.participants;
  const initialReads = useMemo(() => Object.fromEntries(participants.map((p) => [p.user.id, p.lastReadSeq])), [participants]);
  const names = useMemo(() => new Map(participants.map((p) => [p.user.id, p.user.displayName])), [participants]);
  const orgOf = useMemo(() => new Map(participants.map((p) => [p.user.id, p.user.organization?.id ?? null])), [participants]);
  const room = useDealRoom(
    deal.conversation.id,
    myId,
    initialReads,
    (problem) => void toast.error(problem === 'history' ? t('connection.offline') : t('error.send', { message: problem })),
  );
  const { state } = room;
  const stage = room.liveStage ?? deal.stage;
  const member = !!myId && participants.some((p) => p.user.id === myId);
  const isBroker = !!myId && deal.broker?.id === myId;

  // Once per stage pushed live: the refetch re-renders with a new callback, and asking again on
  // every render until the answer lands would never stop.
  const refetchedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!room.liveStage || room.liveStage === deal.stage || refetchedFor.current === room.liveStage) return;
    refetchedFor.current = room.liveStage;
    onDealChanged();
  }, [room.liveStage, deal.stage, onDealChanged]);

  // ---- scrolling: stay at the bottom for new messages, keep the reader's place when older ones load above ----
  const logRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const restore = useRef<{ height: number; top: number } | null>(null);
  const firstSeq = state.messages[0]?.seq;
  const lastSeq = state.messages[state.messages.length - 1]?.seq;

  useLayoutEffect(() => {
    const element = logRef.current;
    if (!element) return;
    if (restore.current) {
      element.scrollTop = element.scrollHeight - restore.current.height + restore.current.top;
      restore.current = null;
    } else if (atBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [firstSeq, lastSeq, state.pending.length]);

  useEffect(() => {
    if (atBottom.current && document.visibilityState === 'visible') room.markRead();
  }, [lastSeq, state.connection, room]);

  const loadOlder = () => {
    const element = logRef.current;
    if (element) restore.current = { height: element.scrollHeight, top: element.scrollTop };
    void room.loadOlder().finally(() => {
      // Nothing came (an error): the next scroll must not jump.
      requestAnimationFrame(() => {
        restore.current = null;
      });
    });
  };

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
    if (atBottom.current) room.markRead();
    if (element.scrollTop < NEAR_TOP_PX && state.hasOlder && !room.loadingOlder) loadOlder();
  };

  const newestOffer = latestOffer(state.messages);
  const canAccept = (offer: ChatMessage): boolean => {
    if (!myId || !offer.sender || offer.sender.id === myId || stage !== 'NEGOTIATING' || newestOffer?.id !== offer.id || !member) return false;
    if (isBroker) return true;
    const senderOrg = orgOf.get(offer.sender.id);
    return !senderOrg || senderOrg !== user?.organization?.id;
  };
  const accept = async (offer: ChatMessage) => {
    const result = await room.acceptOffer(offer.id);
    if (result.ok) void toast.success(t('offer.accepted'));
    else void toast.error(t('error.accept', { message: result.message }));
  };
  // One callback for the whole log, so a row's props stay equal and its memo holds.
  const acceptRef = useRef(accept);
  acceptRef.current = accept;
  const onAccept = useCallback((offer: ChatMessage) => acceptRef.current(offer), []);
  const { send, retry } = room;
  const onSend = useCallback(
    (message: Parameters<typeof send>[0]) => {
      atBottom.current = true;
      send(message);
    },
    [send],
  );

  const typingName = room.typingUserId ? names.get(room.typingUserId) : null;

  return (
    <section aria-labelledby="dealroom-title" className="tb-dealroom" data-testid="dealroom" data-connection={state.connection}>
      <RoomHeader deal={deal} stage={stage} connection={state.connection} />

      {state.connection === 'forbidden' ? (
        <Forbidden />
      ) : (
        <>
          <div
            ref={logRef}
            className="tb-dealroom-log"
            role="log"
            aria-label={t('log')}
            aria-live="polite"
            tabIndex={0}
            onScroll={onScroll}
            data-testid="dealroom-log"
          >
            <div className="tb-dealroom-older">
              {state.hasOlder ? (
                <Button size="small" onClick={loadOlder} loading={room.loadingOlder}>
                  {room.loadingOlder ? t('loadingOlder') : t('loadOlder')}
                </Button>
              ) : state.loaded && state.messages.length > 0 ? (
                <Typography.Text className="tb-dealroom-meta">{t('beginning')}</Typography.Text>
              ) : null}
            </div>
            {state.loaded && state.messages.length === 0 && state.pending.length === 0 && (
              <Typography.Paragraph className="tb-dealroom-meta">{t('empty')}</Typography.Paragraph>
            )}
            {state.messages.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                mine={!!myId && message.sender?.id === myId}
                language={i18n.language}
                readBy={
                  message.sender?.id === myId
                    ? readersOf(message.seq, state.reads, myId)
                        .map((id) => names.get(id) ?? '')
                        .join('、')
                    : ''
                }
                offerState={
                  message.kind === 'OFFER'
                    ? newestOffer?.id !== message.id
                      ? 'superseded'
                      : stage === 'NEGOTIATING' || stage === 'INTRODUCED'
                        ? 'open'
                        : 'accepted'
                    : undefined
                }
                onAccept={canAccept(message) ? onAccept : undefined}
              />
            ))}
            {state.pending.map((pending) => (
              <PendingItem key={pending.clientMessageId} pending={pending} onRetry={retry} />
            ))}
          </div>
          <div className="tb-dealroom-typing" aria-hidden={!typingName}>
            {typingName ? t('typing', { name: typingName }) : ' '}
          </div>
          {member ? (
            <Composer disabled={state.connection === 'unauthenticated'} onTyping={room.typing} onSend={onSend} />
          ) : (
            <Typography.Paragraph className="tb-dealroom-meta">{t('composer.readOnly')}</Typography.Paragraph>
          )}
        </>
      )}
    </section>
  );
}

/** Title, stage, connection and participants: rendered again only when one of them changes, not per message. */
const RoomHeader = memo(function RoomHeader({ deal, stage, connection }: { deal: Deal; stage: string; connection: ConnectionState }) {
  const { t } = useTranslation('dealroom');
  const participants = deal.conversation.participants;
  return (
    <header className="tb-dealroom-head">
      <Space wrap size={[8, 4]} style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} id="dealroom-title" style={{ margin: 0, fontSize: 20 }}>
          {t('title')}
          <span className="sr-only">
            {' '}
            · {deal.result.title}
            {deal.need ? ` ↔ ${deal.need.title}` : ''}
          </span>
        </Typography.Title>
        <Space wrap size={4}>
          <Tag color={STAGE_COLORS[stage]} data-testid="deal-stage" data-stage={stage}>
            {t(`stage.${stage}`)}
          </Tag>
          <span role="status" aria-live="polite" data-testid="dealroom-connection">
            <Badge status={CONNECTION_BADGE[connection]} text={t(`connection.${connection}`)} />
          </span>
        </Space>
      </Space>
      <Typography.Paragraph style={{ margin: '4px 0 0' }}>
        {deal.result.title}
        {deal.need && (
          <>
            <span aria-hidden> ↔ </span>
            {deal.need.title}
          </>
        )}
      </Typography.Paragraph>
      <Typography.Text className="tb-dealroom-meta">
        {t('participants')}:{' '}
        {participants
          .map(
            (p) =>
              `${p.user.displayName}${p.user.id === deal.broker?.id ? ` (${t('broker')})` : ''}${p.user.organization ? ` · ${p.user.organization.name}` : ''}`,
          )
          .join('，')}
      </Typography.Text>
    </header>
  );
});

/** A message's time. */
function time(iso: string, language: string): string {
  return dateFormat(language.startsWith('en') ? 'en-GB' : 'zh-CN', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

// Memoised with plain props (the readers' names as one string, one accept callback for all): a
// new message renders its own row, not every row of the log again.
const MessageItem = memo(function MessageItem({
  message,
  mine,
  language,
  readBy,
  offerState,
  onAccept,
}: {
  message: ChatMessage;
  mine: boolean;
  language: string;
  /** Who of the others has read it, joined; empty when nobody has (or it is not mine). */
  readBy: string;
  offerState?: 'open' | 'accepted' | 'superseded';
  onAccept?: (offer: ChatMessage) => Promise<void>;
}) {
  const { t } = useTranslation('dealroom');
  if (message.kind === 'SYSTEM') {
    return (
      <div className="tb-msg tb-msg-system" data-seq={message.seq} data-kind="SYSTEM" data-testid="dealroom-message">
        <span className="sr-only">{t('system')}: </span>
        <span className="tb-msg-body">{message.body}</span>
        <span className="tb-msg-time"> · {time(message.createdAt, language)}</span>
      </div>
    );
  }
  return (
    <div className={`tb-msg ${mine ? 'tb-msg-mine' : 'tb-msg-theirs'}`} data-seq={message.seq} data-kind={message.kind} data-testid="dealroom-message">
      <div className="tb-msg-meta">
        <strong>{mine ? t('you') : (message.sender?.displayName ?? '')}</strong> · {time(message.createdAt, language)}
      </div>
      {message.offer ? (
        <Card size="small" className="tb-offer" title={t('offer.card')} data-testid="dealroom-offer">
          <div className="tb-offer-amount">{t('offer.amountValue', { amount: formatMoney(message.offer.amount) })}</div>
          <Tag>{t(`contractType.${message.offer.contractType}`)}</Tag>
          {message.offer.terms && <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{message.offer.terms}</Typography.Paragraph>}
          <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{message.body}</Typography.Paragraph>
          <div style={{ marginTop: 8 }}>
            {offerState === 'accepted' && <Tag color={STAGE_COLORS.TERMS_AGREED}>{t('offer.accepted')}</Tag>}
            {offerState === 'superseded' && <Typography.Text className="tb-dealroom-meta">{t('offer.superseded')}</Typography.Text>}
            {onAccept && (
              <LazyPopconfirm title={t('offer.acceptConfirm')} onConfirm={() => onAccept(message)} okText={t('offer.accept')} cancelText={t('offer.cancel')}>
                <Button type="primary">{t('offer.accept')}</Button>
              </LazyPopconfirm>
            )}
          </div>
        </Card>
      ) : (
        <div className="tb-msg-bubble">
          <span className="tb-msg-body">{message.body}</span>
        </div>
      )}
      {(message.attachments ?? []).length > 0 && <Attachments files={message.attachments ?? []} />}
      {mine && (
        <div className="tb-msg-status" data-status={readBy ? 'read' : 'sent'}>
          {readBy ? (
            <>
              <EyeOutlined aria-hidden /> {t('status.readBy', { names: readBy })}
            </>
          ) : (
            <>
              <CheckOutlined aria-hidden /> {t('status.sent')}
            </>
          )}
        </div>
      )}
    </div>
  );
});

const PendingItem = memo(function PendingItem({ pending, onRetry }: { pending: PendingMessage; onRetry: (clientMessageId: string) => void }) {
  const { t } = useTranslation('dealroom');
  return (
    <div className="tb-msg tb-msg-mine" data-testid="dealroom-pending" data-status={pending.status}>
      <div className="tb-msg-bubble tb-msg-pending">
        <span className="tb-msg-body">{pending.body}</span>
      </div>
      {pending.attachments && pending.attachments.length > 0 && <Attachments files={pending.attachments} />}
      <div className="tb-msg-status" data-status={pending.status}>
        {pending.status === 'sending' ? (
          <>
            <ClockCircleOutlined aria-hidden /> {t('status.sending')}
          </>
        ) : (
          <Space size={4}>
            <WarningOutlined aria-hidden className="tb-msg-failed" />
            <span className="tb-msg-failed">{t('status.failed')}</span>
            <Button size="small" onClick={() => onRetry(pending.clientMessageId)}>
              {t('retry')}
            </Button>
          </Space>
        )}
      </div>
    </div>
  );
});

/** Downloads go through fetch: a plain link would not carry the Bearer token the room's files need. */
async function download(file: ChatAttachment): Promise<void> {
  const get = () => fetch(file.url, { headers: getAccessToken() ? { authorization: `Bearer ${getAccessToken()}` } : {} });
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Attachments({ files }: { files: ChatAttachment[] }) {
  const { t } = useTranslation('dealroom');
  const { message: toast } = App.useApp();
  return (
    <div className="tb-msg-files">
      {files.map((file) => (
        <Button
          key={file.id}
          size="small"
          icon={<PaperClipOutlined aria-hidden />}
          aria-label={t('attachment.download', { name: file.name })}
          onClick={() => void download(file).catch(() => toast.error(t('error.download')))}
          data-testid="dealroom-attachment"
        >
          <span className="tb-file-name">{file.name}</span> · {t('attachment.size', { size: Math.max(1, Math.round(file.size / 1024)) })}
        </Button>
      ))}
    </div>
  );
}

/** POST /files as the console does everything else: the in-memory token, refreshed once when refused. */
async function uploadFile(file: File): Promise<ChatAttachment> {
  const post = () => {
    const form = new FormData();
    form.append('file', file, file.name);
    const token = getAccessToken();
    return fetch('/files', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  };
  let response = await post();
  if (response.status === 401 && (await refreshSession())) response = await post();
  const body = (await response.json().catch(() => ({}))) as Partial<ChatAttachment> & { error?: { message?: string } };
  if (!response.ok || !body.id) throw new Error(body.error?.message ?? String(response.status));
  return { id: body.id, name: body.name ?? file.name, contentType: body.contentType ?? '', size: body.size ?? file.size, url: body.url ?? `/files/${body.id}` };
}

// Memoised: a message arriving re-renders the room, and the text area's auto-size measures itself on every render.
const Composer = memo(function Composer({
  disabled,
  onSend,
  onTyping,
}: {
  disabled: boolean;
  onSend: (message: {
    body: string;
    offer?: { amount: string; contractType: ContractType; terms?: string | null };
    attachmentIds?: string[];
    attachments?: ChatAttachment[];
  }) => void;
  onTyping: () => void;
}) {
  const { t } = useTranslation('dealroom');
  const { message: toast } = App.useApp();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<ChatAttachment[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);
  const [offerOpen, setOfferOpen] = useState(false);
  const [offerWanted, setOfferWanted] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = () => {
    const body = text.trim() || files.map((file) => `📎 ${file.name}`).join(' ');
    if (!body || uploading) return;
    onSend({ body, ...(files.length > 0 ? { attachmentIds: files.map((file) => file.id), attachments: files } : {}) });
    setText('');
    setFiles([]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const pick = async (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    setUploading(file.name);
    try {
      const uploaded = await uploadFile(file);
      setFiles((current) => [...current, uploaded]);
    } catch (error) {
      void toast.error(t('error.upload', { message: (error as Error).message }));
    } finally {
      setUploading(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  const sendOffer = (values: OfferFields) => {
    const amount = Number(values.amount).toFixed(2);
    onSend({
      body: values.note?.trim() || t('offer.defaultBody', { amount: formatMoney(amount) }),
      offer: { amount, contractType: values.contractType, terms: values.terms?.trim() || null },
    });
    setOfferOpen(false);
  };
  useEffect(() => {
    if (!disabled) void loadOfferDialog();
  }, [disabled]);

  return (
    <div className="tb-dealroom-composer">
      {(files.length > 0 || uploading) && (
        <div className="tb-msg-files" aria-live="polite">
          {files.map((file) => (
            <Tag
              key={file.id}
              closable
              onClose={() => setFiles((current) => current.filter((f) => f.id !== file.id))}
              closeIcon={<span aria-label={t('composer.removeAttachment', { name: file.name })}>×</span>}
            >
              <PaperClipOutlined aria-hidden /> {file.name}
            </Tag>
          ))}
          {uploading && <Typography.Text className="tb-dealroom-meta">{t('composer.attaching', { name: uploading })}</Typography.Text>}
        </div>
      )}
      <label htmlFor="dealroom-input" className="sr-only">
        {t('composer.label')}
      </label>
      <Input.TextArea
        id="dealroom-input"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onTyping();
        }}
        onKeyDown={onKeyDown}
        placeholder={t('composer.placeholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={4000}
        disabled={disabled}
      />
      <div className="tb-dealroom-actions">
        <input ref={fileInput} type="file" hidden aria-hidden tabIndex={-1} data-testid="dealroom-file" onChange={(event) => void pick(event.target.files)} />
        <Button icon={<PaperClipOutlined aria-hidden />} onClick={() => fileInput.current?.click()} disabled={disabled || !!uploading}>
          {t('composer.attach')}
        </Button>
        <Button
          onClick={() => {
            setOfferWanted(true);
            setOfferOpen(true);
          }}
          disabled={disabled}
        >
          {t('composer.offer')}
        </Button>
        <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={submit} disabled={disabled || !!uploading || (!text.trim() && files.length === 0)}>
          {t('composer.send')}
        </Button>
      </div>
      {offerWanted && (
        <Suspense fallback={null}>
          <OfferDialog open={offerOpen} onClose={() => setOfferOpen(false)} onOffer={sendOffer} />
        </Suspense>
      )}
    </div>
  );
});
