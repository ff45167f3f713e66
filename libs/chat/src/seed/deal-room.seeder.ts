import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractType, DealOpeningService, DealRecord, DealService, DealStage } from '@techbridge/brokerage';
import { UserService } from '@techbridge/identity';
import { Principal } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { ConversationService } from '../conversations/conversation.service';
import { MessageService } from '../messages/message.service';

const DEMO = {
  researcher: 'researcher@techbridge.local',
  enterprise: 'enterprise@techbridge.local',
  broker1: 'broker1@techbridge.local',
  broker2: 'broker2@techbridge.local',
} as const;

type DemoLogin = keyof typeof DEMO;
type People = Partial<Record<DemoLogin, Principal>>;

/**
 * Demo deals (seed order 40, after identity and the catalogue): the demo logins' showcase items
 * paired into deals at every stage — one signed licence contract, one with its offer accepted on
 * the way, one negotiating with an open offer, one just introduced, one lost — plus a couple on
 * generated catalogue pairs, all run by the demo brokers, with their rooms and a few messages.
 * Everything goes through the services, so stage history, commission, grants, need statuses and
 * SYSTEM messages are what the app itself would write. Idempotent: skipped once the demo brokers
 * have deals.
 */
@Injectable()
export class DealRoomSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly opening: DealOpeningService,
    private readonly deals: DealService,
    private readonly messages: MessageService,
    private readonly conversations: ConversationService,
    private readonly users: UserService,
  ) {}

  async run(): Promise<string> {
    const people = await this.people();
    const { broker1, broker2, researcher, enterprise } = people;
    if (!broker1 || !broker2) return 'skipped: the demo brokers do not exist';
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM brokerage_deal_v WHERE broker_id IN ($1, $2)`, [
      broker1.userId,
      broker2.userId,
    ])) as { n: number }[];
    if (n > 0) return `skipped: the demo brokers already have ${n} deals`;

    const created: DealRecord[] = [];
    if (researcher && enterprise) {
      const pairs = await this.demoPairs(researcher.organizationId!, enterprise.organizationId!);
      const ssbCollective = pairs.find((p) => p.result === 'JL.SSB' && p.need === 'JL.SSB');
      const ssbFastCharge = pairs.find((p) => p.result === 'JL.SSB' && p.need === 'QL.NEV');
      const drugFastCharge = pairs.find((p) => p.result === 'HC.MDRUG' && p.need === 'QL.NEV');
      const drugCollective = pairs.find((p) => p.result === 'HC.MDRUG' && p.need === 'JL.SSB');

      // Opened first: once the signed deal solves its need, that need takes no new deals.
      const lost = drugCollective && (await this.opening.openForPair(drugCollective.resultId, drugCollective.needId, broker2));
      const signed = ssbCollective && (await this.opening.openForPair(ssbCollective.resultId, ssbCollective.needId, broker1));
      if (lost) {
        await this.say(lost, broker2, '您好，我是本项目的技术经纪人陈静，先了解一下双方的合作意向。');
        created.push(await this.deals.advance(lost.id, { to: DealStage.LOST, lostReason: '企业确认该成果与集采需求的技术路线不匹配' }, broker2));
      }
      if (signed) {
        await this.say(signed, broker1, '两位好，我是技术经纪人张伟，本周内安排一次线上技术交流。');
        await this.say(signed, enterprise, '我们最关心室温离子电导率和量产一致性，请提供 2Ah 软包的测试数据。');
        await this.say(signed, researcher, '测试报告已整理好，交流会上详细介绍干法成膜的工艺窗口。');
        await this.deals.advance(signed.id, { to: DealStage.NEGOTIATING, note: '已完成首次线上技术交流' }, broker1);
        const offer = await this.offer(
          signed,
          researcher,
          '独占许可五年，入门费加销售提成',
          '3600000.00',
          ContractType.LICENSE,
          '入门费 360 万元，分三期支付；另按净销售额 2% 提成',
        );
        await this.say(signed, enterprise, '条件可以接受，我们同意这个报价。');
        await this.conversations.acceptOffer(enterprise, offer);
        // Signed as the seed runs: the deal was opened moments ago, and a contract dated before its
        // deal would give the scoreboard a negative "days from deal to contract".
        created.push(
          await this.deals.signContract(
            signed.id,
            { type: ContractType.LICENSE, amount: '3600000.00', signedAt: new Date(), contractNo: 'QD-2026-JS-000118' },
            broker1,
          ),
        );
      }
      const negotiating = ssbFastCharge && (await this.opening.openForPair(ssbFastCharge.resultId, ssbFastCharge.needId, broker1));
      if (negotiating) {
        await this.say(negotiating, broker1, '固态电解质在低温快充上有优势，建议双方先做一轮样品测试。');
        created.push(await this.deals.advance(negotiating.id, { to: DealStage.NEGOTIATING, note: '样品测试方案已确认' }, broker1));
        await this.say(negotiating, enterprise, '样品测试结果不错，我们先报个联合开发的价格。');
        await this.offer(negotiating, enterprise, '联合开发报价', '1200000.00', ContractType.DEVELOPMENT, '联合开发 18 个月，知识产权共有');
      }
      const introduced = drugFastCharge && (await this.opening.openForPair(drugFastCharge.resultId, drugFastCharge.needId, broker2));
      if (introduced) {
        await this.say(introduced, broker2, '已为双方建立对接，请先各自介绍需求与成果要点。');
        created.push(introduced);
      }
    }
    for (const [broker, pair] of await this.generatedPairs(people)) {
      const deal = await this.opening.openForPair(pair.resultId, pair.needId, broker);
      await this.say(deal, broker, '已为双方建立对接，我会在三个工作日内联系双方。');
      created.push(deal);
    }
    const stages = created.map((deal) => deal.stage).join(', ');
    return `${created.length} demo deals (${stages}) with their rooms`;
  }

  private async people(): Promise<People> {
    const found = await this.users.principalsByEmail(Object.values(DEMO));
    const people: People = {};
    for (const [login, email] of Object.entries(DEMO) as [DemoLogin, string][]) {
      const principal = found.get(email);
      if (principal) people[login] = principal;
    }
    return people;
  }

  /** The showcase's published results of the demo university × published needs of the demo enterprise. */
  private async demoPairs(researchOrg: string, enterpriseOrg: string): Promise<{ resultId: string; needId: string; result: string; need: string }[]> {
    return this.dataSource.query(
      `SELECT r.id AS "resultId", n.id AS "needId", r.field_code AS result, n.field_code AS need
         FROM catalog_result_v r CROSS JOIN catalog_need_v n
        WHERE r.owner_id = $1 AND r.status = 'PUBLISHED' AND n.enterprise_id = $2 AND n.status = 'PUBLISHED'
        ORDER BY r.created_at, n.created_at`,
      [researchOrg, enterpriseOrg],
    );
  }

  /** One generated catalogue pair in each demo broker's fields (same field, listed, not private). */
  private async generatedPairs(people: People): Promise<[Principal, { resultId: string; needId: string }][]> {
    const out: [Principal, { resultId: string; needId: string }][] = [];
    const demoOrgs = [people.researcher?.organizationId, people.enterprise?.organizationId].filter((id): id is string => !!id);
    for (const broker of [people.broker1!, people.broker2!]) {
      const [pair] = (await this.dataSource.query(
        `SELECT r.id AS "resultId", n.id AS "needId"
           FROM identity_broker_v bp
           JOIN catalog_result_v r ON r.field_code = ANY (bp.field_codes) AND r.status = 'PUBLISHED' AND r.visibility <> 'PRIVATE' AND NOT (r.owner_id = ANY ($2::uuid[]))
           JOIN catalog_need_v n ON n.field_code = r.field_code AND n.status = 'PUBLISHED' AND n.visibility <> 'PRIVATE' AND NOT (n.enterprise_id = ANY ($2::uuid[]))
          WHERE bp.user_id = $1 AND NOT EXISTS (SELECT 1 FROM brokerage_deal_v d WHERE d.result_id = r.id AND d.need_id = n.id)
          ORDER BY r.published_at DESC NULLS LAST, r.id, n.id
          LIMIT 1`,
        [broker.userId, demoOrgs],
      )) as { resultId: string; needId: string }[];
      if (pair) out.push([broker, pair]);
    }
    return out;
  }

  private async say(deal: DealRecord, from: Principal | undefined, body: string): Promise<void> {
    if (!from || !deal.conversationId) return;
    await this.messages.send(from.userId, { conversationId: deal.conversationId, clientMessageId: `seed-${randomUUID()}`, body });
  }

  private async offer(deal: DealRecord, from: Principal | undefined, body: string, amount: string, contractType: ContractType, terms: string): Promise<string> {
    if (!from || !deal.conversationId) throw new Error('The demo offer needs its author and the deal room');
    const { message } = await this.messages.send(from.userId, {
      conversationId: deal.conversationId,
      clientMessageId: `seed-${randomUUID()}`,
      body,
      offer: { amount, contractType, terms },
    });
    return message.id;
  }
}
