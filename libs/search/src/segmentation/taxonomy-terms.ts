import taxonomy from '../../../catalog/data/industry-fields.json';

interface TaxonomyFile {
  chains: { nameZh: string; fields: { nameZh: string; nameEn: string; keywords: string[] }[] }[];
}

/**
 * Field names and keywords of the industry taxonomy, the user dictionary of the segmenter.
 * Read from the taxonomy file directly until the catalog exposes it as a service.
 */
export function taxonomyTerms(): string[] {
  const file = taxonomy as TaxonomyFile;
  return file.chains.flatMap((chain) => chain.fields.flatMap((field) => [field.nameZh, ...field.keywords]));
}
