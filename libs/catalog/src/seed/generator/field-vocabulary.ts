/**
 * Per-field vocabularies the demo texts are composed from. Every slot is written so that any
 * qualifier reads naturally before any subject of the same field, and a process noun after it
 * ("高离子电导率" + "硫化物固态电解质" + "制备" + "技术").
 */
export interface FieldMetric {
  /** Indicator name, e.g. 室温离子电导率. */
  name: string;
  unit: string;
  min: number;
  max: number;
  /** Decimal places shown. */
  digits: number;
  /** True when a larger value is better (drives 达到/不低于 vs 降至/不高于). */
  higherIsBetter: boolean;
}

export interface FieldVocabulary {
  /** Words an enterprise of this field puts in its name, e.g. 新能源科技. */
  firmWords: string[];
  /** What a result is about: materials, devices, systems, models. */
  subjects: string[];
  /** Adjectival qualities placed before a subject. */
  qualifiers: string[];
  /** Action nouns that fit "<subject><process>技术". */
  processes: string[];
  /** Named methods and techniques. */
  methods: string[];
  /** Where it is used. */
  applications: string[];
  metrics: FieldMetric[];
  /** Industry pain points, phrased to fit "针对…的问题". */
  problems: string[];
  /** Chinese/English term pairs for keywords. */
  terms: [string, string][];
}

export function higher(name: string, unit: string, min: number, max: number, digits = 0): FieldMetric {
  return { name, unit, min, max, digits, higherIsBetter: true };
}

export function lower(name: string, unit: string, min: number, max: number, digits = 0): FieldMetric {
  return { name, unit, min, max, digits, higherIsBetter: false };
}
