import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { EventStatus } from './event-status.enum';

@Entity('matchmaking_event')
export class MatchmakingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'field_codes', type: 'text', array: true })
  fieldCodes: string[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ name: 'slot_minutes', type: 'int' })
  slotMinutes: number;

  @Column({ type: 'int' })
  tables: number;

  /** Most organizations that may register; null: no limit. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** Last instant to register or change a registration; null: until the event starts. */
  @Column({ name: 'registration_deadline', type: 'timestamptz', nullable: true })
  registrationDeadline: Date | null;

  @Column({ type: 'text' })
  status: EventStatus;

  @Column({ name: 'scheduled_at', type: 'timestamptz', nullable: true })
  scheduledAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
