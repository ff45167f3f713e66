/** Strings of the administrators' mailbox (namespace `mail`), in Chinese and English. */
export const mailZh = {
  title: '邮件发件箱',
  intro: '系统发出的全部邮件，最新的在前。未配置 SMTP 服务器（SMTP_URL）时，邮件保存在这里供演示查看；经 SMTP 发出后不再保留正文。',
  filter: '收件人',
  filterPlaceholder: '完整的电子邮箱地址',
  search: '筛选',
  clear: '显示全部',
  total: '共 {{count}} 封',
  empty: '没有邮件',
  more: '加载更多',
  to: '收件人：{{to}}',
  template: {
    'password-reset': '密码重置',
    'email-verification': '邮箱验证',
    notification: '通知',
    digest: '每日摘要',
  },
  status: {
    QUEUED: '待发送',
    SENT: '已发出',
    KEPT: '已保存（演示）',
    FAILED: '发送失败',
  },
  attempts: '尝试 {{count}} 次',
  lastError: '最近错误：{{error}}',
  noBody: '正文已随 SMTP 发出，不在此保留。',
  show: '查看正文',
  hide: '收起正文',
};

export type MailStrings = typeof mailZh;

export const mailEn: MailStrings = {
  title: 'Outgoing mail',
  intro:
    'Every mail the platform sends, newest first. Without an SMTP server (SMTP_URL) mail is kept here for the demo; bodies of mail sent over SMTP are not kept.',
  filter: 'Recipient',
  filterPlaceholder: 'The whole e-mail address',
  search: 'Filter',
  clear: 'Show all',
  total: '{{count}} mails',
  empty: 'No mail',
  more: 'Load more',
  to: 'To: {{to}}',
  template: {
    'password-reset': 'Password reset',
    'email-verification': 'Address verification',
    notification: 'Notification',
    digest: 'Daily digest',
  },
  status: {
    QUEUED: 'Queued',
    SENT: 'Sent',
    KEPT: 'Kept (demo)',
    FAILED: 'Failed',
  },
  attempts: '{{count}} attempts',
  lastError: 'Last error: {{error}}',
  noBody: 'The body went out over SMTP and is not kept here.',
  show: 'Show the body',
  hide: 'Hide the body',
};
