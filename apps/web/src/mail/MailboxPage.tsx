import './messages';
import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../components/format';
import { PageState } from '../components/PageState';
import { generalMessage } from '../components/server-errors';
import type { MailboxQuery as MailboxResult } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { MailboxQuery } from './documents';
import { linkify } from './linkify';

type Mail = MailboxResult['mailbox']['edges'][number]['node'];

const STATUS_COLOR: Record<Mail['status'], string> = { QUEUED: 'blue', SENT: 'green', KEPT: 'cyan', FAILED: 'red' };
const PAGE = 20;

/** `/admin/mailbox`: outgoing mail for administrators, filtered by recipient (kept in the URL as `?to=`). */
export default function MailboxPage() {
  const { t } = useTranslation('mail');
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? '';
  // One query per page already shown: "load more" appends the page after the last cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  // One field and two buttons: a plain form (antd's Form with its validator is not needed here).
  const [draft, setDraft] = useState(to);
  const [shown, setShown] = useState(to);
  if (shown !== to) {
    setShown(to);
    setDraft(to);
  }

  const filter = (value: string) => {
    setCursors([null]);
    const next = new URLSearchParams(params);
    if (value.trim()) next.set('to', value.trim());
    else next.delete('to');
    setParams(next);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      </div>
      <Card>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            filter(draft);
          }}
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 16px' }}
        >
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, maxWidth: '100%' }}>
            <label htmlFor="mailbox-to">{t('filter')}:</label>
            <Input
              id="mailbox-to"
              type="email"
              inputMode="email"
              placeholder={t('filterPlaceholder')}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              style={{ width: 280, maxWidth: '100%' }}
            />
          </span>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('search')}
            </Button>
            {to && <Button onClick={() => filter('')}>{t('clear')}</Button>}
          </Space>
        </form>
      </Card>
      {cursors.map((after, index) => (
        <MailPage
          key={`${to}|${after ?? ''}`}
          to={to}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          onMore={(cursor) => setCursors((current) => [...current, cursor])}
        />
      ))}
    </Space>
  );
}

function MailPage({ to, after, first, last, onMore }: { to: string; after: string | null; first: boolean; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useTranslation('mail');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MailboxQuery,
    variables: { to: to || null, first: PAGE, after },
    requestPolicy: 'network-only',
  });
  const mailbox = data?.mailbox;
  if (!mailbox)
    return (
      <PageState loading={fetching} error={error ? (generalMessage(error) ?? true) : undefined} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  return (
    <>
      {first && (
        <Typography.Text type="secondary" role="status">
          {mailbox.totalCount === 0 ? t('empty') : t('total', { count: mailbox.totalCount })}
        </Typography.Text>
      )}
      <ul className="tb-mailbox" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
        {mailbox.edges.map(({ node }) => (
          <MailItem key={node.id} mail={node} />
        ))}
      </ul>
      {last && mailbox.pageInfo.hasNextPage && mailbox.pageInfo.endCursor && (
        <Button onClick={() => onMore(mailbox.pageInfo.endCursor!)} style={{ alignSelf: 'center' }}>
          {t('more')}
        </Button>
      )}
    </>
  );
}

/** A mail's HTML with a `<base>` that sends its links to a new tab (a sandboxed frame cannot navigate the console). */
function withLinksInNewTab(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `<base target="_blank">${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<base target="_blank">${html.slice(at)}`;
}

function MailItem({ mail }: { mail: Mail }) {
  const { t } = useTranslation('mail');
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<'text' | 'html'>('text');
  const bodyId = `mail-body-${mail.id}`;
  const templateKey = `template.${mail.template}`;
  return (
    <li>
      <Card size="small" data-testid="mail">
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0, overflowWrap: 'anywhere' }}>
            {mail.subject}
          </Typography.Title>
          <Space size={[8, 4]} wrap>
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>{t('to', { to: mail.to })}</Typography.Text>
            <Tag>{t(templateKey, { defaultValue: mail.template })}</Tag>
            <Tag color={STATUS_COLOR[mail.status]}>{t(`status.${mail.status}`)}</Tag>
            <Typography.Text type="secondary">{formatDate(mail.createdAt, currentLanguage(), true)}</Typography.Text>
            {mail.attempts > 1 && <Typography.Text type="secondary">{t('attempts', { count: mail.attempts })}</Typography.Text>}
          </Space>
          {mail.lastError && <Typography.Text type="danger">{t('lastError', { error: mail.lastError })}</Typography.Text>}
          {mail.text === null || mail.text === undefined ? (
            <Typography.Text type="secondary">{t('noBody')}</Typography.Text>
          ) : (
            <>
              <Button size="small" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)} style={{ alignSelf: 'flex-start' }}>
                {open ? t('hide') : t('show')}
              </Button>
              {open && (
                <div id={bodyId} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                  {mail.html && (
                    <Space size={4} role="group" aria-label={t('bodyFormat')}>
                      <Button size="small" type={view === 'text' ? 'primary' : 'default'} aria-pressed={view === 'text'} onClick={() => setView('text')}>
                        {t('asText')}
                      </Button>
                      <Button size="small" type={view === 'html' ? 'primary' : 'default'} aria-pressed={view === 'html'} onClick={() => setView('html')}>
                        {t('asHtml')}
                      </Button>
                    </Space>
                  )}
                  {view === 'html' && mail.html ? (
                    // As the recipient's mail client would show it, in a sandbox: no script, no access to
                    // the console's origin; links open in a new tab.
                    <iframe
                      title={t('htmlFrame', { subject: mail.subject })}
                      sandbox="allow-popups allow-popups-to-escape-sandbox"
                      srcDoc={withLinksInNewTab(mail.html)}
                      data-testid="mail-html"
                      style={{ width: '100%', height: 420, border: '1px solid #f0f0f0', borderRadius: 4, background: '#fff' }}
                    />
                  ) : (
                    <pre
                      style={{
                        whiteSpace: 'pre-wrap',
                        overflowWrap: 'anywhere',
                        fontFamily: 'inherit',
                        margin: 0,
                        background: '#fafafa',
                        padding: 12,
                        borderRadius: 4,
                      }}
                    >
                      {linkify(mail.text).map((piece, index) =>
                        piece.kind === 'link' ? (
                          <a key={index} href={piece.href} style={{ textDecoration: 'underline' }}>
                            {piece.href}
                          </a>
                        ) : (
                          <span key={index}>{piece.text}</span>
                        ),
                      )}
                    </pre>
                  )}
                </div>
              )}
            </>
          )}
        </Space>
      </Card>
    </li>
  );
}
