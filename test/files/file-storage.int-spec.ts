import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LocalFileStorage, S3FileStorage } from '@techbridge/files';

import { S3TestServer, startS3TestServer } from './s3-test-server';
import { fileStorageConformance } from './storage-conformance';

describe('file storage adapters', () => {
  const folders: string[] = [];
  let s3: S3TestServer;
  let s3Storage: S3FileStorage | undefined;

  beforeAll(async () => {
    s3 = await startS3TestServer();
  });
  afterAll(async () => {
    s3Storage?.close();
    await s3.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  fileStorageConformance('local (DATA_DIR)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tb-files-'));
    folders.push(folder);
    return new LocalFileStorage(join(folder, 'files'));
  });

  // s3rver (npm) is an S3-compatible server that runs here on Node 20; the SDK talks real S3 HTTP to it.
  fileStorageConformance('S3-compatible (s3rver)', async () => {
    s3Storage = new S3FileStorage({
      ...s3.options,
      bucket: 'techbridge-conformance',
    });
    return s3Storage;
  });

  it('leaves no temporary file behind in the local folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tb-files-'));
    folders.push(folder);
    const storage = new LocalFileStorage(folder);
    await storage.ready();
    await storage.put('ab/one', Buffer.from('1'), 'image/png');
    expect(await readdir(join(folder, 'ab'))).toEqual(['one']);
  });
});
