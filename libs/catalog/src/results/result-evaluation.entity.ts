import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('result_evaluation')
export class ResultEvaluationEntity {
  @PrimaryColumn({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ name: 'technical_maturity', type: 'smallint' })
  technicalMaturity: number;

  @Column({ name: 'market_potential', type: 'smallint' })
  marketPotential: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'boolean' })
  approved: boolean;

  @Column({ name: 'evaluated_by', type: 'uuid', nullable: true })
  evaluatedBy: string | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt: Date;
}
