import { getAccessToken, refreshSession } from '../auth/session';

/** What `POST /files` answers (the controller's FileJson). */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  url: string;
  thumbnailUrl: string | null;
}

/** A refused upload: the server's `{ error: { code, reason, message } }` and the HTTP status. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

const SHORT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** `image/png` → PNG, for the accepted-types line. */
export function shortType(contentType: string): string {
  return SHORT_TYPES[contentType] ?? contentType;
}

/** The `accept` attribute for a file input: the content types and their usual extensions. */
export function acceptAttribute(types: readonly string[]): string {
  const extensions: Record<string, string[]> = {
    PDF: ['.pdf'],
    PNG: ['.png'],
    JPEG: ['.jpg', '.jpeg'],
    GIF: ['.gif'],
    WebP: ['.webp'],
    DOCX: ['.docx'],
    XLSX: ['.xlsx'],
  };
  return types.flatMap((type) => [type, ...(extensions[shortType(type)] ?? [])]).join(',');
}

/** Bytes in the units people read: 10485760 → "10 MB", 65536 → "64 KB", 900 → "900 B". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) {
    const kb = bytes / 1024;
    return `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB`;
  }
  return `${bytes} B`;
}

export function isImage(contentType: string): boolean {
  return contentType.startsWith('image/');
}

/** Reads an upload refusal; a body that is not the server's JSON still gives the status. */
export function uploadErrorFrom(status: number, body: unknown): UploadError {
  const error = (body as { error?: { reason?: unknown; code?: unknown; message?: unknown } } | null)?.error;
  const reason =
    typeof error?.reason === 'string' ? error.reason : typeof error?.code === 'string' ? error.code : status === 401 ? 'UNAUTHENTICATED' : 'HTTP_' + status;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  return new UploadError(status, reason, message);
}

const authHeaders = (): Record<string, string> => {
  const token = getAccessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** Sends with the in-memory token; a 401 refreshes the session once and sends again. */
async function withToken(send: () => Promise<Response>): Promise<Response> {
  const response = await send();
  if (response.status === 401 && getAccessToken() && (await refreshSession())) return send();
  return response;
}

/** `POST /files` (multipart, one part `file`); throws UploadError with the server's reason when refused. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const response = await withToken(() => {
    const form = new FormData();
    form.append('file', file, file.name);
    return fetch('/files', { method: 'POST', body: form, headers: authHeaders() });
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok || !(body as UploadedFile | null)?.id) throw uploadErrorFrom(response.status, body);
  return body as UploadedFile;
}

/** A file's bytes as a Blob: `<img src>` and plain links cannot carry the Bearer token. */
export async function fetchFile(url: string): Promise<Blob> {
  const response = await withToken(() => fetch(url, { headers: authHeaders() }));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** Saves a file under its own name. */
export async function downloadFile(file: { url: string; name: string }): Promise<void> {
  const url = URL.createObjectURL(await fetchFile(file.url));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
