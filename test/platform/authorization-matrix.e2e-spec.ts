import { randomUUID } from 'node:crypto';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { certifiedBroker } from '../brokerage/brokerage-helpers';
import {
  CREATE_NEED,
  CREATE_RESULT,
  EVALUATE_RESULT,
  needInput,
  publishedNeed,
  publishedResult,
  resultInput,
  SUBMIT_RESULT,
} from '../catalog/catalog-fixtures';
import { createPlatform, requestBooking } from '../pilot/pilot-fixtures';
import { createAdmin, GraphQLResponse, login, registerAccount, SignedIn, startTestApp, TEST_PASSWORD, TestApp } from '../support';
import { rootFields } from './schema-arbitraries';

/**
 * Who may call what, over every root operation of the schema × every kind of caller:
 * anonymous; a stranger (member of an unverified organization); the researcher who owns the
 * results; the enterprise that owns the needs; the broker assigned to the deal and a broker who
 * is not; an administrator. Each row names the callers that get through; everyone else must be
 * refused (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, or null for "not for you"). A new operation in
 * the schema without a row fails the test, so none ships unreviewed.
 */
type Caller = 'anonymous' | 'stranger' | 'researcher' | 'enterprise' | 'brokerAssigned' | 'brokerOther' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'stranger', 'researcher', 'enterprise', 'brokerAssigned', 'brokerOther', 'admin'];

interface World {
  admin: SignedIn;
  stranger: SignedIn;
  researcher: SignedIn;
  enterprise: SignedIn;
  brokerAssigned: SignedIn;
  brokerOther: SignedIn;
  resultId: string;
  needId: string;
  draftResultId: string;
  submittedResultId: string;
  evaluatedResultId: string;
  withdrawableResultId: string;
  draftNeedId: string;
  closableNeedId: string;
  collectiveNeedId: string;
  matchId: string;
  dealId: string;
  conversationId: string;
  messageId: string;
  platformId: string;
  bookingId: string;
  eventId: string;
  draftEventId: string;
  notificationId: string;
  /** A member of a government organization, the bureau officer of a service team. */
  officerId: string;
  officerOrganizationId: string;
  /** A refresh token of a new session: each works once. */
  freshRefreshToken: () => Promise<string>;
  /** Runs an operation as an administrator, for a row's `before`. */
  asAdmin: (query: string, variables: Record<string, unknown>) => Promise<void>;
}

interface Row {
  /** Document of one operation on the root field named by the row's key. */
  query: string;
  variables?: (w: World) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Puts the row's target in the state its allowed callers need, before anyone calls. */
  before?: (w: World) => Promise<void>;
  /** Callers that get through; every other caller must be refused. */
  allow: Caller[];
}

const SIGNED_IN: Caller[] = ['stranger', 'researcher', 'enterprise', 'brokerAssigned', 'brokerOther', 'admin'];
const EVERYONE: Caller[] = ['anonymous', ...SIGNED_IN];
const BROKERS: Caller[] = ['brokerAssigned', 'brokerOther'];
const DEAL_PARTIES: Caller[] = ['researcher', 'enterprise', 'brokerAssigned', 'admin'];

const future = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

