export * from './search-documents';
export * from './search-engine';
export * from './synonyms';
export * from './highlight';
export * from './segmentation/segmenter.service';
export * from './postgres/postgres-search.engine';
export * from './testing/search-fixture';
