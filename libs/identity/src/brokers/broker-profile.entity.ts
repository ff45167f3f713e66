import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { BrokerLevel } from './broker-level.enum';

/** A certified broker's standing; one row per broker user. */
@Entity('broker_profile')
export class BrokerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  level: BrokerLevel;

  @Column({ name: 'certificate_no', type: 'text', nullable: true })
  certificateNo: string | null;

  @Column({ name: 'field_codes', type: 'text', array: true, default: () => "'{}'" })
  fieldCodes: string[];

  @Column({ name: 'training_hours', type: 'int', default: 0 })
  trainingHours: number;

  @Column({ type: 'int' })
  capacity: number;

  /** Open deals this broker runs; kept by the deal pipeline. */
  @Column({ name: 'active_deals', type: 'int', default: 0 })
  activeDeals: number;

  @Column({ name: 'certified_at', type: 'timestamptz' })
  certifiedAt: Date;

  /** When the broker last received a deal; the assignment's tie-breaker prefers the longest idle. */
  @Column({ name: 'last_assigned_at', type: 'timestamptz', nullable: true })
  lastAssignedAt: Date | null;

  /** Set when an administrator withdrew the BROKER role; certifying again clears it. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
