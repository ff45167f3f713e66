import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { NeedStatus, TransferMode, Visibility } from '../catalog.enums';

@Entity('tech_need')
export class TechNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

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

  @Column({ name: 'field_code', type: 'text' })
  fieldCode: string;

  @Column({ name: 'min_trl', type: 'smallint', nullable: true })
  minTrl: number | null;

  @Column({ name: 'budget_min', type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetMin: string | null;

  @Column({ name: 'budget_max', type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetMax: string | null;

  @Column({ name: 'budget_negotiable', type: 'boolean' })
  budgetNegotiable: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ name: 'preferred_modes', type: 'text', array: true })
  preferredModes: TransferMode[];

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ type: 'text' })
  status: NeedStatus;

  /** Collective R&D (集采研发): the amount the pledges must reach; null for an ordinary need. */
  @Column({ name: 'collective_target', type: 'numeric', precision: 15, scale: 2, nullable: true })
  collectiveTarget: string | null;

  /** Sum of the current pledges, kept under the need's row lock. */
  @Column({ name: 'pledged_amount', type: 'numeric', precision: 15, scale: 2, default: 0 })
  pledgedAmount: string;

  @Column({ name: 'funded_at', type: 'timestamptz', nullable: true })
  fundedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'negotiation_at', type: 'timestamptz', nullable: true })
  negotiationAt: Date | null;

  @Column({ name: 'solved_at', type: 'timestamptz', nullable: true })
  solvedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
