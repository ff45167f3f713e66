import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { FollowUpChannel } from './follow-up-channel.enum';

/** One contact of a broker with an enterprise (one-on-one tracking, 一对一跟踪服务). */
@Entity('broker_follow_up')
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'broker_id', type: 'uuid' })
  brokerId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  /** Local date `YYYY-MM-DD`. */
  @Column({ name: 'happened_on', type: 'date' })
  happenedOn: string;

  @Column({ type: 'text' })
  channel: FollowUpChannel;

  @Column({ type: 'text' })
  notes: string;

  @Column({ name: 'next_action_on', type: 'date', nullable: true })
  nextActionOn: string | null;

  @Column({ name: 'next_action', type: 'text', nullable: true })
  nextAction: string | null;

  @Column({ name: 'discovered_needs', type: 'text', array: true })
  discoveredNeeds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
