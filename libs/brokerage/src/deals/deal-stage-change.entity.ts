import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { DealStage } from './deal-stage.enum';

/** One move of a deal, written in the same transaction as the stage itself. */
@Entity('deal_stage_change')
export class DealStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  /** Null for the opening row. */
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  from: DealStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  to: DealStage;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at: Date;
}
