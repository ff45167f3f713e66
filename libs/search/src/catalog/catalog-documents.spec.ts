import { ResultClass, ResultIndexDocument, ResultStatus, TransferMode, Visibility } from '@techbridge/catalog';

import { INDEX_SCHEMAS } from '../index-schema';
import { resultSearchDocument } from './catalog-documents';

const row: ResultIndexDocument = {
  id: '00000000-0000-4000-8000-000000000001',
  indexable: true,
  title: '钙钛矿电池',
  summary: '摘要',
  description: 'PUBLIC DESCRIPTION',
  keywords: ['钙钛矿'],
  resultClass: ResultClass.MAJOR_INNOVATION,
  fieldCode: 'JL.SSB',
  chainCode: null,
  fieldNameZh: null,
  trl: 6,
  transferModes: [TransferMode.LICENSE],
  priceMin: '500000.00',
  priceMax: null,
  priceNegotiable: true,
  needsPilot: false,
  visibility: Visibility.PUBLIC,
  status: ResultStatus.PUBLISHED,
  ownerId: '00000000-0000-4000-8000-000000000002',
  ownerName: '大学',
  district: '崂山区',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  publishedAt: new Date('2025-02-01T00:00:00Z'),
};

describe('catalog → search documents', () => {
  it('copies exactly the document attributes: never a description, even of a PUBLIC item', () => {
    const doc = resultSearchDocument(row);
    expect(Object.keys(doc).sort()).toEqual(INDEX_SCHEMAS.results.columns.map((column) => column.attribute).sort());
    expect(JSON.stringify(doc)).not.toContain('DESCRIPTION');
  });

  it('converts money to numbers, derives the chain and stamps the publication time', () => {
    expect(resultSearchDocument(row)).toMatchObject({ priceMin: 500000, priceMax: null, chainCode: 'JL', negotiable: true, publishedAt: Date.UTC(2025, 1, 1) });
    expect(resultSearchDocument({ ...row, publishedAt: null }).publishedAt).toBe(Date.UTC(2025, 0, 1));
  });
});
