import { cleanFileName, contentDisposition, contradiction, declaredType, FILE_TYPES, sniffContentType } from './content-sniffer';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('sniffContentType', () => {
  it('knows each allowed type by its magic number', () => {
    expect(sniffContentType(bytes('%PDF-1.7\n...'))).toBe(FILE_TYPES.pdf);
    expect(sniffContentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'))).toBe(FILE_TYPES.png);
    expect(sniffContentType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe(FILE_TYPES.jpeg);
    expect(sniffContentType(bytes('GIF89a...'))).toBe(FILE_TYPES.gif);
    expect(sniffContentType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe(FILE_TYPES.webp);
    expect(sniffContentType(bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'))).toBe(FILE_TYPES.docx);
    expect(sniffContentType(bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml'))).toBe(FILE_TYPES.xlsx);
  });

  it('refuses what it does not know, however it is named: scripts, HTML, executables, plain ZIPs, empty files', () => {
    for (const content of [
      bytes('<html><script>alert(1)</script>'),
      bytes('MZ', [0x90, 0]),
      bytes([0x50, 0x4b, 0x03, 0x04], 'plain zip'),
      bytes(''),
      bytes('RIFF1234WAVE'),
      bytes(' %PDF-1.4'),
    ]) {
      expect(sniffContentType(content)).toBeNull();
    }
  });
});

describe('contradiction', () => {
  it('accepts matching or absent claims and refuses a lying type or extension', () => {
    expect(contradiction(FILE_TYPES.pdf, declaredType('application/pdf'), 'report.pdf')).toBeNull();
    expect(contradiction(FILE_TYPES.pdf, declaredType('application/octet-stream'), 'report')).toBeNull();
    expect(contradiction(FILE_TYPES.jpeg, declaredType('image/jpg; q=1'), 'photo.JPG')).toBeNull();
    expect(contradiction(FILE_TYPES.pdf, declaredType('image/png'), 'report.pdf')).toMatch(/sent as image\/png/);
    expect(contradiction(FILE_TYPES.png, null, 'contract.pdf')).toMatch(/name says application\/pdf/);
  });
});

describe('file names', () => {
  it('drops paths and control characters and keeps UTF-8', () => {
    expect(cleanFileName('C:\\Users\\x\\专利证书.pdf')).toBe('专利证书.pdf');
    expect(cleanFileName('../../etc/passwd\u0000')).toBe('passwd');
    expect(cleanFileName('')).toBe('file');
  });

  it('sends the UTF-8 name in Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('attachment', '样机 "照片".png')).toBe(
      `attachment; filename="__ ____.png"; filename*=UTF-8''%E6%A0%B7%E6%9C%BA%20%22%E7%85%A7%E7%89%87%22.png`,
    );
  });
});
