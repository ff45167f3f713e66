import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FilesService } from '@techbridge/files';
import sharp from 'sharp';
import { DataSource } from 'typeorm';

import { certifiedBroker } from '../brokerage/brokerage-helpers';
import { publishedNeed, publishedResult, RESULT_NDA } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, registerAccount, SignedIn, startTestApp, TestApp, verifyOrganizations } from '../support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const ATTACH_RESULT = `mutation($fileId: ID!, $resultId: ID!, $access: FileAccess!) { attachFileToResult(fileId: $fileId, resultId: $resultId, access: $access) { id name access contentType sha256 url } }`;
const ATTACH_NEED = `mutation($fileId: ID!, $needId: ID!) { attachFileToNeed(fileId: $fileId, needId: $needId) { id access } }`;
const SHARE = `mutation($fileId: ID!, $conversationId: ID!) { shareFileInConversation(fileId: $fileId, conversationId: $conversationId) { id name } }`;
const RESULT_FILES = `query($id: ID!) { result(id: $id) { id description attachments { id name access thumbnailUrl width height } } }`;
const OPEN = `mutation($resultId: ID!, $needId: ID!) { openDealForPair(resultId: $resultId, needId: $needId) { id conversation { id } } }`;

interface Uploaded {
  status: number;
  body: {
    id?: string;
    name?: string;
    contentType?: string;
    size?: number;
    sha256?: string;
    thumbnailUrl?: string | null;
    error?: { code: string; reason: string; message: string };
  };
}

