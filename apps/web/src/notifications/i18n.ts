/** Strings of the notifications page (namespace `notificationsPage`), in Chinese and English. */
export const notificationsPageZh = {
  title: '全部通知',
  intro: '有截止日期或需要您回复的事项。邮件通知与每日摘要可在账户设置中选择。',
  toSettings: '通知方式设置',
  openDeal: '查看对接',
  more: '加载更多',
  all: '全部通知',
  unreadOnly: '只看未读',
};

export type NotificationsPageStrings = typeof notificationsPageZh;

export const notificationsPageEn: NotificationsPageStrings = {
  title: 'All notifications',
  intro: 'What has a deadline or needs your answer. Mail and the daily digest are chosen in your account settings.',
  toSettings: 'Notification settings',
  openDeal: 'Open the deal',
  more: 'Load more',
  all: 'All notifications',
  unreadOnly: 'Unread only',
};
