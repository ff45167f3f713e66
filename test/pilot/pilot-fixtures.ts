import { SignedIn, TestApp } from '../support';

export const PLATFORM_FIELDS = `id name fieldCodes capabilities district priceNotes operator { id name } busyRanges { from to }`;
export const CREATE_PLATFORM = `mutation($input: PilotPlatformInput!) { createPilotPlatform(input: $input) { ${PLATFORM_FIELDS} } }`;
export const LIST_PLATFORMS = `query($first: Int, $after: String, $fieldCode: String) { pilotPlatforms(first: $first, after: $after, fieldCode: $fieldCode) {
  totalCount edges { cursor node { id name fieldCodes bookings { id status from to result { id } } } } pageInfo { hasNextPage endCursor } } }`;
export const REQUEST_BOOKING = `mutation($input: PilotBookingInput!) { requestPilotBooking(input: $input) { id status from to result { id title } platform { id } } }`;
export const DECIDE_BOOKING = `mutation($id: ID!, $approve: Boolean!) { decidePilotBooking(id: $id, approve: $approve) { id status decidedAt } }`;
export const COMPLETE_BOOKING = `mutation($id: ID!) { completePilotBooking(id: $id) { id status completedAt } }`;

export function platformInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '固态电池中试基地',
    fieldCodes: ['JL.SSB'],
    capabilities: ['硫化物电解质涂布', '百公斤级中试线', '干法电极'],
    district: '高新区',
    priceNotes: '按批次计价',
    ...overrides,
  };
}

export async function createPlatform(t: TestApp, who: SignedIn, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await t.gql(CREATE_PLATFORM, { input: platformInput(overrides) }, who.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createPilotPlatform.id as string;
}

const DAY = 86_400_000;
/** A range starting `startDays` from now and lasting `days`. */
export function range(startDays: number, days: number): { from: string; to: string } {
  const start = Date.now() + startDays * DAY;
  return { from: new Date(start).toISOString(), to: new Date(start + days * DAY).toISOString() };
}

export async function requestBooking(t: TestApp, owner: SignedIn, platformId: string, resultId: string, when: { from: string; to: string }): Promise<string> {
  const response = await t.gql(REQUEST_BOOKING, { input: { platformId, resultId, ...when } }, owner.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.requestPilotBooking.id as string;
}
