import taxonomy from '../../../data/industry-fields.json';
import { FieldVocabulary } from './field-vocabulary';
import { BUILD_VOCABULARY } from './vocabulary-build';
import { FUTURE_VOCABULARY } from './vocabulary-future';
import { MARINE_VOCABULARY } from './vocabulary-marine';
import { STRENGTHEN_VOCABULARY } from './vocabulary-strengthen';

export interface TaxonomyField {
  code: string;
  nameZh: string;
  nameEn: string;
  keywords: string[];
  chainCode: string;
  chainPlan: string;
  vocabulary: FieldVocabulary;
}

export const FIELD_VOCABULARIES: Readonly<Record<string, FieldVocabulary>> = {
  ...STRENGTHEN_VOCABULARY,
  ...BUILD_VOCABULARY,
  ...FUTURE_VOCABULARY,
  ...MARINE_VOCABULARY,
};

/** The taxonomy's leaf fields with their vocabularies; fails fast if the two ever drift apart. */
export const TAXONOMY_FIELDS: readonly TaxonomyField[] = taxonomy.chains.flatMap((chain) =>
  chain.fields.map((field) => {
    const vocabulary = FIELD_VOCABULARIES[field.code];
    if (!vocabulary) throw new Error(`No demo vocabulary for industry field ${field.code}`);
    return {
      code: field.code,
      nameZh: field.nameZh,
      nameEn: field.nameEn,
      keywords: field.keywords,
      chainCode: chain.code,
      chainPlan: chain.chainPlan,
      vocabulary,
    };
  }),
);

export const FIELDS_BY_CODE: ReadonlyMap<string, TaxonomyField> = new Map(TAXONOMY_FIELDS.map((field) => [field.code, field]));
