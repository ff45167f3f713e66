import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { DEMO, api, tokenFor } from './accounts';

export interface DemoDealRoom {
  dealId: string;
  conversationId: string;
  tokens: { enterprise: string; researcher: string; broker: string };
}

const SSB_RESULT = '高离子电导率硫化物固态电解质及其干法成膜工艺';

/**
 * A fresh NEGOTIATING deal between the demo university's solid-state electrolyte result and a
 * new need of the demo enterprise, run by the demo broker, with its room: every journey or
 * benchmark gets a deal of its own, untouched by the others sharing the seeded server.
 */
export async function openDemoDealRoom(baseURL: string, label: string): Promise<DemoDealRoom> {
  const [enterprise, researcher, broker] = await Promise.all([
    tokenFor(baseURL, DEMO.enterprise),
    tokenFor(baseURL, DEMO.researcher),
    tokenFor(baseURL, DEMO.broker),
  ]);
  const results = await api<{ results: { edges: { node: { id: string; title: string; fieldCode: string } }[] } }>(
    baseURL,
    '{ results(first: 100) { edges { node { id title fieldCode } } } }',
  );
  const result = results.results.edges.map((edge) => edge.node).find((node) => node.title === SSB_RESULT);
  if (!result) throw new Error(`The demo result «${SSB_RESULT}» is not in the seed`);
  const need = await api<{ createNeed: { id: string } }>(
    baseURL,
    'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
    {
      input: {
        title: `${label} ${randomUUID().slice(0, 8)}`,
        summary: '固态电解质中试验证与许可合作。',
        description: '中试线验证条件与量产一致性要求。',
        keywords: ['固态电池'],
        fieldCode: result.fieldCode,
        minTrl: 3,
        budget: { min: null, max: null, negotiable: true },
        preferredModes: ['LICENSE'],
        visibility: 'PUBLIC',
      },
    },
    enterprise,
  );
  await api(baseURL, 'mutation ($id: ID!) { publishNeed(id: $id) { id } }', { id: need.createNeed.id }, enterprise);
  const opened = await api<{ openDealForPair: { id: string } }>(
    baseURL,
    'mutation ($r: ID!, $n: ID!) { openDealForPair(resultId: $r, needId: $n) { id } }',
    { r: result.id, n: need.createNeed.id },
    broker,
  );
  const dealId = opened.openDealForPair.id;
  await api(
    baseURL,
    'mutation ($d: ID!, $i: DealTransitionInput!) { advanceDeal(dealId: $d, input: $i) { id } }',
    { d: dealId, i: { to: 'NEGOTIATING' } },
    broker,
  );
  // The room is opened by the deal's listener after the commit: wait for it.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = await api<{ deal: { conversation: { id: string } | null } | null }>(
      baseURL,
      'query ($id: ID!) { deal(id: $id) { conversation { id } } }',
      { id: dealId },
      broker,
    );
    if (found.deal?.conversation) return { dealId, conversationId: found.deal.conversation.id, tokens: { enterprise, researcher, broker } };
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The deal ${dealId} has no room`);
}

/** A socket.io-client on the API's `/chat` namespace, connected with `token` (or refused). */
export async function chatSocket(baseURL: string, token: string): Promise<Socket> {
  const socket = io(`${baseURL}/chat`, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}
