/** What the suggestion looks at on a result. */
export interface SuggestionResult {
  fieldCode: string;
  /** Tokens of the result's keywords, title and summary (the search lib's Segmenter). */
  terms: ReadonlySet<string>;
  district: string | null;
}

/** What the suggestion looks at on a platform. */
export interface SuggestionPlatform {
  id: string;
  name: string;
  fieldCodes: readonly string[];
  /** Tokens of each capability phrase, in the platform's order. */
  capabilityTerms: readonly (readonly string[])[];
  capabilities: readonly string[];
  district: string | null;
}

export type SuggestionFactor = 'FIELD' | 'CHAIN' | 'CAPABILITY' | 'DISTRICT';

export interface SuggestionReason {
  factor: SuggestionFactor;
  points: number;
  zh: string;
  en: string;
}

export interface Suggestion {
  platformId: string;
  /** 0 to 100. */
  score: number;
  reasons: SuggestionReason[];
}

/** Points per factor; together they make 100. */
export const SUGGESTION_POINTS = { field: 50, chain: 30, capability: 35, district: 15 } as const;
/** Shared terms that earn the full capability points. */
export const FULL_CAPABILITY_OVERLAP = 3;

const chainOf = (code: string): string => code.split('.')[0];

/**
 * Scores one platform for one result, with a reason for each factor that counts: same field
 * (the platform lists the field itself or its whole chain) beats same chain (another field of
 * the chain); capability phrases sharing terms with the result's keywords, title and summary; the
 * same district. A platform matching on neither field nor capability is not suggested (null):
 * a shared district alone is no reason to scale a result up there.
 */
export function scorePlatform(result: SuggestionResult, platform: SuggestionPlatform): Suggestion | null {
  const reasons: SuggestionReason[] = [];
  const chain = chainOf(result.fieldCode);
  if (platform.fieldCodes.includes(result.fieldCode) || platform.fieldCodes.includes(chain)) {
    reasons.push({
      factor: 'FIELD',
      points: SUGGESTION_POINTS.field,
      zh: `服务领域与成果所属领域（${result.fieldCode}）一致`,
      en: `Serves the result's field (${result.fieldCode})`,
    });
  } else if (platform.fieldCodes.some((code) => chainOf(code) === chain)) {
    reasons.push({
      factor: 'CHAIN',
      points: SUGGESTION_POINTS.chain,
      zh: `服务同一产业链（${chain}）的其他领域`,
      en: `Serves another field of the same chain (${chain})`,
    });
  }
  const shared = new Set<string>();
  const phrases: string[] = [];
  platform.capabilityTerms.forEach((terms, index) => {
    const hits = terms.filter((term) => result.terms.has(term));
    if (hits.length === 0) return;
    hits.forEach((hit) => shared.add(hit));
    phrases.push(platform.capabilities[index]);
  });
  if (shared.size > 0) {
    const points = Math.round((SUGGESTION_POINTS.capability * Math.min(shared.size, FULL_CAPABILITY_OVERLAP)) / FULL_CAPABILITY_OVERLAP);
    const named = phrases.slice(0, 3);
    reasons.push({
      factor: 'CAPABILITY',
      points,
      zh: `能力「${named.join('」「')}」与成果关键词相符（${[...shared].slice(0, 5).join('、')}）`,
      en: `Capabilities "${named.join('", "')}" match the result's terms (${[...shared].slice(0, 5).join(', ')})`,
    });
  }
  if (reasons.length === 0) return null;
  if (result.district && platform.district && result.district === platform.district) {
    reasons.push({
      factor: 'DISTRICT',
      points: SUGGESTION_POINTS.district,
      zh: `与成果持有单位同在${platform.district}`,
      en: `In the same district as the result's owner (${platform.district})`,
    });
  }
  return {
    platformId: platform.id,
    score: Math.min(
      100,
      reasons.reduce((sum, reason) => sum + reason.points, 0),
    ),
    reasons,
  };
}

/** The best `limit` platforms, highest score first, then by name and id so the order is repeatable. */
export function rankPlatforms(result: SuggestionResult, platforms: readonly SuggestionPlatform[], limit: number): Suggestion[] {
  const byId = new Map(platforms.map((platform) => [platform.id, platform]));
  return platforms
    .map((platform) => scorePlatform(result, platform))
    .filter((suggestion): suggestion is Suggestion => suggestion !== null)
    .sort((a, b) => {
      if (a.score !== b.score) return b.score - a.score;
      const [pa, pb] = [byId.get(a.platformId)!, byId.get(b.platformId)!];
      if (pa.name !== pb.name) return pa.name < pb.name ? -1 : 1;
      return a.platformId < b.platformId ? -1 : 1;
    })
    .slice(0, Math.max(0, limit));
}
