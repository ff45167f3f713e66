import type { DealStage } from '../gql/graphql';
import { dateFormat } from '../components/intl';

export const BOARD_STAGES: DealStage[] = ['INTRODUCED', 'NEGOTIATING', 'TERMS_AGREED', 'CONTRACT_SIGNED', 'LOST'];

export interface BoardFilters {
  field: string | null;
  stages: DealStage[];
  overdue: boolean;
}

/** The board's filters as kept in the URL: `?field=JL.SSB&stage=NEGOTIATING,LOST&overdue=1`. */
export function readFilters(params: URLSearchParams): BoardFilters {
  const stages = (params.get('stage') ?? '').split(',').filter((stage): stage is DealStage => (BOARD_STAGES as string[]).includes(stage));
  return { field: params.get('field') || null, stages, overdue: params.get('overdue') === '1' };
}

export function writeFilters(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.field) params.set('field', filters.field);
  if (filters.stages.length) params.set('stage', filters.stages.join(','));
  if (filters.overdue) params.set('overdue', '1');
  return params;
}

/** The server-side filter of the board's query: every filter is applied by the API. */
export function dealFilter(filters: BoardFilters): { fieldCode?: string; stage?: DealStage[]; overdue?: boolean } {
  return {
    ...(filters.field ? { fieldCode: filters.field } : {}),
    ...(filters.stages.length ? { stage: filters.stages } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
  };
}

/** Deals per column, in board order, each column keeping the query's order. */
export function groupByStage<T extends { stage: DealStage }>(deals: readonly T[]): Record<DealStage, T[]> {
  const columns = Object.fromEntries(BOARD_STAGES.map((stage) => [stage, [] as T[]])) as Record<DealStage, T[]>;
  for (const deal of deals) columns[deal.stage]?.push(deal);
  return columns;
}

/** The cards' due-date format (as research/format's formatDate). */
export function boardDateFormat(language: string): Intl.DateTimeFormat {
  return dateFormat(language.startsWith('zh') ? 'zh-CN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' });
}