const TABLE: Record<string, Row> = {
  // Public catalogue, search and taxonomy.
  industryFields: { query: '{ industryFields { code } }', allow: EVERYONE },
  result: { query: 'query($id: ID!) { result(id: $id) { id } }', variables: (w) => ({ id: w.resultId }), allow: EVERYONE },
  results: { query: '{ results { totalCount } }', allow: EVERYONE },
  need: { query: 'query($id: ID!) { need(id: $id) { id } }', variables: (w) => ({ id: w.needId }), allow: EVERYONE },
  needs: { query: '{ needs { totalCount } }', allow: EVERYONE },
  searchResults: { query: '{ searchResults(input: { query: "" }) { totalHits } }', allow: EVERYONE },
  searchNeeds: { query: '{ searchNeeds(input: { query: "" }) { totalHits } }', allow: EVERYONE },
  events: { query: '{ events { totalCount } }', allow: EVERYONE },
  event: { query: 'query($id: ID!) { event(id: $id) { id } }', variables: (w) => ({ id: w.eventId }), allow: EVERYONE },
  pilotPlatforms: { query: '{ pilotPlatforms { totalCount } }', allow: EVERYONE },

  // Accounts and organizations.
  register: {
    query: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
    variables: () => ({
      input: {
        email: `m-${randomUUID()}@example.test`,
        password: TEST_PASSWORD,
        displayName: 'Matrix',
        organizationName: `Matrix ${randomUUID()}`,
        organizationKind: 'ENTERPRISE',
      },
    }),
    allow: EVERYONE,
  },
  login: {
    query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: (w) => ({ input: { email: w.stranger.email, password: TEST_PASSWORD } }),
    allow: EVERYONE,
  },
  // The refresh token is the credential, whoever presents it.
  refreshToken: {
    query: 'mutation($token: String!) { refreshToken(token: $token) { accessToken } }',
    variables: async (w) => ({ token: await w.freshRefreshToken() }),
    allow: EVERYONE,
  },
  me: { query: '{ me { id } }', allow: SIGNED_IN },
  organization: { query: 'query($id: ID!) { organization(id: $id) { id } }', variables: (w) => ({ id: w.researcher.organizationId }), allow: SIGNED_IN },
  organizations: { query: '{ organizations { totalCount } }', allow: SIGNED_IN },
  verifyOrganization: {
    query: 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }',
    variables: (w) => ({ id: w.researcher.organizationId }),
    allow: ['admin'],
  },
  certifyBroker: {
    query: 'mutation($userId: ID!, $input: BrokerProfileInput!) { certifyBroker(userId: $userId, input: $input) { id } }',
    variables: (w) => ({ userId: w.brokerOther.userId, input: { level: 'JUNIOR', fieldCodes: ['JL.SSB'], trainingHours: 40, capacity: 3 } }),
    allow: ['admin'],
  },
  myServiceTeams: { query: '{ myServiceTeams { organization { id } } }', allow: SIGNED_IN },
  setServiceTeam: {
    query: 'mutation($id: ID!, $input: ServiceTeamInput!) { setServiceTeam(organizationId: $id, input: $input) { organization { id } } }',
    variables: (w) => ({
      id: w.researcher.organizationId,
      input: {
        bureauOfficerId: w.officerId,
        districtLiaisonId: w.admin.userId,
        conversionLeadId: w.researcher.userId,
        brokerIds: [w.brokerAssigned.userId],
      },
    }),
    allow: ['admin'],
  },

  // Administrators, the team's members and the platform's members (after setServiceTeam above).
  serviceTeam: {
    query: 'query($id: ID!) { serviceTeam(organizationId: $id) { organization { id } } }',
    variables: (w) => ({ id: w.researcher.organizationId }),
    allow: ['researcher', 'brokerAssigned', 'admin'],
  },

  // Results: the owner researcher, administrators for the evaluation funnel.
  createResult: {
    query: 'mutation($input: ResultInput!) { createResult(input: $input) { id } }',
    variables: () => ({ input: resultInput() }),
    allow: ['researcher'],
  },
  updateResult: {
    query: 'mutation($id: ID!, $input: ResultUpdateInput!) { updateResult(id: $id, input: $input) { id } }',
    variables: (w) => ({ id: w.draftResultId, input: { summary: 'updated' } }),
    allow: ['researcher'],
  },
  submitResult: { query: 'mutation($id: ID!) { submitResult(id: $id) { id } }', variables: (w) => ({ id: w.draftResultId }), allow: ['researcher'] },
  evaluateResult: {
    query: 'mutation($id: ID!, $input: EvaluationInput!) { evaluateResult(id: $id, input: $input) { id } }',
    variables: (w) => ({ id: w.submittedResultId, input: { score: 80, technicalMaturity: 70, marketPotential: 75, approve: true } }),
    allow: ['admin'],
  },
  publishResult: { query: 'mutation($id: ID!) { publishResult(id: $id) { id } }', variables: (w) => ({ id: w.evaluatedResultId }), allow: ['admin'] },
  withdrawResult: {
    query: 'mutation($id: ID!) { withdrawResult(id: $id) { id } }',
    variables: (w) => ({ id: w.withdrawableResultId }),
    allow: ['researcher', 'admin'],
  },
  // Members of verified organizations only: an NDA with an unknown party binds nobody.
  acceptResultNda: {
    query: 'mutation($id: ID!) { acceptResultNda(id: $id) { id } }',
    variables: (w) => ({ id: w.resultId }),
    allow: SIGNED_IN.filter((caller) => caller !== 'stranger'),
  },
  selectMajorResult: {
    query: 'mutation($id: ID!) { selectMajorResult(id: $id, year: 2026) { id } }',
    variables: (w) => ({ id: w.resultId }),
    allow: ['admin'],
  },

  // Needs: the owner enterprise.
  createNeed: {
    query: 'mutation($input: NeedInput!) { createNeed(input: $input) { id } }',
    variables: () => ({ input: needInput() }),
    allow: ['stranger', 'enterprise'],
  },
  updateNeed: {
    query: 'mutation($id: ID!, $input: NeedUpdateInput!) { updateNeed(id: $id, input: $input) { id } }',
    variables: (w) => ({ id: w.draftNeedId, input: { summary: 'updated' } }),
    allow: ['enterprise'],
  },
  publishNeed: { query: 'mutation($id: ID!) { publishNeed(id: $id) { id } }', variables: (w) => ({ id: w.draftNeedId }), allow: ['enterprise'] },
  closeNeed: { query: 'mutation($id: ID!) { closeNeed(id: $id) { id } }', variables: (w) => ({ id: w.closableNeedId }), allow: ['enterprise', 'admin'] },
  acceptNeedNda: {
    query: 'mutation($id: ID!) { acceptNeedNda(id: $id) { id } }',
    variables: (w) => ({ id: w.needId }),
    allow: SIGNED_IN.filter((caller) => caller !== 'stranger'),
  },
  pledgeToNeed: {
    query: 'mutation($id: ID!) { pledgeToNeed(needId: $id, amount: "1000.00") { id } }',
    variables: (w) => ({ id: w.collectiveNeedId }),
    allow: ['enterprise'],
  },

  // Matching.
  matchesForNeed: {
    query: 'query($id: ID!) { matchesForNeed(needId: $id) { id } }',
    variables: (w) => ({ id: w.needId }),
    allow: ['enterprise', ...BROKERS, 'admin'],
  },
  matchesForResult: {
    query: 'query($id: ID!) { matchesForResult(resultId: $id) { id } }',
    variables: (w) => ({ id: w.resultId }),
    allow: ['researcher', ...BROKERS, 'admin'],
  },
  refreshMatches: {
    query: 'mutation($id: ID!) { refreshMatches(needId: $id) { id } }',
    variables: (w) => ({ id: w.needId }),
    allow: ['enterprise', ...BROKERS, 'admin'],
  },
  giveMatchFeedback: {
    query: 'mutation($id: ID!) { giveMatchFeedback(matchId: $id, input: { status: SHORTLISTED }) { id } }',
    variables: (w) => ({ id: w.matchId }),
    // The need's side, brokers and administrators; the result's owner does not judge matches.
    allow: ['enterprise', ...BROKERS, 'admin'],
  },
  matchWeightModels: { query: '{ matchWeightModels(versions: 3) { version fieldCode active } }', allow: ['admin'] },

  // The concept dictionary: brokers and administrators read it, administrators edit, publish and roll it back.
  conceptDictionary: { query: '{ conceptDictionary { number conceptCount } }', allow: [...BROKERS, 'admin'] },
  conceptDictionaryVersions: { query: '{ conceptDictionaryVersions { totalCount } }', allow: [...BROKERS, 'admin'] },
  saveConcept: {
    query: `mutation { saveConcept(input: { id: "chem.matrix-check", fieldCode: "QL.CHEM", zh: "授权矩阵检查", en: "authorization matrix check" }) { id } }`,
    allow: ['admin'],
  },
  removeConcept: {
    query: 'mutation { removeConcept(id: "chem.matrix-remove") { id } }',
    before: (w) =>
      w.asAdmin(`mutation { saveConcept(input: { id: "chem.matrix-remove", fieldCode: "QL.CHEM", zh: "待删除概念", en: "concept to remove" }) { id } }`, {}),
    allow: ['admin'],
  },
  publishConceptDictionary: {
    query: 'mutation { publishConceptDictionary(note: "matrix") { number } }',
    before: (w) =>
      w.asAdmin(`mutation { saveConcept(input: { id: "chem.matrix-publish", fieldCode: "QL.CHEM", zh: "待发布概念", en: "concept to publish" }) { id } }`, {}),
    allow: ['admin'],
  },
  discardConceptDictionaryDraft: {
    query: 'mutation { discardConceptDictionaryDraft }',
    before: (w) =>
      w.asAdmin(`mutation { saveConcept(input: { id: "chem.matrix-discard", fieldCode: "QL.CHEM", zh: "待放弃概念", en: "concept to discard" }) { id } }`, {}),
    allow: ['admin'],
  },
  rollbackConceptDictionary: {
    query: 'mutation { rollbackConceptDictionary(number: 1) { number } }',
    // No draft open, and a version after 1 current.
    before: async (w) => {
      await w.asAdmin('mutation { discardConceptDictionaryDraft }', {});
      await w.asAdmin(
        `mutation { saveConcept(input: { id: "chem.matrix-rollback", fieldCode: "QL.CHEM", zh: "回滚前概念", en: "concept before rollback" }) { id } }`,
        {},
      );
      await w.asAdmin('mutation { publishConceptDictionary(note: "before the rollback row") { number } }', {});
    },
    allow: ['admin'],
  },

  // Deals and their rooms: the parties, the assigned broker, administrators.
  openDeal: {
    query: 'mutation($id: ID!) { openDeal(matchId: $id) { id } }',
    variables: (w) => ({ id: w.matchId }),
    // A broker, the result's owner, the need's enterprise or an administrator (one open deal per pair: CONFLICT after the first).
    allow: ['researcher', 'enterprise', ...BROKERS, 'admin'],
  },
  openDealForPair: {
    query: 'mutation($r: ID!, $n: ID!) { openDealForPair(resultId: $r, needId: $n) { id } }',
    variables: (w) => ({ r: w.resultId, n: w.needId }),
    allow: ['researcher', 'enterprise', ...BROKERS, 'admin'],
  },
  deal: { query: 'query($id: ID!) { deal(id: $id) { id } }', variables: (w) => ({ id: w.dealId }), allow: DEAL_PARTIES },
  deals: { query: '{ deals { totalCount } }', allow: SIGNED_IN },
  assignBroker: {
    query: 'mutation($d: ID!, $b: ID!) { assignBroker(dealId: $d, brokerId: $b) { id } }',
    variables: (w) => ({ d: w.dealId, b: w.brokerAssigned.userId }),
    allow: ['admin'],
  },
  advanceDeal: {
    query: 'mutation($d: ID!) { advanceDeal(dealId: $d, input: { to: NEGOTIATING }) { id } }',
    variables: (w) => ({ d: w.dealId }),
    allow: ['brokerAssigned', 'admin'],
  },
  signContract: {
    query: 'mutation($d: ID!, $at: DateTime!) { signContract(dealId: $d, input: { type: LICENSE, amount: "100000.00", signedAt: $at }) { id } }',
    variables: (w) => ({ d: w.dealId, at: new Date().toISOString() }),
    before: (w) => w.asAdmin('mutation($d: ID!) { advanceDeal(dealId: $d, input: { to: TERMS_AGREED }) { id } }', { d: w.dealId }),
    allow: ['brokerAssigned', 'admin'],
  },
  // The configured rates are the same for every broker: no deal is named, so no deal's parties are involved.
  commissionPreview: { query: '{ commissionPreview(type: LICENSE, amount: "100000.00") { amount } }', allow: [...BROKERS, 'admin'] },
  certifiedBrokers: { query: '{ certifiedBrokers(withCapacity: true) { id } }', allow: ['admin'] },
  conversation: { query: 'query($id: ID!) { conversation(id: $id) { id } }', variables: (w) => ({ id: w.conversationId }), allow: DEAL_PARTIES },
  myConversations: { query: '{ myConversations { id } }', allow: SIGNED_IN },
  messages: {
    query: 'query($id: ID!) { messages(conversationId: $id) { edges { cursor } } }',
    variables: (w) => ({ id: w.conversationId }),
    allow: DEAL_PARTIES,
  },
  sendMessage: {
    query: 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
    variables: (w) => ({ input: { conversationId: w.conversationId, clientMessageId: randomUUID(), body: 'matrix' } }),
    allow: ['researcher', 'enterprise', 'brokerAssigned'],
  },
  markConversationRead: {
    query: 'mutation($id: ID!) { markConversationRead(conversationId: $id, seq: 1) { id } }',
    variables: (w) => ({ id: w.conversationId }),
    allow: ['researcher', 'enterprise', 'brokerAssigned'],
  },
  acceptOffer: {
    query: 'mutation($id: ID!) { acceptOffer(messageId: $id) { id } }',
    variables: (w) => ({ id: w.messageId }),
    allow: ['researcher', 'enterprise'],
  },

  // Broker work.
  recordFollowUp: {
    query: 'mutation($input: FollowUpInput!) { recordFollowUp(input: $input) { id } }',
    variables: (w) => ({ input: { enterpriseId: w.enterprise.organizationId, channel: 'VISIT', happenedOn: '2026-06-01', notes: 'matrix' } }),
    allow: BROKERS,
  },
  myFollowUps: { query: '{ myFollowUps { totalCount } }', allow: [...BROKERS, 'admin'] },
  overdueFollowUps: { query: '{ overdueFollowUps { id } }', allow: [...BROKERS, 'admin'] },
  myNotifications: { query: '{ myNotifications { totalCount } }', allow: SIGNED_IN },
  markNotificationRead: {
    query: 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
    variables: (w) => ({ id: w.notificationId }),
    allow: ['brokerAssigned'],
  },

  // Matchmaking events: administrators run them, organizations register.
  createEvent: {
    query: 'mutation($input: EventInput!) { createEvent(input: $input) { id } }',
    variables: () => ({ input: { title: 'Matrix event', startsAt: future(30), endsAt: future(30.2), slotMinutes: 20, tables: 4, fieldCodes: ['JL.SSB'] } }),
    allow: ['admin'],
  },
  openEvent: { query: 'mutation($id: ID!) { openEvent(id: $id) { id } }', variables: (w) => ({ id: w.draftEventId }), allow: ['admin'] },
  registerForEvent: {
    // A member of a verified organization, with its own published items.
    query: 'mutation($id: ID!, $r: ID!) { registerForEvent(eventId: $id, input: { resultIds: [$r] }) { id } }',
    variables: (w) => ({ id: w.eventId, r: w.resultId }),
    allow: ['researcher'],
  },
  scheduleEvent: { query: 'mutation($id: ID!) { scheduleEvent(id: $id) { id } }', variables: (w) => ({ id: w.eventId }), allow: ['admin'] },
  completeEvent: { query: 'mutation($id: ID!) { completeEvent(id: $id) { id } }', variables: (w) => ({ id: w.eventId }), allow: ['admin'] },
  respondToMeeting: {
    query: 'mutation($id: ID!) { respondToMeeting(meetingId: $id, accept: true) { id } }',
    // No meeting is scheduled in this world: everyone is NOT_FOUND; the events e2e covers the parties.
    variables: () => ({ id: randomUUID() }),
    allow: [],
  },
  recordMeetingOutcome: {
    query: 'mutation($id: ID!) { recordMeetingOutcome(meetingId: $id, held: true, openDeal: false) { id } }',
    variables: () => ({ id: randomUUID() }),
    allow: [],
  },

  // Pilot-scale platforms.
  createPilotPlatform: {
    query: 'mutation($input: PilotPlatformInput!) { createPilotPlatform(input: $input) { id } }',
    variables: (w) => ({
      input: { name: `Matrix platform ${randomUUID()}`, fieldCodes: ['JL.SSB'], capabilities: ['coating'], operatorId: w.enterprise.organizationId },
    }),
    allow: ['admin'],
  },
  requestPilotBooking: {
    query: 'mutation($input: PilotBookingInput!) { requestPilotBooking(input: $input) { id } }',
    variables: (w) => ({ input: { platformId: w.platformId, resultId: w.resultId, from: future(60), to: future(62) } }),
    allow: ['researcher'],
  },
  decidePilotBooking: {
    query: 'mutation($id: ID!) { decidePilotBooking(id: $id, approve: true) { id } }',
    variables: (w) => ({ id: w.bookingId }),
    allow: ['admin'],
  },
  completePilotBooking: { query: 'mutation($id: ID!) { completePilotBooking(id: $id) { id } }', variables: (w) => ({ id: w.bookingId }), allow: ['admin'] },

  // Sessions and account recovery: public where a signed-out person needs them.
  logout: {
    query: 'mutation($token: String!) { logout(refreshToken: $token) }',
    variables: async (w) => ({ token: await w.freshRefreshToken() }),
    allow: EVERYONE,
  },
  // Access tokens live until they expire, so the rows after this one still sign in.
  logoutEverywhere: { query: 'mutation { logoutEverywhere }', allow: SIGNED_IN },
  requestPasswordReset: { query: 'mutation { requestPasswordReset(email: "nobody@example.org") }', allow: EVERYONE },
  // A token nobody was sent: BAD_USER_INPUT for everyone, which is getting through the guard.
  resetPassword: {
    query: 'mutation { resetPassword(token: "not-a-token", password: "Another#2026pass") { accessToken } }',
    allow: EVERYONE,
  },
  verifyEmail: { query: 'mutation { verifyEmail(token: "not-a-token") }', allow: EVERYONE },
  resendVerificationEmail: { query: 'mutation { resendVerificationEmail }', allow: SIGNED_IN },
  myMailPreferences: { query: '{ myMailPreferences { language } }', allow: SIGNED_IN },
  setMailPreferences: { query: 'mutation { setMailPreferences(input: { dailyDigest: false }) { language } }', allow: SIGNED_IN },
  mailbox: { query: '{ mailbox(first: 1) { edges { node { to } } } }', allow: ['admin'] },

  // Files: no upload exists in this world, so everyone signed in is NOT_FOUND and anonymous
  // UNAUTHENTICATED; test/files covers who may attach, share and remove a real upload.
  fileUploadLimits: { query: '{ fileUploadLimits { maxBytes } }', allow: EVERYONE },
  attachFileToResult: {
    query: 'mutation($f: ID!, $r: ID!) { attachFileToResult(fileId: $f, resultId: $r) { id } }',
    variables: (w) => ({ f: randomUUID(), r: w.resultId }),
    allow: [],
  },
  attachFileToNeed: {
    query: 'mutation($f: ID!, $n: ID!) { attachFileToNeed(fileId: $f, needId: $n) { id } }',
    variables: (w) => ({ f: randomUUID(), n: w.needId }),
    allow: [],
  },
  shareFileInConversation: {
    query: 'mutation($f: ID!, $c: ID!) { shareFileInConversation(fileId: $f, conversationId: $c) { id } }',
    variables: (w) => ({ f: randomUUID(), c: w.conversationId }),
    allow: [],
  },
  removeFile: { query: 'mutation($f: ID!) { removeFile(id: $f) }', variables: () => ({ f: randomUUID() }), allow: [] },

  // Insights.
  // Scoped by caller: the city for administrators, a broker's own pipeline, otherwise the caller's organization.
  kpis: { query: '{ kpis(year: 2026) { year } }', allow: SIGNED_IN },
  setKpiTargets: { query: 'mutation { setKpiTargets(year: 2026, targets: [{ key: "dealsSigned", target: 10 }]) { year } }', allow: ['admin'] },

  // Administration. The deactivations come last: the rows above still need their targets active.
  users: { query: '{ users { totalCount } }', allow: ['admin'] },
  pilotBookings: { query: '{ pilotBookings { totalCount } }', allow: ['admin'] },
  // The platform's operator is an organization outside the callers here, so only the administrator gets through.
  updatePilotPlatform: {
    query: 'mutation($id: ID!) { updatePilotPlatform(id: $id, input: { priceNotes: "matrix" }) { id } }',
    variables: (w) => ({ id: w.platformId }),
    allow: ['admin'],
  },
  deactivateOrganization: {
    query: 'mutation($id: ID!) { deactivateOrganization(id: $id) { id } }',
    variables: (w) => ({ id: w.officerOrganizationId }),
    allow: ['admin'],
  },
  // The other broker runs no deal, so the administrator's call goes through.
  deactivateBroker: {
    query: 'mutation($userId: ID!) { deactivateBroker(userId: $userId) { id } }',
    variables: (w) => ({ userId: w.brokerOther.userId }),
    allow: ['admin'],
  },
};

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** Whether the caller got through: a refusal code, or null where the field says "null for anyone else", is a refusal. */
function gotThrough(response: GraphQLResponse, field: string): boolean {
  const code = response.errors?.[0]?.extensions?.code;
  if (code && REFUSALS.has(code)) return false;
  if (!response.errors && response.data?.[field] === null) return false;
  return true;
}

