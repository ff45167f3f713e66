import type { NeedSearchInput, ResultClass, ResultSearchInput, SearchSort, TransferMode } from '../../gql/graphql';

export type SearchKind = 'results' | 'needs';

/** Everything the search page shows, as it stands in the URL (shareable, back/forward work). */
export interface SearchState {
  kind: SearchKind;
  q: string;
  page: number;
  sort: SearchSort;
  fields: string[];
  trlMin?: number;
  trlMax?: number;
  modes: TransferMode[];
  classes: ResultClass[];
  /** 万元 (×10,000 yuan), as people type prices. */
  maxPrice?: number;
  minBudget?: number;
  district?: string;
  needsPilot: boolean;
  collective: boolean;
}

const SORTS: SearchSort[] = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'];
const MODES: TransferMode[] = ['EQUITY', 'JOINT_DEVELOPMENT', 'LICENSE', 'TECHNICAL_SERVICE', 'TRANSFER'];
const CLASSES: ResultClass[] = ['MAJOR_INNOVATION', 'INDUSTRIAL_INNOVATION', 'ENTERPRISE_DEMAND'];
export const PAGE_SIZE = 10;
/** The server counts hits exactly up to this many; a broader query reports this figure, meaning "at least". */
export const TOTAL_HITS_CAP = 10_000;

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function int(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

function amount(value: string | null): number | undefined {
  if (value === null || !/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  return Number(value);
}

export function parseSearch(params: URLSearchParams): SearchState {
  const sort = params.get('sort') as SearchSort | null;
  return {
    kind: params.get('kind') === 'needs' ? 'needs' : 'results',
    q: (params.get('q') ?? '').slice(0, 200),
    page: int(params.get('page'), 1, 1000) ?? 1,
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    fields: list(params, 'field').filter((code) => /^[A-Z0-9.]{1,32}$/.test(code)),
    trlMin: int(params.get('trlMin'), 1, 9),
    trlMax: int(params.get('trlMax'), 1, 9),
    modes: list(params, 'mode').filter((mode): mode is TransferMode => MODES.includes(mode as TransferMode)),
    classes: list(params, 'class').filter((value): value is ResultClass => CLASSES.includes(value as ResultClass)),
    maxPrice: amount(params.get('maxPrice')),
    minBudget: amount(params.get('minBudget')),
    district: params.get('district')?.slice(0, 50) || undefined,
    needsPilot: params.get('pilot') === '1',
    collective: params.get('collective') === '1',
  };
}

/** The URL form of a state: defaults are left out so links stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind === 'needs') params.set('kind', 'needs');
  if (state.page > 1) params.set('page', String(state.page));
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.fields.length) params.set('field', state.fields.join(','));
  if (state.trlMin !== undefined) params.set('trlMin', String(state.trlMin));
  if (state.trlMax !== undefined) params.set('trlMax', String(state.trlMax));
  if (state.modes.length) params.set('mode', state.modes.join(','));
  if (state.classes.length) params.set('class', state.classes.join(','));
  if (state.maxPrice !== undefined) params.set('maxPrice', String(state.maxPrice));
  if (state.minBudget !== undefined) params.set('minBudget', String(state.minBudget));
  if (state.district) params.set('district', state.district);
  if (state.needsPilot) params.set('pilot', '1');
  if (state.collective) params.set('collective', '1');
  return params;
}

/** 万元 → the API's Money (yuan, a decimal string). */
export function wanToMoney(wan: number): string {
  return (Math.round(wan * 10_000 * 100) / 100).toFixed(2);
}

export function resultSearchInput(state: SearchState): ResultSearchInput {
  return {
    query: state.q.trim(),
    page: state.page,
    pageSize: PAGE_SIZE,
    sort: state.sort,
    filter: {
      ...(state.fields.length ? { fieldCodes: state.fields } : {}),
      ...(state.trlMin !== undefined ? { minTrl: state.trlMin } : {}),
      ...(state.trlMax !== undefined ? { maxTrl: state.trlMax } : {}),
      ...(state.modes.length ? { transferModes: state.modes } : {}),
      ...(state.classes.length ? { resultClass: state.classes } : {}),
      ...(state.maxPrice !== undefined ? { maxPrice: wanToMoney(state.maxPrice) } : {}),
      ...(state.district ? { district: state.district } : {}),
      ...(state.needsPilot ? { needsPilot: true } : {}),
    },
  };
}

export function needSearchInput(state: SearchState): NeedSearchInput {
  return {
    query: state.q.trim(),
    page: state.page,
    pageSize: PAGE_SIZE,
    sort: state.sort,
    filter: {
      ...(state.fields.length ? { fieldCodes: state.fields } : {}),
      ...(state.minBudget !== undefined ? { minBudget: wanToMoney(state.minBudget) } : {}),
      ...(state.collective ? { collective: true } : {}),
    },
  };
}

/** A changed filter starts again at page 1. */
export function withFilter(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, ...change, page: change.page ?? 1 };
}

/** Whether two states filter alike (the words and the page aside): what the facet panel shows of a state. */
export function sameFilters(a: SearchState, b: SearchState): boolean {
  return toSearchParams({ ...a, q: '', page: 1 }).toString() === toSearchParams({ ...b, q: '', page: 1 }).toString();
}

/** Whether two answers carry the same facet counts, value for value in the same order. */
export function sameFacets(a: readonly FacetCounts[], b: readonly FacetCounts[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (facet, i) =>
        facet.attribute === b[i].attribute &&
        facet.values.length === b[i].values.length &&
        facet.values.every((value, k) => value.value === b[i].values[k].value && value.count === b[i].values[k].count),
    )
  );
}

interface FacetCounts {
  attribute: string;
  values: readonly { value: string; count: number }[];
}
