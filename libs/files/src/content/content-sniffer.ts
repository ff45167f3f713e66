/** Content types accepted anywhere, as sniffed from the first bytes. */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type SniffedType = (typeof FILE_TYPES)[keyof typeof FILE_TYPES];

export const IMAGE_TYPES: readonly SniffedType[] = [FILE_TYPES.png, FILE_TYPES.jpeg, FILE_TYPES.gif, FILE_TYPES.webp];

const EXTENSIONS: Record<string, SniffedType> = {
  pdf: FILE_TYPES.pdf,
  png: FILE_TYPES.png,
  jpg: FILE_TYPES.jpeg,
  jpeg: FILE_TYPES.jpeg,
  gif: FILE_TYPES.gif,
  webp: FILE_TYPES.webp,
  docx: FILE_TYPES.docx,
  xlsx: FILE_TYPES.xlsx,
};

const ALIASES: Record<string, string> = {
  'image/jpg': FILE_TYPES.jpeg,
  'image/pjpeg': FILE_TYPES.jpeg,
  'application/x-pdf': FILE_TYPES.pdf,
};

const startsWith = (bytes: Buffer, signature: number[] | string, offset = 0): boolean => {
  const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return bytes.length >= offset + expected.length && bytes.subarray(offset, offset + expected.length).equals(expected);
};

/**
 * The type of a file from its magic numbers (and, for the Office formats, the part names every
 * such ZIP holds), or null when it is none of the allowed types. The client's claim plays no part.
 */
export function sniffContentType(bytes: Buffer): SniffedType | null {
  if (startsWith(bytes, '%PDF-')) return FILE_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FILE_TYPES.jpeg;
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return FILE_TYPES.gif;
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return FILE_TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.includes('[Content_Types].xml')) {
    if (bytes.includes('word/document.xml')) return FILE_TYPES.docx;
    if (bytes.includes('xl/workbook.xml')) return FILE_TYPES.xlsx;
  }
  return null;
}

/** The type a client's header names, lower-cased without parameters; null when it names none (or octet-stream). */
export function declaredType(header: string | undefined | null): string | null {
  const type = (header ?? '').split(';')[0].trim().toLowerCase();
  if (!type || type === 'application/octet-stream') return null;
  return ALIASES[type] ?? type;
}

/** The type a file name's extension stands for, when it is one we know. */
export function extensionType(name: string): SniffedType | null {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return match ? (EXTENSIONS[match[1].toLowerCase()] ?? null) : null;
}

/**
 * Why the client's claims contradict the bytes, or null when they do not: a declared content
 * type or a known extension naming another type than the sniffed one.
 */
export function contradiction(sniffed: SniffedType, declared: string | null, name: string): string | null {
  if (declared && declared !== sniffed) return `The file was sent as ${declared} but its content is ${sniffed}`;
  const byName = extensionType(name);
  if (byName && byName !== sniffed) return `The file name says ${byName} but its content is ${sniffed}`;
  return null;
}

/** A file name safe to keep and to show: no path, no control characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...(name || 'file')].slice(0, 255).join('');
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
