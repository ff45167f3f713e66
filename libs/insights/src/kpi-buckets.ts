/** What a breakdown groups the figures by. */
export enum KpiDimension {
  MONTH = 'MONTH',
  DISTRICT = 'DISTRICT',
  CHAIN = 'CHAIN',
  FIELD = 'FIELD',
  RESULT_CLASS = 'RESULT_CLASS',
  MEASURE = 'MEASURE',
}

/** The dimensions grouped in SQL (a measure's bucket is its figures' own, no grouping). */
export type GroupedDimension = Exclude<KpiDimension, KpiDimension.MEASURE>;
export const GROUPED_DIMENSIONS: readonly GroupedDimension[] = [
  KpiDimension.MONTH,
  KpiDimension.DISTRICT,
  KpiDimension.CHAIN,
  KpiDimension.FIELD,
  KpiDimension.RESULT_CLASS,
];

/** A dimension's bucket over facts (alias `f`), with the join it needs. */
export function bucketSql(dimension: GroupedDimension): { bucket: string; join: string } {
  switch (dimension) {
    case KpiDimension.MONTH:
      return { bucket: `to_char(f.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`, join: '' };
    case KpiDimension.DISTRICT:
      return { bucket: 'o.district', join: 'LEFT JOIN identity_organization_v o ON o.id = f.org_a' };
    case KpiDimension.CHAIN:
      return { bucket: `NULLIF(split_part(f.field_code, '.', 1), '')`, join: '' };
    case KpiDimension.FIELD:
      return { bucket: 'f.field_code', join: '' };
    case KpiDimension.RESULT_CLASS:
      return { bucket: 'f.result_class', join: '' };
  }
}
