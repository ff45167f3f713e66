import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

import { FileStorage } from '@techbridge/files';

async function read(stream: Readable | null): Promise<Buffer | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** One behaviour for every FileStorage adapter; each adapter's spec runs it against a real backend. */
export function fileStorageConformance(name: string, open: () => Promise<FileStorage>): void {
  describe(`${name} storage conformance`, () => {
    let storage: FileStorage;

    beforeAll(async () => {
      storage = await open();
      await storage.ready();
      await storage.ready(); // twice: preparing an existing folder or bucket is harmless
    });

    it('keeps bytes exactly, binary and large alike, and streams them back', async () => {
      const key = `files/${randomUUID()}`;
      const body = Buffer.concat([Buffer.from([0, 255, 1, 254]), Buffer.alloc(3 * 1024 * 1024, 7), Buffer.from('末尾', 'utf8')]);
      await storage.put(key, body, 'application/pdf');
      expect(await storage.exists(key)).toBe(true);
      expect((await read(await storage.get(key)))?.equals(body)).toBe(true);
    });

    it('reads a missing key as null and says it does not exist', async () => {
      const key = `files/${randomUUID()}`;
      expect(await storage.get(key)).toBeNull();
      expect(await storage.exists(key)).toBe(false);
    });

    it('overwrites a key with a new body', async () => {
      const key = `files/${randomUUID()}.thumb`;
      await storage.put(key, Buffer.from('one'), 'image/webp');
      await storage.put(key, Buffer.from('two'), 'image/webp');
      expect((await read(await storage.get(key)))?.toString()).toBe('two');
    });

    it('deletes, and deleting again or a key never written is harmless', async () => {
      const key = `files/${randomUUID()}`;
      await storage.put(key, Buffer.from('x'), 'image/png');
      await storage.delete(key);
      await storage.delete(key);
      await storage.delete(`files/${randomUUID()}`);
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
    });

    it('refuses keys that could escape its space', async () => {
      for (const key of ['../secret', '/etc/passwd', 'files/../../x', '']) {
        await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(/Invalid storage key/);
      }
    });
  });
}
