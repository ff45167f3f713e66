import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { ResultClass, ResultStatus, TransferMode, Visibility } from '../catalog.enums';

@Entity('research_result')
export class ResearchResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true })
  keywords: string[];

  @Column({ name: 'result_class', type: 'text' })
  resultClass: ResultClass;

  @Column({ name: 'field_code', type: 'text' })
  fieldCode: string;

  @Column({ type: 'smallint' })
  trl: number;

  @Column({ name: 'transfer_modes', type: 'text', array: true })
  transferModes: TransferMode[];

  /** numeric(15,2) comes back as a decimal string; it is never turned into a float. */
  @Column({ name: 'price_min', type: 'numeric', precision: 15, scale: 2, nullable: true })
  priceMin: string | null;

  @Column({ name: 'price_max', type: 'numeric', precision: 15, scale: 2, nullable: true })
  priceMax: string | null;

  @Column({ name: 'price_negotiable', type: 'boolean' })
  priceNegotiable: boolean;

  @Column({ name: 'needs_pilot', type: 'boolean' })
  needsPilot: boolean;

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ type: 'text' })
  status: ResultStatus;

  @Column({ name: 'selected_year', type: 'smallint', nullable: true })
  selectedYear: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
