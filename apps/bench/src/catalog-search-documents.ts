import { NeedIndexDocument, ResultIndexDocument } from '@techbridge/catalog';
import { NeedSearchDocument, ResultSearchDocument } from '@techbridge/search';

/*
 * The search lib's document shapes from the catalog's index projection, for the matching
 * benchmark and tests that fill the engine directly (the outbox indexes the catalog once the
 * catalog provides the search lib's SearchDocumentSource).
 */

const num = (value: string | null): number | null => (value === null ? null : Number(value));

/** The search lib's document shape from the catalog's projection (what the catalog document source does). */
export function resultDocument(doc: ResultIndexDocument): ResultSearchDocument {
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    keywords: doc.keywords,
    resultClass: doc.resultClass,
    fieldCode: doc.fieldCode,
    chainCode: doc.chainCode ?? doc.fieldCode.split('.')[0],
    trl: doc.trl,
    transferModes: doc.transferModes,
    priceMin: num(doc.priceMin),
    priceMax: num(doc.priceMax),
    negotiable: doc.priceNegotiable,
    needsPilot: doc.needsPilot,
    district: doc.district,
    ownerId: doc.ownerId,
    ownerName: doc.ownerName,
    visibility: doc.visibility,
    publishedAt: (doc.publishedAt ?? doc.createdAt).getTime(),
  };
}

export function needDocument(doc: NeedIndexDocument): NeedSearchDocument {
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    keywords: doc.keywords,
    fieldCode: doc.fieldCode,
    chainCode: doc.chainCode ?? doc.fieldCode.split('.')[0],
    minTrl: doc.minTrl,
    budgetMin: num(doc.budgetMin),
    budgetMax: num(doc.budgetMax),
    collective: doc.collective,
    funded: doc.funded,
    status: doc.status,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    district: doc.district,
    visibility: doc.visibility,
    publishedAt: (doc.publishedAt ?? doc.createdAt).getTime(),
  };
}
