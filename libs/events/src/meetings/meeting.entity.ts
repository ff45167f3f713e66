import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { MeetingStatus } from './meeting-status.enum';

@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @Column({ name: 'result_org_id', type: 'uuid' })
  resultOrgId: string;

  @Column({ name: 'need_org_id', type: 'uuid' })
  needOrgId: string;

  @Column({ name: 'slot_index', type: 'int' })
  slotIndex: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'table_no', type: 'int' })
  table: number;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'text' })
  status: MeetingStatus;

  /** The result side's answer; null until it answers. */
  @Column({ name: 'result_answer', type: 'boolean', nullable: true })
  resultAnswer: boolean | null;

  @Column({ name: 'need_answer', type: 'boolean', nullable: true })
  needAnswer: boolean | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @Column({ name: 'deal_id', type: 'uuid', nullable: true })
  dealId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
