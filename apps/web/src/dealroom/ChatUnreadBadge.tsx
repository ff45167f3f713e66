import { MessageOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { registerMessages } from '../i18n';
import { CHAT_READ_EVENT } from './events';
import { ChatUnreadQuery } from './unread.documents';
import { unreadNavEn, unreadNavZh } from './unread.i18n';

registerMessages('dealroom', { zh: { nav: unreadNavZh }, en: { nav: unreadNavEn } });

const POLL_MS = 30_000;
/** Read marks in a lively room come every few hundred ms: the count is asked again at most this often. */
const READ_REFETCH_MS = 1_000;

/** The header's deal-room link with the unread count over all my rooms (polled, and refreshed when a room marks messages read). */
export function ChatUnreadBadge() {
  const { t } = useTranslation('dealroom');
  const [{ data }, refetch] = useQuery({ query: ChatUnreadQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    const again = () => refetch({ requestPolicy: 'network-only' });
    let pending: ReturnType<typeof setTimeout> | undefined;
    const afterRead = () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        again();
      }, READ_REFETCH_MS);
    };
    const timer = setInterval(again, POLL_MS);
    window.addEventListener(CHAT_READ_EVENT, afterRead);
    window.addEventListener('focus', again);
    return () => {
      clearInterval(timer);
      clearTimeout(pending);
      window.removeEventListener(CHAT_READ_EVENT, afterRead);
      window.removeEventListener('focus', again);
    };
  }, [refetch]);
  const unread = data?.myConversations.reduce((sum, room) => sum + room.unreadCount, 0) ?? 0;
  return (
    <Link
      to="/rooms"
      className="tb-header-btn tb-chat-link"
      aria-label={unread > 0 ? t('nav.roomsUnread', { count: unread }) : t('nav.rooms')}
      data-testid="chat-unread"
      data-count={unread}
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <MessageOutlined style={{ fontSize: 18, color: '#fff' }} aria-hidden />
      </Badge>
    </Link>
  );
}
