import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('pilot_platform')
export class PilotPlatformEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'operator_id', type: 'uuid' })
  operatorId: string;

  @Column({ name: 'field_codes', type: 'text', array: true })
  fieldCodes: string[];

  /** Process steps, equipment and batch sizes, as short phrases (e.g. 「百公斤级中试线」). */
  @Column({ type: 'text', array: true })
  capabilities: string[];

  @Column({ type: 'text', nullable: true })
  district: string | null;

  @Column({ name: 'price_notes', type: 'text', nullable: true })
  priceNotes: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
