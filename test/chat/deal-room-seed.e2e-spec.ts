import { CatalogSeeder } from '@techbridge/catalog/seed';
import { DealRoomSeeder } from '@techbridge/chat/seed';
import { IdentitySeeder } from '@techbridge/identity/seed';
import { DataSource } from 'typeorm';

import { login, startTestApp, TestApp } from '../support';

const MY_DEALS = `{ deals(first: 20) { totalCount edges { node { stage lostReason contract { type amount contractNo } latestOffer { amount } history { to } conversation { lastSeq } } } } }`;

describe('demo deals seeder', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(IdentitySeeder).seedDemoAccounts();
    // The showcase only: the demo logins' results and needs.
    await t.app.get(CatalogSeeder).seed({ organizations: [], results: () => [], needs: () => [] });
    await t.app.get(CatalogSeeder).assignDemoBrokerFields();
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds deals at every stage with rooms, messages and offers, once', async () => {
    const seeder = t.app.get(DealRoomSeeder);
    expect(await seeder.run()).toBe('4 demo deals (LOST, CONTRACT_SIGNED, NEGOTIATING, INTRODUCED) with their rooms');
    expect(await seeder.run()).toMatch(/^skipped: the demo brokers already have 4 deals/);
    expect(Number((await db.query(`SELECT count(*) AS n FROM deal`))[0].n)).toBe(4);

    const enterprise = await login(t, 'enterprise@techbridge.local', 'Enterprise#2026demo');
    const response = await t.gql(MY_DEALS, {}, enterprise.token);
    expect(response.errors).toBeUndefined();
    const deals = response.data!.deals.edges.map((e: any) => e.node);
    const byStage = Object.fromEntries(deals.map((d: any) => [d.stage, d]));
    expect(Object.keys(byStage).sort()).toEqual(['CONTRACT_SIGNED', 'INTRODUCED', 'LOST', 'NEGOTIATING']);
    expect(byStage.CONTRACT_SIGNED.contract).toEqual({ type: 'LICENSE', amount: '3600000.00', contractNo: 'QD-2026-JS-000118' });
    expect(byStage.CONTRACT_SIGNED.history.map((h: any) => h.to)).toEqual(['INTRODUCED', 'NEGOTIATING', 'TERMS_AGREED', 'CONTRACT_SIGNED']);
    expect(byStage.NEGOTIATING.latestOffer).toEqual({ amount: '1200000.00' });
    expect(byStage.LOST.lostReason).toMatch(/\S/);
    for (const deal of deals) expect(deal.conversation.lastSeq).toBeGreaterThan(0);
    // No contract is dated before its deal was opened (the scoreboard's median deal → contract days stays ≥ 0).
    const [{ early }] = await db.query(`SELECT count(*)::int AS early FROM deal_contract c JOIN deal d ON d.id = c.deal_id WHERE c.signed_at < d.created_at`);
    expect(early).toBe(0);
    const [ledger] = await db.query(`SELECT amount FROM commission_ledger`);
    expect(ledger).toEqual({ amount: '180000.00' });
    const kinds = await db.query(`SELECT kind, count(*)::int AS n FROM message GROUP BY kind ORDER BY kind`);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['OFFER', 'SYSTEM', 'TEXT']);
  });
});
