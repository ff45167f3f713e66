import { createAdmin, login, registerAccount, SignedIn, TestApp, verifyOrganizations } from '../support';

export const RESULT_FIELDS = `id title summary description keywords resultClass fieldCode trl transferModes needsPilot visibility status createdAt publishedAt
  askingPrice { min max negotiable } patents { number title granted } owner { id name } evaluation { score technicalMaturity marketPotential comment evaluatedAt }`;
export const NEED_FIELDS = `id title summary description keywords fieldCode minTrl budget { min max negotiable } deadline preferredModes visibility status createdAt publishedAt
  enterprise { id name } collective { targetAmount pledgedAmount funded pledges { organization { id } amount pledgedAt } }`;

export const CREATE_RESULT = `mutation($input: ResultInput!) { createResult(input: $input) { ${RESULT_FIELDS} } }`;
export const UPDATE_RESULT = `mutation($id: ID!, $input: ResultUpdateInput!) { updateResult(id: $id, input: $input) { ${RESULT_FIELDS} } }`;
export const SUBMIT_RESULT = `mutation($id: ID!) { submitResult(id: $id) { id status } }`;
export const EVALUATE_RESULT = `mutation($id: ID!, $input: EvaluationInput!) { evaluateResult(id: $id, input: $input) { id status evaluation { score } } }`;
export const PUBLISH_RESULT = `mutation($id: ID!) { publishResult(id: $id) { id status publishedAt } }`;
export const WITHDRAW_RESULT = `mutation($id: ID!) { withdrawResult(id: $id) { id status } }`;
export const RESULT_NDA = `mutation($id: ID!) { acceptResultNda(id: $id) { id description } }`;
export const GET_RESULT = `query($id: ID!) { result(id: $id) { id description status } }`;
export const LIST_RESULTS = `query($first: Int, $after: String, $filter: ResultFilter) { results(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { id description status } } pageInfo { hasNextPage endCursor } } }`;

export const CREATE_NEED = `mutation($input: NeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
export const UPDATE_NEED = `mutation($id: ID!, $input: NeedUpdateInput!) { updateNeed(id: $id, input: $input) { ${NEED_FIELDS} } }`;
export const PUBLISH_NEED = `mutation($id: ID!) { publishNeed(id: $id) { id status publishedAt } }`;
export const CLOSE_NEED = `mutation($id: ID!) { closeNeed(id: $id) { id status } }`;
export const NEED_NDA = `mutation($id: ID!) { acceptNeedNda(id: $id) { id description } }`;
export const GET_NEED = `query($id: ID!) { need(id: $id) { id description status } }`;
export const LIST_NEEDS = `query($first: Int, $filter: NeedFilter) { needs(first: $first, filter: $filter) { totalCount edges { node { id description status } } } }`;
export const PLEDGE = `mutation($needId: ID!, $amount: Money!) { pledgeToNeed(needId: $needId, amount: $amount) { id collective { targetAmount pledgedAmount funded pledges { organization { id } amount } } } }`;

export function resultInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '高安全硫化物固态电解质膜制备技术',
    summary: '一种可量产的硫化物固态电解质薄膜工艺，室温离子电导率高。',
    description: '详细工艺参数与配方（保密）。',
    keywords: ['固态电池', 'solid electrolyte'],
    resultClass: 'INDUSTRIAL_INNOVATION',
    fieldCode: 'JL.SSB',
    trl: 5,
    patents: [{ number: 'CN202310123456.6', title: '一种硫化物电解质膜', granted: true }],
    transferModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
    askingPrice: { min: '500000', max: '2000000.50', negotiable: false },
    needsPilot: true,
    visibility: 'PUBLIC',
    ...overrides,
  };
}

export function needInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '动力电池低温快充技术需求',
    summary: '寻求零下二十度条件下的快充解决方案。',
    description: '现有产线参数与目标指标（保密）。',
    keywords: ['快充', 'battery'],
    fieldCode: 'JL.SSB',
    minTrl: 4,
    budget: { min: '300000', max: '1000000', negotiable: true },
    deadline: new Date(Date.now() + 90 * 86400_000).toISOString(),
    preferredModes: ['JOINT_DEVELOPMENT'],
    visibility: 'PUBLIC',
    ...overrides,
  };
}

export interface Cast {
  admin: SignedIn;
  researcher: SignedIn;
  otherResearcher: SignedIn;
  enterprise: SignedIn;
  broker: SignedIn;
}

/** Accounts of every role: a researcher (owner side), another researcher, an enterprise, a certified broker, an admin. */
export async function cast(t: TestApp): Promise<Cast> {
  const admin = await createAdmin(t);
  const researcher = await registerAccount(t, 'UNIVERSITY');
  const otherResearcher = await registerAccount(t, 'RESEARCH_INSTITUTE');
  const enterprise = await registerAccount(t, 'ENTERPRISE');
  const firm = await registerAccount(t, 'SERVICE_AGENCY');
  const certified = await t.gql(
    `mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id } }`,
    { userId: firm.userId, input: { level: 'SENIOR', fieldCodes: ['JL.SSB'], trainingHours: 40, capacity: 5 } },
    admin.token,
  );
  if (certified.errors) throw new Error(JSON.stringify(certified.errors));
  const broker = await login(t, firm.email);
  // Verified organizations: only their members accept NDAs and open deals.
  await verifyOrganizations(t, admin, researcher, otherResearcher, enterprise, broker);
  return { admin, researcher, otherResearcher, enterprise, broker };
}

/** Creates a result as `owner` and takes it through evaluation to PUBLISHED. */
export async function publishedResult(t: TestApp, owner: SignedIn, admin: SignedIn, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.gql(CREATE_RESULT, { input: resultInput(overrides) }, owner.token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createResult.id as string;
  for (const [query, variables, token] of [
    [SUBMIT_RESULT, { id }, owner.token],
    [EVALUATE_RESULT, { id, input: { score: 82, technicalMaturity: 75, marketPotential: 88, comment: '推荐发布', approve: true } }, admin.token],
    [PUBLISH_RESULT, { id }, admin.token],
  ] as const) {
    const response = await t.gql(query, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
  return id;
}

export async function publishedNeed(t: TestApp, owner: SignedIn, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.gql(CREATE_NEED, { input: needInput(overrides) }, owner.token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createNeed.id as string;
  const published = await t.gql(PUBLISH_NEED, { id }, owner.token);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return id;
}
