import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { DealStage } from './deal-stage.enum';

/** A broker-run deal between a result's owner and (usually) an enterprise with a need. */
@Entity('deal')
export class DealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId: string | null;

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ name: 'conversation_id', type: 'uuid', nullable: true })
  conversationId: string | null;

  /** The result owner's organization, kept on the deal so rights and lists need no catalog join. */
  @Column({ name: 'owner_org_id', type: 'uuid' })
  ownerOrgId: string;

  /** The need's enterprise; null for a deal without a need. */
  @Column({ name: 'enterprise_org_id', type: 'uuid', nullable: true })
  enterpriseOrgId: string | null;

  /** The result's industry field at opening, which the assignment matched brokers on. */
  @Column({ name: 'field_code', type: 'text' })
  fieldCode: string;

  @Column({ name: 'broker_id', type: 'uuid', nullable: true })
  brokerId: string | null;

  @Column({ type: 'text' })
  stage: DealStage;

  @Column({ name: 'lost_reason', type: 'text', nullable: true })
  lostReason: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt: Date;

  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