describe('authorization matrix: every operation × every kind of caller', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    const admin = await createAdmin(t);
    const [researcher, enterprise, stranger] = await Promise.all([
      registerAccount(t, 'UNIVERSITY'),
      registerAccount(t, 'ENTERPRISE'),
      registerAccount(t, 'ENTERPRISE'),
    ]);
    for (const account of [researcher, enterprise]) {
      const verified = await t.gql('mutation($id: ID!) { verifyOrganization(id: $id) { id } }', { id: account.organizationId }, admin.token);
      if (verified.errors) throw new Error(JSON.stringify(verified.errors));
    }
    const first = await certifiedBroker(t, admin, ['JL.SSB']);
    const second = await certifiedBroker(t, admin, ['JL.SSB']);
    const gql = async (query: string, variables: Record<string, unknown>, who: SignedIn): Promise<any> => {
      const response = await t.gql(query, variables, who.token);
      if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
      return response.data;
    };
    const resultId = await publishedResult(t, researcher, admin, { visibility: 'TEASER' });
    const withdrawableResultId = await publishedResult(t, researcher, admin);
    const draftResultId = (await gql(CREATE_RESULT, { input: resultInput() }, researcher)).createResult.id;
    const submittedResultId = (await gql(CREATE_RESULT, { input: resultInput() }, researcher)).createResult.id;
    await gql(SUBMIT_RESULT, { id: submittedResultId }, researcher);
    const evaluatedResultId = (await gql(CREATE_RESULT, { input: resultInput() }, researcher)).createResult.id;
    await gql(SUBMIT_RESULT, { id: evaluatedResultId }, researcher);
    await gql(EVALUATE_RESULT, { id: evaluatedResultId, input: { score: 80, technicalMaturity: 70, marketPotential: 75, approve: true } }, admin);
    const needId = await publishedNeed(t, enterprise, { visibility: 'TEASER' });
    const closableNeedId = await publishedNeed(t, enterprise);
    const draftNeedId = (await gql(CREATE_NEED, { input: needInput() }, enterprise)).createNeed.id;
    const otherEnterprise = await registerAccount(t, 'ENTERPRISE');
    await gql('mutation($id: ID!) { verifyOrganization(id: $id) { id } }', { id: otherEnterprise.organizationId }, admin);
    const collectiveNeedId = await publishedNeed(t, otherEnterprise, { collectiveTarget: '1000000.00' });
    const [match] = await db.query(`INSERT INTO match (result_id, need_id, score, factors) VALUES ($1, $2, 80, '[]'::jsonb) RETURNING id`, [resultId, needId]);
    const deal = (
      await gql(
        'mutation($r: ID!, $n: ID!) { openDealForPair(resultId: $r, needId: $n) { id broker { id } conversation { id } } }',
        { r: resultId, n: needId },
        enterprise,
      )
    ).openDealForPair;
    const [brokerAssigned, brokerOther] = deal.broker.id === first.userId ? [first, second] : [second, first];
    const offer = await gql(
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
      {
        input: { conversationId: deal.conversation.id, clientMessageId: randomUUID(), body: 'offer', offer: { amount: '100000.00', contractType: 'LICENSE' } },
      },
      brokerAssigned,
    );
    // The researcher's university is a key innovation platform, which service teams attach to.
    await db.query(`UPDATE organization SET key_platform = true WHERE id = $1`, [researcher.organizationId]);
    // Government accounts are made by administrators, not by registration: one made so by hand.
    const officer = await registerAccount(t, 'ENTERPRISE');
    await db.query(`UPDATE organization SET kind = 'GOVERNMENT' WHERE id = $1`, [officer.organizationId]);
    const platformId = await createPlatform(t, admin, { operatorId: otherEnterprise.organizationId });
    const bookingId = await requestBooking(t, researcher, platformId, resultId, { from: future(10), to: future(12) });
    const newEvent = async (): Promise<string> =>
      (
        await gql(
          'mutation($input: EventInput!) { createEvent(input: $input) { id } }',
          { input: { title: 'Event', startsAt: future(20), endsAt: future(20.2), slotMinutes: 20, tables: 4, fieldCodes: ['JL.SSB'] } },
          admin,
        )
      ).createEvent.id;
    const eventId = await newEvent();
    await gql('mutation($id: ID!) { openEvent(id: $id) { id } }', { id: eventId }, admin);
    const draftEventId = await newEvent();
    // Notifications come from the overdue-deal job, which does not run here: one for the assigned broker.
    const [notification] = await db.query(
      `INSERT INTO notification (recipient_id, kind, title, body, deal_id, dedupe_key) VALUES ($1, 'DEAL_OVERDUE', 'overdue', 'overdue', $2, 'matrix') RETURNING id`,
      [brokerAssigned.userId, deal.id],
    );
    world = {
      admin,
      stranger,
      researcher,
      enterprise,
      brokerAssigned,
      brokerOther,
      resultId,
      needId,
      draftResultId,
      submittedResultId,
      evaluatedResultId,
      withdrawableResultId,
      draftNeedId,
      closableNeedId,
      collectiveNeedId,
      matchId: match.id,
      dealId: deal.id,
      conversationId: deal.conversation.id,
      messageId: offer.sendMessage.id,
      platformId,
      bookingId,
      eventId,
      draftEventId,
      notificationId: notification.id,
      officerId: officer.userId,
      officerOrganizationId: officer.organizationId,
      freshRefreshToken: async () => (await login(t, stranger.email)).refreshToken,
      asAdmin: async (query, variables) => {
        await gql(query, variables, admin);
      },
    };
  }, 900_000);
  afterAll(async () => {
    await t.close();
  });

  it('has a row for every operation of the schema, and none for an operation that is gone', () => {
    const operations = rootFields(t.app.get(GraphQLSchemaHost).schema).map(({ field }) => field.name);
    expect(operations.filter((name) => !(name in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it('lets through exactly the callers of each row, and refuses every other', async () => {
    const differences: string[] = [];
    for (const [field, row] of Object.entries(TABLE)) {
      // Refused callers first, while the row's target is still in the state the allowed ones need.
      const order = [...CALLERS.filter((c) => !row.allow.includes(c)), ...CALLERS.filter((c) => row.allow.includes(c))];
      await row.before?.(world);
      const through: Caller[] = [];
      for (const caller of order) {
        const token = caller === 'anonymous' ? undefined : world[caller].token;
        const response = await t.gql(row.query, (await row.variables?.(world)) ?? {}, token);
        if (response.errors?.[0]?.extensions?.code === 'INTERNAL_SERVER_ERROR') differences.push(`${field} as ${caller}: INTERNAL_SERVER_ERROR`);
        if (gotThrough(response, field)) through.push(caller);
      }
      const expected = CALLERS.filter((c) => row.allow.includes(c));
      const observed = CALLERS.filter((c) => through.includes(c));
      if (expected.join() !== observed.join()) differences.push(`${field}: expected [${expected.join(', ')}], observed [${observed.join(', ')}]`);
    }
    expect(differences).toEqual([]);
  }, 600_000);
});