describe('files: upload, download and attachments', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: SignedIn;
  let owner: SignedIn;
  let stranger: SignedIn;
  let enterprise: SignedIn;
  let png: Buffer;

  const upload = async (account: SignedIn | null, body: Buffer, name: string, type = 'application/octet-stream'): Promise<Uploaded> => {
    const form = new FormData();
    form.append('file', new Blob([body], { type }), name);
    const response = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: account ? { authorization: `Bearer ${account.token}` } : {},
    });
    return {
      status: response.status,
      body: (await response.json()) as Uploaded['body'],
    };
  };
  const download = (id: string, account: SignedIn | null, suffix = ''): Promise<Response> =>
    fetch(`${t.url}/files/${id}${suffix}`, {
      headers: account ? { authorization: `Bearer ${account.token}` } : {},
    });
  const storedCount = async (): Promise<number> => Number((await t.app.get(DataSource).query('SELECT count(*) AS n FROM stored_file'))[0].n);
  const filesOnDisk = async (): Promise<string[]> => {
    const out: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) await walk(join(dir, entry.name));
        else out.push(entry.name);
      }
    };
    await walk(join(dataDir, 'files'));
    return out;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tb-files-e2e-'));
    t = await startTestApp({
      env: {
        DATA_DIR: dataDir,
        FILES_MAX_BYTES: String(64 * 1024),
        EMAIL_VERIFICATION_REQUIRED: 'false',
      },
    });
    admin = await createAdmin(t);
    [owner, stranger, enterprise] = await Promise.all([registerAccount(t, 'UNIVERSITY'), registerAccount(t, 'ENTERPRISE'), registerAccount(t, 'ENTERPRISE')]);
    // Opening deals and accepting NDAs are for verified organizations; "stranger" is one that has no NDA yet.
    await verifyOrganizations(t, admin, owner, stranger, enterprise);
    png = await sharp({
      create: {
        width: 800,
        height: 600,
        channels: 3,
        background: { r: 20, g: 120, b: 200 },
      },
    })
      .png()
      .toBuffer();
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("a TEASER result's details-only PDF is 404 for a stranger and downloadable after the NDA; its public photo is seen by all", async () => {
    const resultId = await publishedResult(t, owner, admin, {
      visibility: 'TEASER',
    });
    const pdf = await upload(owner, PDF, '检测报告 2026.pdf', 'application/pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      name: '检测报告 2026.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    const photo = await upload(owner, png, 'prototype.png', 'image/png');
    expect(photo.body.thumbnailUrl).toBe(`/files/${photo.body.id}/thumbnail`);

    const attached = await t.gql(ATTACH_RESULT, { fileId: pdf.body.id, resultId, access: 'DETAILS_ONLY' }, owner.token);
    expect(attached.errors).toBeUndefined();
    expect(attached.data?.attachFileToResult).toMatchObject({
      access: 'DETAILS_ONLY',
      sha256: pdf.body.sha256,
    });
    expect((await t.gql(ATTACH_RESULT, { fileId: photo.body.id, resultId, access: 'PUBLIC' }, owner.token)).errors).toBeUndefined();

    // The stranger sees the teaser and the public photo, not the report, by GraphQL or by URL.
    const teaser = await t.gql(RESULT_FILES, { id: resultId }, stranger.token);
    expect(teaser.data?.result.description).toBeNull();
    expect(teaser.data?.result.attachments).toEqual([
      {
        id: photo.body.id,
        name: 'prototype.png',
        access: 'PUBLIC',
        thumbnailUrl: `/files/${photo.body.id}/thumbnail`,
        width: 800,
        height: 600,
      },
    ]);
    for (const who of [stranger, null]) {
      const refused = await download(pdf.body.id!, who);
      expect(refused.status).toBe(404);
      expect(((await refused.json()) as Uploaded['body']).error).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'FILE_NOT_FOUND',
      });
    }
    const anonymousPhoto = await download(photo.body.id!, null);
    expect(anonymousPhoto.status).toBe(200);
    expect(Buffer.from(await anonymousPhoto.arrayBuffer()).equals(png)).toBe(true);
    const thumbnail = await download(photo.body.id!, null, '/thumbnail');
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const thumbMeta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    expect([thumbMeta.width, thumbMeta.height]).toEqual([320, 240]);

    expect((await t.gql(RESULT_NDA, { id: resultId }, stranger.token)).errors).toBeUndefined();
    const after = await download(pdf.body.id!, stranger);
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toBe('application/pdf');
    expect(after.headers.get('x-content-type-options')).toBe('nosniff');
    expect(after.headers.get('content-disposition')).toBe(`inline; filename="____ 2026.pdf"; filename*=UTF-8''%E6%A3%80%E6%B5%8B%E6%8A%A5%E5%91%8A%202026.pdf`);
    expect(after.headers.get('etag')).toBe(`"${pdf.body.sha256}"`);
    expect(Buffer.from(await after.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await t.gql(RESULT_FILES, { id: resultId }, stranger.token)).data?.result.attachments).toHaveLength(2);
  });

  it('a deal-room file is refused to a non-participant and served to the parties and the broker', async () => {
    const broker = await certifiedBroker(t, admin, ['JL']);
    const resultId = await publishedResult(t, owner, admin, {
      fieldCode: 'JL.SSB',
    });
    const needId = await publishedNeed(t, enterprise, { fieldCode: 'JL.SSB' });
    const opened = await t.gql(OPEN, { resultId, needId }, enterprise.token);
    expect(opened.errors).toBeUndefined();
    const conversationId = opened.data?.openDealForPair.conversation.id as string;

    const draft = await upload(enterprise, PDF, '合同草案.pdf');
    const strangerUpload = await upload(stranger, PDF, 'spam.pdf');
    expect(errorCode(await t.gql(SHARE, { fileId: strangerUpload.body.id, conversationId }, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SHARE, { fileId: draft.body.id, conversationId }, owner.token))).toBe('NOT_FOUND'); // not the owner's upload
    expect((await t.gql(SHARE, { fileId: draft.body.id, conversationId }, enterprise.token)).errors).toBeUndefined();

    expect((await download(draft.body.id!, stranger)).status).toBe(404);
    expect((await download(draft.body.id!, null)).status).toBe(404);
    for (const who of [owner, broker, enterprise]) {
      const response = await download(draft.body.id!, who);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
    const room = await t.gql(`query($id: ID!) { conversation(id: $id) { attachments { name } } }`, { id: conversationId }, owner.token);
    expect(room.data?.conversation.attachments).toEqual([{ name: '合同草案.pdf' }]);
  });

  it('tells anyone, signed in or not, the size limit and the types each target takes', async () => {
    const response = await t.gql<{ fileUploadLimits: { maxBytes: number; resultTypes: string[]; needTypes: string[]; conversationTypes: string[] } }>(
      '{ fileUploadLimits { maxBytes resultTypes needTypes conversationTypes } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.fileUploadLimits.maxBytes).toBe(64 * 1024);
    expect(response.data?.fileUploadLimits.resultTypes).toEqual(expect.arrayContaining(['application/pdf', 'image/png', 'image/jpeg']));
    expect(response.data?.fileUploadLimits.resultTypes).not.toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.data?.fileUploadLimits.needTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses an upload over the limit, with a lying content type, of an unknown type or without a token, and stores nothing', async () => {
    const rowsBefore = await storedCount();
    const diskBefore = (await filesOnDisk()).length;
    const huge = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 32)]);
    const tooLarge = await upload(owner, huge, 'big.pdf', 'application/pdf');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TOO_LARGE',
    });
    expect(tooLarge.body.error?.message).toContain('65536 bytes');

    const lyingType = await upload(owner, png, 'photo.png', 'application/pdf');
    expect(lyingType.status).toBe(415);
    expect(lyingType.body.error).toMatchObject({
      reason: 'CONTENT_TYPE_MISMATCH',
      message: 'The file was sent as application/pdf but its content is image/png',
    });
    const lyingName = await upload(owner, Buffer.from('<html><script>alert(1)</script></html>'), 'report.pdf', 'application/pdf');
    expect(lyingName.status).toBe(415);
    expect(lyingName.body.error?.reason).toBe('FILE_TYPE_NOT_ALLOWED');
    const fakeImage = await upload(owner, Buffer.concat([png.subarray(0, 16), Buffer.alloc(200, 1)]), 'broken.png', 'image/png');
    expect(fakeImage.status).toBe(400);
    expect(fakeImage.body.error?.reason).toBe('INVALID_UPLOAD');

    const anonymous = await upload(null, PDF, 'a.pdf');
    expect(anonymous.status).toBe(401);
    const notMultipart = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: '{}',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${owner.token}`,
      },
    });
    expect(notMultipart.status).toBe(400);

    expect(await storedCount()).toBe(rowsBefore);
    expect((await filesOnDisk()).length).toBe(diskBefore);
  });

  it('attaching follows the owners and the target types; ids that do not exist are NOT_FOUND', async () => {
    const resultId = await publishedResult(t, owner, admin);
    const needId = await publishedNeed(t, enterprise);
    const mine = await upload(owner, PDF, 'x.pdf');
    expect(errorCode(await t.gql(ATTACH_NEED, { fileId: mine.body.id, needId }, owner.token))).toBe('FORBIDDEN');
    const theirs = await upload(stranger, PDF, 'y.pdf');
    expect(errorCode(await t.gql(ATTACH_RESULT, { fileId: theirs.body.id, resultId, access: 'PUBLIC' }, stranger.token))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          ATTACH_RESULT,
          {
            fileId: '00000000-0000-4000-8000-000000000000',
            resultId,
            access: 'PUBLIC',
          },
          owner.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect((await t.gql(ATTACH_RESULT, { fileId: mine.body.id, resultId, access: 'PUBLIC' }, owner.token)).errors).toBeUndefined();
    expect(errorCode(await t.gql(ATTACH_RESULT, { fileId: mine.body.id, resultId, access: 'PUBLIC' }, owner.token))).toBe('CONFLICT');
    expect((await download('not-a-uuid', owner)).status).toBe(404);
    // An upload attached to nothing is its uploader's alone.
    expect((await download(theirs.body.id!, owner)).status).toBe(404);
    expect((await download(theirs.body.id!, stranger)).status).toBe(200);
  });

  it('the cleanup removes uploads left unattached past FILES_ORPHAN_HOURS, rows and bytes, and keeps attached ones', async () => {
    const resultId = await publishedResult(t, owner, admin);
    const orphan = await upload(owner, png, 'orphan.png');
    const kept = await upload(owner, PDF, 'kept.pdf');
    await t.gql(ATTACH_RESULT, { fileId: kept.body.id, resultId, access: 'PUBLIC' }, owner.token);
    const fresh = await upload(owner, PDF, 'fresh.pdf');
    const db = t.app.get(DataSource);
    await db.query(`UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[orphan.body.id, kept.body.id]]);
    const onDisk = await filesOnDisk();
    expect(onDisk).toEqual(expect.arrayContaining([orphan.body.id, `${orphan.body.id}.thumb`]));

    expect(await t.app.get(FilesService).cleanupOrphans()).toBe(1);
    const left: { id: string }[] = await db.query(`SELECT id FROM stored_file WHERE id = ANY($1::uuid[])`, [[orphan.body.id, kept.body.id, fresh.body.id]]);
    expect(left.map((row) => row.id).sort()).toEqual([kept.body.id, fresh.body.id].sort());
    const after = await filesOnDisk();
    expect(after).not.toContain(orphan.body.id);
    expect(after).not.toContain(`${orphan.body.id}.thumb`);
    expect(after).toContain(kept.body.id);
  });
});
