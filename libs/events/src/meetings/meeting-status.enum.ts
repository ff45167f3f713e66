import { registerEnumType } from '@nestjs/graphql';

export enum MeetingStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  HELD = 'HELD',
  NO_SHOW = 'NO_SHOW',
}

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a 1:1 meeting of a matchmaking event stands.',
  valuesMap: {
    PROPOSED: { description: 'Placed by the scheduler; waiting for the parties to answer.' },
    CONFIRMED: { description: 'Accepted: kept in its slot and table when the event is re-scheduled.' },
    DECLINED: { description: 'Declined: the slot is freed and the pair is never proposed again.' },
    HELD: { description: 'Took place; may open a deal.' },
    NO_SHOW: { description: 'A party did not come.' },
  },
});
