import { MAIL_TEMPLATES, renderMail } from './mail-templates';

describe('renderMail', () => {
  it('writes each template in Chinese and in English, as text and HTML', () => {
    const samples = {
      'password-reset': { displayName: 'Li', link: 'https://x.test/reset-password?token=a.b', expiresMinutes: 60 },
      'email-verification': { displayName: 'Li', link: 'https://x.test/verify-email?token=a.b', expiresHours: 48 },
      notification: { headline: { zh: '交易阶段已逾期', en: 'A deal stage is overdue' }, body: 'Deal 1', link: 'https://x.test/deals/1' },
      digest: { date: '2026-12-02', lines: [{ headline: { zh: '一', en: 'One' }, body: 'b' }] },
    } as const;
    for (const template of MAIL_TEMPLATES) {
      const zh = renderMail(template, samples[template] as never, 'zh');
      const en = renderMail(template, samples[template] as never, 'en');
      expect(zh.subject).not.toBe(en.subject);
      expect(zh.html).toContain('<html lang="zh-CN">');
      expect(en.html).toContain('<html lang="en">');
      expect(/[\u4e00-\u9fff]/.test(zh.text)).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(en.subject)).toBe(false);
    }
  });

  it('escapes user-supplied text in HTML and keeps it as it is in plain text', () => {
    const mail = renderMail('password-reset', { displayName: '<img src=x onerror=alert(1)>', link: 'https://x.test/r?token=a"b', expiresMinutes: 60 }, 'en');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('href="https://x.test/r?token=a&quot;b"');
    expect(mail.text).toContain('Hello <img src=x onerror=alert(1)>,');
  });
});
