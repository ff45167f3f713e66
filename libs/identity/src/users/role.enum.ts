import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@techbridge/platform';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesMap: {
    RESEARCHER: { description: 'Member of a university, institute or platform: publishes research results.' },
    ENTERPRISE: { description: 'Member of an enterprise: posts technical needs and pledges to collective R&D.' },
    BROKER: { description: 'Certified technology broker (技术经纪人): runs deals.' },
    ADMIN: { description: 'Administrator: evaluates and publishes results, runs events, sets targets.' },
  },
});

export { Role };
