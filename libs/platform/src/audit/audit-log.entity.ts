import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record; written by outbox consumers, read by administrators. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** The outbox event this row came from; unique, so a retried job writes it once. */
  @Column({ name: 'event_id', type: 'bigint', unique: true, nullable: true })
  eventId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details: Record<string, any>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
