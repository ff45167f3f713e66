/** The two kinds of catalog items that confidentiality, NDAs and access grants apply to. */
export type CatalogItemType = 'RESULT' | 'NEED';
