import { describe, expect, it } from 'vitest';
import { acceptAttribute, formatBytes, shortType, uploadErrorFrom } from './file-transfer';

describe('formatBytes', () => {
  it('uses the largest unit that keeps the number readable', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(65536)).toBe('64 KB');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(900)).toBe('900 B');
  });
});

describe('accepted types', () => {
  it('names types shortly and lists their extensions for the file picker', () => {
    expect(shortType('application/pdf')).toBe('PDF');
    expect(shortType('text/plain')).toBe('text/plain');
    expect(acceptAttribute(['image/jpeg', 'application/pdf'])).toBe('image/jpeg,.jpg,.jpeg,application/pdf,.pdf');
  });
});

describe('uploadErrorFrom', () => {
  it("keeps the server's reason and message", () => {
    const error = uploadErrorFrom(413, { error: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: 'Files are limited to 65536 bytes' } });
    expect(error.reason).toBe('FILE_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.message).toBe('Files are limited to 65536 bytes');
  });
  it('falls back to the code, then to the status, when the body says less', () => {
    expect(uploadErrorFrom(403, { error: { code: 'FORBIDDEN', message: 'no' } }).reason).toBe('FORBIDDEN');
    expect(uploadErrorFrom(401, null).reason).toBe('UNAUTHENTICATED');
    expect(uploadErrorFrom(502, '<html>').reason).toBe('HTTP_502');
    expect(uploadErrorFrom(502, '<html>').message).toBe('HTTP 502');
  });
});
