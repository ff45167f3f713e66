import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial remedies in the concept dictionary: a problem's application links split into the
 * techniques that answer it (`solved_by`) and those that address only part of it
 * (`partly_solved_by`: 低氮燃烧 for 氮氧化物超标, 液冷 for 热失控蔓延), which the matcher ranks
 * below full ones. Existing versions keep their links as full remedies.
 */
export class ConceptPartialRemedies1796600031000 implements MigrationInterface {
  name = 'ConceptPartialRemedies1796600031000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE concept_dictionary_concept ADD COLUMN partly_solved_by text[] NOT NULL DEFAULT '{}'`);
    await q.query(
      `ALTER TABLE concept_dictionary_concept ADD CONSTRAINT concept_dictionary_concept_partly_solved_by_problem CHECK (kind = 'problem' OR cardinality(partly_solved_by) = 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE concept_dictionary_concept DROP COLUMN partly_solved_by`);
  }
}
