import { eventTypesOf } from '@techbridge/platform';

import { ContractType } from './contracts/contract-type.enum';
import type { DealEventPayload } from './deals/deal.service';
import { FollowUpChannel } from './follow-ups/follow-up-channel.enum';

/** Brokerage's domain events, event type → payload. */
export interface BrokerageEvents {
  'deal.opened': DealEventPayload;
  'deal.stage_changed': DealEventPayload;
  'deal.broker_assigned': DealEventPayload & { previousBrokerId: string | null };
  'contract.signed': { type: ContractType; amount: string; signedAt: string; needId: string | null; resultId: string; brokerId: string | null };
  'followup.recorded': { enterpriseId: string; channel: FollowUpChannel; discoveredNeeds: number; draftNeedIds: string[] };
  'notification.created': { notificationIds: string[] };
}

export const BROKERAGE_EVENT_TYPES = eventTypesOf<BrokerageEvents>({
  'deal.opened': true,
  'deal.stage_changed': true,
  'deal.broker_assigned': true,
  'contract.signed': true,
  'followup.recorded': true,
  'notification.created': true,
});

declare module '@techbridge/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this lib's map into the union
  interface DomainEventMap extends BrokerageEvents {}
}
