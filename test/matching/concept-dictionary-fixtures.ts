/** The concept dictionary's mutations and the sodium-ion case the matching and search specs both exercise. */
export const SAVE_CONCEPT = `mutation($input: ConceptInput!) { saveConcept(input: $input) { id synonyms broader } }`;
export const PUBLISH = `mutation($note: String) { publishConceptDictionary(note: $note) { id number published publishedBy } }`;
export const ROLLBACK = `mutation($number: Int!) { rollbackConceptDictionary(number: $number) { id number rolledBackTo } }`;

/** How the two-wheeler battery trade writes 钠离子电池: in neither the repository's dictionary nor the result. */
export const NEW_SYNONYM = '钠基电芯';

export const SODIUM_RESULT = {
  title: '钠离子电池正极公斤级制备',
  summary: '铜铁锰基层状氧化物的共沉淀合成与烧结工艺，已完成中试。',
  keywords: ['钠离子电池', '正极'],
  fieldCode: 'JL.SSB',
  trl: 6,
};
