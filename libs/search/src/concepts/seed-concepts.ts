import bl from './data/bl.json';
import hc from './data/hc.json';
import jl from './data/jl.json';
import ql from './data/ql.json';
import { ConceptFile, ConceptGraph } from './concept-graph';

/**
 * The concept layer as kept in the repository: one reviewed file per chain
 * (libs/search/src/concepts/data/*.json), each with the sources its terms were checked against.
 * Administrators edit it through GraphQL; their revisions are stored in `concept_revision` and
 * the newest one takes the place of these files (ConceptStore).
 */
export const SEED_CONCEPT_FILES: readonly ConceptFile[] = [ql, jl, bl, hc] as ConceptFile[];

let seeded: ConceptGraph | null = null;

/** The graph of the data files, built once per process. */
export function seedConceptGraph(): ConceptGraph {
  return (seeded ??= ConceptGraph.fromFiles(SEED_CONCEPT_FILES));
}
