/**
 * The header's unread badge (namespace `dealroom`, key `nav`): apart from the room's strings, which
 * bring the deal page's with them, since the badge is on every signed-in page.
 */
export const unreadNavZh = { rooms: '洽谈室消息', roomsUnread: '洽谈室，{{count}} 条未读' };
export const unreadNavEn = { rooms: 'Deal-room messages', roomsUnread: 'Deal rooms, {{count}} unread' };
