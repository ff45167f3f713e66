import { EntityManager } from 'typeorm';

import { FollowUpEntity } from './follow-up.entity';

/**
 * Turns the needs a broker discovered during a follow-up into DRAFT technical needs of the
 * enterprise. The catalog implements it; until it is bound (provider `DRAFT_NEED_PORT`),
 * follow-ups keep the discovered needs as text only. Runs inside the follow-up's transaction.
 */
export interface DraftNeedPort {
  createDraftNeeds(manager: EntityManager, followUp: FollowUpEntity, fieldCode: string, actorId: string): Promise<string[]>;
}

export const DRAFT_NEED_PORT = Symbol('DRAFT_NEED_PORT');
