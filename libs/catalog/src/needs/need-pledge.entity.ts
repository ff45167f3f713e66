import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organization's current pledge to a collective need; its changes are in need_pledge_change. */
@Entity('need_pledge')
export class NeedPledgeEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  amount: string;

  @Column({ name: 'pledged_by', type: 'uuid', nullable: true })
  pledgedBy: string | null;

  @Column({ name: 'first_pledged_at', type: 'timestamptz' })
  firstPledgedAt: Date;

  /** Time of the latest change of the amount. */
  @Column({ name: 'pledged_at', type: 'timestamptz', precision: 3 })
  pledgedAt: Date;
}
