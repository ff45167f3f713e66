import { registerEnumType } from '@nestjs/graphql';

export enum FollowUpChannel {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  MEETING = 'MEETING',
  ONLINE = 'ONLINE',
  OTHER = 'OTHER',
}

registerEnumType(FollowUpChannel, {
  name: 'FollowUpChannel',
  description: 'How a broker was in touch with an enterprise.',
  valuesMap: {
    VISIT: { description: 'On-site visit (上门走访).' },
    PHONE: { description: 'Phone call.' },
    MEETING: { description: 'Meeting elsewhere (matchmaking event, office).' },
    ONLINE: { description: 'Video call, chat or e-mail.' },
    OTHER: { description: 'Anything else.' },
  },
});
