import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { DismissReason } from '../feedback/match-feedback';
import { ScoreFactorBreakdown } from '../scoring/match-scorer';

export const MATCH_STATUSES = ['SUGGESTED', 'SHORTLISTED', 'DISMISSED', 'CONVERTED'] as const;
export type MatchStatusCode = (typeof MATCH_STATUSES)[number];

/** A scored pair of a research result and a technical need (table `match`). */
@Entity('match')
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  /** numeric(5,2): a decimal string from the driver. */
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  score: string;

  @Column({ type: 'jsonb' })
  factors: ScoreFactorBreakdown[];

  @Column({ type: 'text' })
  status: MatchStatusCode;

  @Column({ name: 'feedback_reason_code', type: 'text', nullable: true })
  feedbackReasonCode: DismissReason | null;

  @Column({ name: 'feedback_comment', type: 'text', nullable: true })
  feedbackComment: string | null;

  @Column({ name: 'feedback_by', type: 'uuid', nullable: true })
  feedbackBy: string | null;

  @Column({ name: 'feedback_at', type: 'timestamptz', nullable: true })
  feedbackAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;
}
