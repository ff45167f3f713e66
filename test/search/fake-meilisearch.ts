import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface FakeMeilisearch {
  port: number;
  /** Bodies received per path, in order. */
  received: { method: string; path: string; body: unknown }[];
  /** Makes the next enqueued tasks end failed (the engine accepted, then refused them). */
  failTasks: boolean;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/**
 * A stand-in for the few Meilisearch endpoints writes use (documents, delete-batch, tasks;
 * index creation, settings and synonyms updates) and an empty search.
 * No Meilisearch server can run on this machine; this only proves what our adapter sends and
 * how it reacts to task outcomes, not how Meilisearch ranks.
 */
export async function startFakeMeilisearch(port = 0): Promise<FakeMeilisearch> {
  const tasks = new Map<number, { status: string; type: string; indexUid: string }>();
  const fake: FakeMeilisearch = { port: 0, received: [], failTasks: false, close: async () => undefined };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = (request.url ?? '').split('?')[0];
      const payload = await body(request);
      fake.received.push({ method: request.method ?? '', path, body: payload });
      response.setHeader('content-type', 'application/json');
      const task = /^\/tasks\/(\d+)$/.exec(path);
      if (request.method === 'GET' && task) {
        const found = tasks.get(Number(task[1]));
        const failed = found?.status === 'failed';
        response.end(
          JSON.stringify({
            uid: Number(task[1]),
            batchUid: 0,
            indexUid: found?.indexUid,
            status: found?.status ?? 'succeeded',
            type: found?.type ?? 'documentAdditionOrUpdate',
            canceledBy: null,
            details: {},
            error: failed ? { message: 'Document has an invalid id', code: 'invalid_document_id', type: 'invalid_request', link: '' } : null,
            duration: 'PT0.001S',
            enqueuedAt: new Date().toISOString(),
            startedAt: new Date().toISOString(),
            finishedAt: new Date().toISOString(),
          }),
        );
        return;
      }
      const index = /^\/indexes\/([^/]+)\/documents(\/delete-batch)?$/.exec(path);
      if (request.method === 'POST' && index) {
        const uid = tasks.size + 1;
        const type = index[2] ? 'documentDeletion' : 'documentAdditionOrUpdate';
        tasks.set(uid, { status: fake.failTasks ? 'failed' : 'succeeded', type, indexUid: index[1] });
        response.statusCode = 202;
        response.end(JSON.stringify({ taskUid: uid, indexUid: index[1], status: 'enqueued', type, enqueuedAt: new Date().toISOString() }));
        return;
      }
      const search = /^\/indexes\/([^/]+)\/search$/.exec(path);
      if (request.method === 'POST' && search) {
        response.end(
          JSON.stringify({ hits: [], query: '', processingTimeMs: 0, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0, facetDistribution: {} }),
        );
        return;
      }
      const setting = /^\/indexes(?:\/([^/]+)\/settings(\/synonyms)?)?$/.exec(path);
      if ((request.method === 'POST' || request.method === 'PATCH' || request.method === 'PUT') && setting) {
        const uid = tasks.size + 1;
        const indexUid = setting[1] ?? (payload as { uid: string }).uid;
        const type = setting[1] ? 'settingsUpdate' : 'indexCreation';
        tasks.set(uid, { status: fake.failTasks ? 'failed' : 'succeeded', type, indexUid });
        response.statusCode = 202;
        response.end(JSON.stringify({ taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }));
        return;
      }
      response.statusCode = 404;
      response.end(JSON.stringify({ message: 'not faked', code: 'not_found', type: 'invalid_request', link: '' }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.port = (server.address() as AddressInfo).port;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
