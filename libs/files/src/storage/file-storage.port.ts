import { Readable } from 'node:stream';

/**
 * Where file bytes live, by key. Both adapters pass one conformance suite
 * (test/files/storage-conformance.ts): a missing key reads as null, delete is idempotent, and a
 * put is whole or absent (never a half-written object under the key).
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Prepares the storage at boot (the folder, the bucket); fails loudly when it cannot. */
  ready(): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Keys are ours (uuids and suffixes), never the client's file name. */
export const STORAGE_KEY = /^[a-z0-9][a-z0-9/._-]{0,200}$/;

export function assertKey(key: string): void {
  if (!STORAGE_KEY.test(key) || key.includes('..')) throw new Error(`Invalid storage key: ${key}`);
}
