import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import { ContractType } from './contract-type.enum';

/** The signed technology contract of a deal; its amount is the city's contract turnover. */
@Entity('deal_contract')
export class DealContractEntity {
  @PrimaryColumn({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @Column({ type: 'text' })
  type: ContractType;

  /** numeric(15,2), read back as a decimal string. */
  @Column({ type: 'numeric', precision: 15, scale: 2 })
  amount: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'contract_no', type: 'text', nullable: true })
  contractNo: string | null;

  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
