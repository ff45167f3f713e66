/** Languages mail is written in; a recipient without a preference gets Chinese. */
export type MailLanguage = 'zh' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** One line of a digest or a notification: a headline in both languages and a body. */
export interface NotificationLine {
  headline: { zh: string; en: string };
  body: string;
  /** Absolute link into the console, if any. */
  link?: string | null;
  at?: string;
}

/** Every template with the parameters it needs: a template missing here does not compile. */
export interface MailTemplateParams {
  'password-reset': {
    displayName: string;
    link: string;
    expiresMinutes: number;
  };
  'email-verification': {
    displayName: string;
    link: string;
    expiresHours: number;
  };
  notification: NotificationLine;
  digest: { lines: NotificationLine[]; date: string };
}

export type MailTemplateName = keyof MailTemplateParams;

export const MAIL_TEMPLATES: readonly MailTemplateName[] = ['password-reset', 'email-verification', 'notification', 'digest'];

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

/** A minimal HTML layout: paragraphs escaped, one optional call-to-action link. */
function layout(language: MailLanguage, title: string, paragraphs: string[], action?: { label: string; href: string }, footer?: string, list?: string): string {
  const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n') + (list ? `\n<ul>\n${list}\n</ul>` : '');
  const button = action
    ? `<p><a href="${escapeHtml(action.href)}" style="display:inline-block;padding:10px 18px;background:#1677ff;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(action.label)}</a></p>\n<p style="color:#666;font-size:12px">${escapeHtml(action.href)}</p>`
    : '';
  const foot = footer ? `<p style="color:#999;font-size:12px">${escapeHtml(footer)}</p>` : '';
  return `<!doctype html>\n<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body style="font-family:sans-serif;line-height:1.6">\n<h2>${escapeHtml(title)}</h2>\n${body}\n${button}\n${foot}\n</body></html>`;
}

const FOOTER = {
  zh: '此邮件由 TechBridge 技术转移平台自动发送，请勿直接回复。',
  en: 'Sent automatically by TechBridge; please do not reply.',
};

type Renderer<P> = (params: P, language: MailLanguage) => RenderedMail;

const renderers: { [K in MailTemplateName]: Renderer<MailTemplateParams[K]> } = {
  'password-reset': ({ displayName, link, expiresMinutes }, language) => {
    const zh = language === 'zh';
    const subject = zh ? 'TechBridge 密码重置' : 'Reset your TechBridge password';
    const lines = zh
      ? [
          `${displayName}，您好：`,
          `我们收到了重置您账户密码的请求。请在 ${expiresMinutes} 分钟内打开下面的链接设置新密码，链接只能使用一次。`,
          '如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。',
        ]
      : [
          `Hello ${displayName},`,
          `We received a request to reset your password. Open the link below within ${expiresMinutes} minutes to choose a new one; it works once.`,
          'If you did not ask for this, ignore this mail: your password stays as it is.',
        ];
    const label = zh ? '设置新密码' : 'Choose a new password';
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${label}: ${link}\n\n-- \n${FOOTER[language]}\n`,
      html: layout(language, subject, lines, { label, href: link }, FOOTER[language]),
    };
  },
  'email-verification': ({ displayName, link, expiresHours }, language) => {
    const zh = language === 'zh';
    const subject = zh ? '请验证您的 TechBridge 邮箱' : 'Verify your TechBridge e-mail address';
    const lines = zh
      ? [`${displayName}，欢迎加入 TechBridge！`, `请在 ${expiresHours} 小时内打开下面的链接验证邮箱。验证之后才能签署保密协议（NDA）查看成果详情。`]
      : [
          `Welcome to TechBridge, ${displayName}!`,
          `Open the link below within ${expiresHours} hours to verify your address. A verified address is needed to accept non-disclosure agreements (NDA) and see confidential details.`,
        ];
    const label = zh ? '验证邮箱' : 'Verify my address';
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${label}: ${link}\n\n-- \n${FOOTER[language]}\n`,
      html: layout(language, subject, lines, { label, href: link }, FOOTER[language]),
    };
  },
  notification: (line, language) => {
    const subject = `TechBridge: ${line.headline[language]}`;
    const label = language === 'zh' ? '打开 TechBridge' : 'Open TechBridge';
    const text = `${line.headline[language]}\n\n${line.body}${line.link ? `\n\n${label}: ${line.link}` : ''}\n\n-- \n${FOOTER[language]}\n`;
    return {
      subject,
      text,
      html: layout(language, line.headline[language], [line.body], line.link ? { label, href: line.link } : undefined, FOOTER[language]),
    };
  },
  digest: ({ lines, date }, language) => {
    const zh = language === 'zh';
    const subject = zh
      ? `TechBridge 每日摘要（${date}）：${lines.length} 条通知`
      : `TechBridge daily digest (${date}): ${lines.length} notification${lines.length === 1 ? '' : 's'}`;
    const items = lines.map((line) => `• ${line.headline[language]}${line.at ? ` (${line.at})` : ''}\n  ${line.body}${line.link ? `\n  ${line.link}` : ''}`);
    const intro = zh ? '以下是您过去一天的通知：' : 'Your notifications of the past day:';
    const htmlItems = lines
      .map(
        (line) =>
          `<li><strong>${escapeHtml(line.headline[language])}</strong>${line.at ? ` <span style="color:#999">${escapeHtml(line.at)}</span>` : ''}<br>${escapeHtml(line.body)}${line.link ? `<br><a href="${escapeHtml(line.link)}">${escapeHtml(line.link)}</a>` : ''}</li>`,
      )
      .join('\n');
    const html = layout(language, subject, [intro], undefined, FOOTER[language], htmlItems);
    return {
      subject,
      text: `${intro}\n\n${items.join('\n\n')}\n\n-- \n${FOOTER[language]}\n`,
      html,
    };
  },
};

/** Renders a template in the recipient's language, as plain text and as HTML (user text escaped). */
export function renderMail<K extends MailTemplateName>(template: K, params: MailTemplateParams[K], language: MailLanguage): RenderedMail {
  return (renderers[template] as Renderer<MailTemplateParams[K]>)(params, language);
}
