import { SynonymSet, SynonymSource } from '@techbridge/search';

import { ConceptSet } from '../concept-set';
import { ConceptDictionaryService } from './concept-dictionary.service';

/** A concept set's names as search synonym groups: per concept its Chinese name, abbreviations and synonyms. */
export function synonymSetOf(set: ConceptSet): SynonymSet {
  return { version: set.version, groups: set.all().map((concept) => [concept.zh, ...concept.abbr, ...concept.syn]) };
}

/**
 * Search's SynonymSource over the published concept dictionary: the version the scorer uses
 * (`ensureCurrent`: a newer published number is looked for at most every 5 s, at once after a
 * publication in this process), its groups built once per version.
 */
export class ConceptSynonymSource implements SynonymSource {
  private cached: SynonymSet | null = null;

  constructor(private readonly dictionary: ConceptDictionaryService) {}

  async current(): Promise<SynonymSet> {
    const set = await this.dictionary.ensureCurrent();
    if (this.cached?.version !== set.version) this.cached = synonymSetOf(set);
    return this.cached;
  }
}
