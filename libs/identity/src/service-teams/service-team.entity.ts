import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A key innovation platform's "1+1+1+N" service team; the brokers are rows of `service_team_broker`. */
@Entity('service_team')
export class ServiceTeamEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'bureau_officer_id', type: 'uuid' })
  bureauOfficerId: string;

  @Column({ name: 'district_liaison_id', type: 'uuid' })
  districtLiaisonId: string;

  @Column({ name: 'conversion_lead_id', type: 'uuid' })
  conversionLeadId: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
