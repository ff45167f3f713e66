import { registerEnumType } from '@nestjs/graphql';

export enum MessageKind {
  TEXT = 'TEXT',
  OFFER = 'OFFER',
  SYSTEM = 'SYSTEM',
}

registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'What a chat message is.',
  valuesMap: {
    TEXT: { description: 'Plain text from a participant.' },
    OFFER: { description: 'A structured offer (amount, contract type, terms) from a participant.' },
    SYSTEM: { description: 'Posted by the platform, e.g. when the deal changes stage; has no sender.' },
  },
});
