import { NeedIndexDocument, ResultIndexDocument } from '@techbridge/catalog';

import { chainOf, NeedSearchDocument, ResultSearchDocument } from '../search-documents';

const amount = (value: string | null): number | null => (value === null || value === undefined ? null : Number(value));
const epoch = (published: Date | null, created: Date): number => new Date(published ?? created).getTime();

/**
 * The index document of a catalog result, built field by field: the projection's
 * `description` (present for PUBLIC items) is never copied, so no engine ever holds a
 * description, whatever the item's visibility.
 */
export function resultSearchDocument(row: ResultIndexDocument): ResultSearchDocument {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    keywords: row.keywords ?? [],
    resultClass: row.resultClass,
    fieldCode: row.fieldCode,
    chainCode: row.chainCode ?? chainOf(row.fieldCode),
    trl: row.trl,
    transferModes: row.transferModes ?? [],
    priceMin: amount(row.priceMin),
    priceMax: amount(row.priceMax),
    negotiable: row.priceNegotiable,
    needsPilot: row.needsPilot,
    district: row.district,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    visibility: row.visibility,
    publishedAt: epoch(row.publishedAt, row.createdAt),
  };
}

export function needSearchDocument(row: NeedIndexDocument): NeedSearchDocument {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    keywords: row.keywords ?? [],
    fieldCode: row.fieldCode,
    chainCode: row.chainCode ?? chainOf(row.fieldCode),
    minTrl: row.minTrl,
    budgetMin: amount(row.budgetMin),
    budgetMax: amount(row.budgetMax),
    collective: row.collective,
    funded: row.funded,
    status: row.status,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    district: row.district,
    visibility: row.visibility,
    publishedAt: epoch(row.publishedAt, row.createdAt),
  };
}
