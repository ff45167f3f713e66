/** Fixtures for specs and benchmarks (`@techbridge/search/testing`); the production door does not carry them. */
export * from './search-fixture';
