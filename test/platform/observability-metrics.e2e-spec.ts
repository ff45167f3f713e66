import { randomUUID } from 'node:crypto';

import { OpsServer } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { CREATE_RESULT, resultInput } from '../catalog/catalog-fixtures';
import { call, connectChat, eventually, registerAccount, startTestApp, TestApp } from '../support';

/** The value of one series in a Prometheus exposition text (undefined when absent). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('Prometheus metrics on the public port (outside production, no token)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('exposes request, GraphQL, socket, outbox, queue, indexing-lag and pool series after a scripted load', async () => {
    for (let i = 0; i < 5; i++) await t.gql('query MetricsProbe { __typename }');
    // Refused before an operation is resolved: no name to file it under.
    await t.gql('query BadProbe { nothingHere }');
    const account = await registerAccount(t, 'ENTERPRISE');
    const socket = await connectChat(t, account.token);
    const ack = await call<{ ok: boolean }>(socket, 'conversation:sync', {
      conversationId: 'not-a-uuid',
    });
    expect(ack.ok).toBe(false);
    // Two catalog events the worker (not running here) has not dispatched, the older two minutes old.
    const db = t.app.get(DataSource);
    const before = sample(await scrape(`${t.url}/metrics`), 'techbridge_outbox_backlog_events') ?? 0;
    await db.query(
      `INSERT INTO outbox_event (type, aggregate_id, payload, created_at) VALUES ('result.published', $1, '{}', now() - interval '120 seconds'), ('result.updated', $1, '{}', now())`,
      [randomUUID()],
    );

    const text = await scrape(`${t.url}/metrics`);
    socket.disconnect();
    expect(sample(text, 'techbridge_graphql_request_duration_seconds_count{operation="MetricsProbe",type="query",outcome="ok"}')).toBe(5);
    expect(sample(text, 'techbridge_graphql_request_duration_seconds_count{operation="anonymous",type="unknown",outcome="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(text, 'techbridge_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'techbridge_socket_connections{namespace="/chat"}')).toBe(1);
    expect(sample(text, 'techbridge_socket_connections_total{namespace="/chat"}')).toBe(1);
    expect(sample(text, 'techbridge_socket_messages_total{namespace="/chat",event="conversation:sync",direction="in"}')).toBe(1);
    expect(sample(text, 'techbridge_outbox_backlog_events')).toBe(before + 2);
    expect(sample(text, 'techbridge_outbox_oldest_event_age_seconds')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'techbridge_outbox_handler_lag_seconds{handler="search.index"}')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'techbridge_search_indexing_lag_seconds')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'techbridge_job_queue_depth{queue="search.index",state="created"}')).toBe(0);
    expect(sample(text, 'techbridge_db_pool_max')).toBe(5);
    expect(sample(text, 'techbridge_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('techbridge_process_cpu_seconds_total');

    // The request histogram is per route: a probe adds to its own series, not to /graphql's.
    await fetch(`${t.url}/health/live`);
    const after = await scrape(`${t.url}/metrics`);
    expect(sample(after, 'techbridge_http_request_duration_seconds_count{method="GET",route="/health/live",status="200"}')).toBe(1);
    expect(sample(after, 'techbridge_socket_connections{namespace="/chat"}')).toBe(0);
  });

  it('answers liveness at /health/live beside readiness at /health', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    await expect(live.json()).resolves.toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health`);
    expect((await ready.json()) as { info: object }).toMatchObject({
      info: { database: { status: 'up' } },
    });
  });
});

describe('metrics on their own port (METRICS_PORT), with the worker running', () => {
  let t: TestApp;
  let ops: string;

  beforeAll(async () => {
    t = await startTestApp({ worker: true, env: { METRICS_PORT: '0' } });
    ops = `http://127.0.0.1:${t.app.get(OpsServer).port}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves metrics, liveness and a worker readiness there, and nothing on the public port', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${ops}/health/live`)).status).toBe(200);
    const ready = await eventually(async () => {
      const response = await fetch(`${ops}/health`);
      return response.status === 200 ? ((await response.json()) as object) : undefined;
    });
    expect(ready).toEqual({ status: 'ok', problems: [] });
    expect(await scrape(`${ops}/metrics`)).toContain('techbridge_db_pool_max 5');
  });

  it('counts failed jobs per queue when a handler fails', async () => {
    const db = t.app.get(DataSource);
    await db.query('ALTER TABLE search_result_doc RENAME TO search_result_doc_away');
    try {
      const researcher = await registerAccount(t, 'UNIVERSITY');
      const created = await t.gql(CREATE_RESULT, { input: resultInput({ visibility: 'PUBLIC' }) }, researcher.token);
      expect(created.errors).toBeUndefined();
      // Created results are drafts: publishing goes through evaluation; an update event is enough to index.
      await db.query(`INSERT INTO outbox_event (type, aggregate_id, payload) VALUES ('result.updated', $1, '{}')`, [created.data!.createResult.id]);
      await eventually(async () => {
        const text = await scrape(`${ops}/metrics`);
        return (sample(text, 'techbridge_jobs_failed_total{queue="search.index"}') ?? 0) >= 1 ? text : undefined;
      }, 30000);
    } finally {
      await db.query('ALTER TABLE search_result_doc_away RENAME TO search_result_doc');
    }
    const text = await scrape(`${ops}/metrics`);
    expect(sample(text, 'techbridge_job_runs_total{queue="search.index",outcome="failed"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/techbridge_job_duration_seconds_count\{queue="search\.index",outcome="failed"\} [1-9]/);
  });
});
