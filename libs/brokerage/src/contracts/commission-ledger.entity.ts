import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { ContractType } from './contract-type.enum';

/** The commission a broker earned on a signed contract, at the rate in force when it was signed. */
@Entity('commission_ledger')
export class CommissionLedgerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @Column({ name: 'broker_id', type: 'uuid' })
  brokerId: string;

  @Column({ name: 'contract_type', type: 'text' })
  contractType: ContractType;

  @Column({ name: 'base_amount', type: 'numeric', precision: 15, scale: 2 })
  baseAmount: string;

  @Column({ name: 'rate_percent', type: 'numeric', precision: 5, scale: 2 })
  ratePercent: string;

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  amount: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
