import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { OrganizationKind } from './organization-kind.enum';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text', nullable: true })
  district: string | null;

  @Column({ name: 'credit_code', type: 'text', nullable: true, unique: true })
  creditCode: string | null;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** One of the city's key innovation platforms / key chain enterprises. */
  @Column({ name: 'key_platform', type: 'boolean', default: false })
  keyPlatform: boolean;

  /** Set by an administrator; verifying the organization again clears it. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
