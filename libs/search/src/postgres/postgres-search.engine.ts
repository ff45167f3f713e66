import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { FilterCondition, filterConditions } from '../filter-conditions';
import { highlight, HighlightTerm } from '../highlight';
import { columnOf, ColumnSpec, INDEX_SCHEMAS } from '../index-schema';
import { SEARCH_INDEXES, SearchDocuments, SearchIndexName } from '../search-documents';
import {
  FACET_ATTRIBUTES,
  FacetResult,
  normalizePaging,
  orderFacetValues,
  SearchEngine,
  SearchEngineHealth,
  SearchRequest,
  SearchResponse,
  SearchSortKey,
} from '../search-engine';
import { QueryTerm, Segmenter } from '../segmentation/segmenter.service';
import { SearchSynonyms } from '../synonyms';
import { AnswerCache } from './answer-cache';
import { tsqueryTerm, tsvectorLiteral } from './text-search';

/** English words this long or longer also match a near spelling (Meilisearch: one typo from 5). */
export const FUZZY_MIN_LENGTH = 5;
/** pg_trgm's default word_similarity_threshold, which the `<%` operator applies. */
export const FUZZY_THRESHOLD = 0.6;
const MAX_FACET_VALUES = 100;
/**
 * Counts (totalHits and facets) are exact up to this many matches; a broader query reports
 * this figure, meaning "at least", as Meilisearch's estimated totals do.
 */
export const TOTAL_HITS_CAP = 10_000;
const UPSERT_BATCH = 500;
/** Answers remembered per process (a page of hits and its facet counts is a few kilobytes). */
const ANSWER_CACHE_SIZE = 500;
/** Stored documents cut again per statement when the segmentation changed. */
const RESEGMENT_BATCH = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CompiledSearch {
  sql: string;
  params: unknown[];
  terms: HighlightTerm[];
  page: number;
  pageSize: number;
  lean: boolean;
  /** The statement filters on the tsvector (a text query): it is run with the sequential scan off. */
  textMatch: boolean;
}

export interface SearchRow {
  total: number;
  hits: { id: string; title: string; summary: string; score: number; owner?: string }[];
  facets: { a: string; v: string; c: number }[];
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The embedded engine: documents in their own tables, a tsvector over jieba tokens (weights
 * title A, keywords B, summary C) with a GIN index, and pg_trgm for typos.
 *
 * Matching: every query term must match (AND), the last one also as a prefix; with
 * `matchingStrategy: 'any'` one matching term is enough and the count of matched terms ranks first. An English term
 * of FUZZY_MIN_LENGTH letters or more is matched either in the tsvector or, OR-ed in, by
 * `term <% fuzzy` (trigram word similarity ≥ 0.6 against the Latin words of title and
 * keywords, GIN-indexed), so `perovskit` or `perovskte` find perovskite documents in the same
 * query, without a second round trip. Relevance is ts_rank_cd plus a tenth of the trigram
 * similarity, then newest first, then id.
 */
@Injectable()
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres' as const;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segmenter: Segmenter,
    private readonly synonyms: SearchSynonyms = new SearchSynonyms(),
  ) {
    super();
  }

  private readonly answers = new AnswerCache<SearchRow>(ANSWER_CACHE_SIZE);
  /** Off in the benchmarks that price the statements themselves against raw SQL. */
  rememberAnswers = true;

  /** Query-side cut of the synonym words of the set in use, rebuilt when its version changes. */
  private expansion: SynonymExpansion | null = null;

  private expansionNow(): SynonymExpansion {
    if (this.expansion?.version === this.synonyms.version) return this.expansion;
    const pieces = new Map<string, string[]>();
    const forms = new Map<string, string[][]>();
    for (const word of this.synonyms.allWords()) {
      const cut = this.segmenter.queryTerms(word).map((term) => term.text);
      if (cut.length < 2) continue;
      pieces.set(word, cut);
      const list = forms.get(cut[0]) ?? [];
      list.push([...cut, word]);
      forms.set(cut[0], list);
    }
    // Longest form first: 钠基 储能 芯 wins over 钠基 储能.
    for (const list of forms.values()) list.sort((a, b) => b.length - a.length);
    this.expansion = { version: this.synonyms.version, pieces, forms };
    return this.expansion;
  }

  /**
   * Query terms with the synonym words the index's dictionary cuts into several tokens (a form an
   * administrator added, say 钠基储能芯 → 钠基, 储能, 芯) joined back into one term, so that term
   * expands to its concept's other names instead of needing each piece alone.
   */
  private queryTerms(query: string, expansion: SynonymExpansion): TypedTerm[] {
    const terms = this.segmenter.queryTerms(query);
    const out: QueryTerm[] = [];
    for (let i = 0; i < terms.length;) {
      const form = expansion.forms.get(terms[i].text)?.find((candidate) => candidate.slice(0, -1).every((piece, k) => terms[i + k]?.text === piece));
      if (!form) {
        out.push(terms[i++]);
        continue;
      }
      const word = form[form.length - 1];
      if (!out.some((term) => term.text === word)) out.push({ text: word, latin: /^[a-z0-9]/.test(word) });
      i += form.length - 1;
    }
    return joinTrailingCharacters(out);
  }

  async ensureIndexes(): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT to_regclass('search_result_doc') IS NOT NULL AND to_regclass('search_need_doc') IS NOT NULL AND to_regclass('search_index_state') IS NOT NULL AND to_regclass('search_index_write') IS NOT NULL AS tables,
              EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS trgm`,
    );
    if (!row.tables || !row.trgm) throw new Error('Search tables or pg_trgm are missing: run the migrations');
  }

  async upsert<I extends SearchIndexName>(index: I, docs: SearchDocuments[I][]): Promise<void> {
    const schema = INDEX_SCHEMAS[index];
    const columns = schema.columns;
    const names = [...columns.map((column) => column.column), 'tsv', 'fuzzy'];
    const recordType = [...columns.map((column) => `${column.column} ${recordTypeOf(column)}`), 'tsv text', 'fuzzy text'].join(', ');
    const select = [...columns.map((column) => selectOf(column)), 'x.tsv::tsvector', 'x.fuzzy'].join(', ');
    const updates = [...names.filter((name) => name !== 'id'), 'indexed_at'].map((name) =>
      name === 'indexed_at' ? 'indexed_at = now()' : `${name} = EXCLUDED.${name}`,
    );
    const sql = countedWrite(`INSERT INTO ${schema.table} (${names.join(', ')})
      SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})
      ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
    for (let start = 0; start < docs.length; start += UPSERT_BATCH) {
      // Last write wins within a batch, as in Meilisearch.
      const batch = [...new Map(docs.slice(start, start + UPSERT_BATCH).map((doc) => [doc.id, doc])).values()];
      const rows = batch.map((doc) => this.toRow(index, doc));
      await this.dataSource.query(sql, [JSON.stringify(rows), index]);
    }
  }

  /** The row stored for a document: its columns plus the segmented text. */
  toRow<I extends SearchIndexName>(index: I, doc: SearchDocuments[I]): Record<string, unknown> {
    const record = doc as unknown as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    for (const column of INDEX_SCHEMAS[index].columns) row[column.column] = record[column.attribute] ?? null;
    return Object.assign(row, this.segmented(doc));
  }

  /** The segmented text of a document: the weighted tsvector and the Latin words for typos. */
  private segmented(doc: { title: string; summary: string; keywords: string[] }): { tsv: string; fuzzy: string } {
    const title = this.segmenter.indexTokens(doc.title);
    const keywords = this.segmenter.indexTokens(doc.keywords.join(' \n '));
    const summary = this.segmenter.indexTokens(doc.summary);
    return {
      tsv: tsvectorLiteral([
        { tokens: title, weight: 'A' },
        { tokens: keywords, weight: 'B' },
        { tokens: summary, weight: 'C' },
      ]),
      fuzzy: [...new Set([...title, ...keywords].filter((token) => /^[a-z0-9]/.test(token)))].join(' '),
    };
  }

  /**
   * The indexes whose stored documents were cut by another segmenter (another dictionary, such
   * as an edited taxonomy, or other token rules): their queries would miss words. An index
   * with no record is recorded as current when it is empty (a new database) and stale otherwise.
   */
  async staleSegmentation(): Promise<SearchIndexName[]> {
    const rows: { index_name: SearchIndexName; segmentation: string }[] = await this.dataSource.query(
      `SELECT index_name, segmentation FROM search_index_state`,
    );
    const recorded = new Map(rows.map((row) => [row.index_name, row.segmentation]));
    const stale: SearchIndexName[] = [];
    for (const index of SEARCH_INDEXES) {
      const fingerprint = recorded.get(index);
      if (fingerprint === this.segmenter.fingerprint) continue;
      if (fingerprint === undefined) {
        const [{ empty }] = await this.dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM ${INDEX_SCHEMAS[index].table}) AS empty`);
        if (empty) {
          await this.recordSegmentation(this.dataSource.manager, index);
          continue;
        }
      }
      stale.push(index);
    }
    return stale;
  }

  /**
   * Cuts every stored document of an index again with this segmenter, from the stored title,
   * summary and keywords (no catalog read), batch by batch, then records the fingerprint. A row
   * written since its batch was read was cut by an upsert already and is left alone. One process
   * at a time: returns null when another holds the index's lock, and the number of rows rewritten
   * otherwise. `shouldStop`, checked between batches, leaves the rest (and the record) for later.
   */
  async resegment(index: SearchIndexName, options: { shouldStop?: () => boolean } = {}): Promise<number | null> {
    const table = INDEX_SCHEMAS[index].table;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const lock = `search.resegment:${index}`;
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [lock]);
      if (!locked) return null;
      try {
        let after: string | null = null;
        let rewritten = 0;
        for (;;) {
          if (options.shouldStop?.()) return rewritten;
          const rows: { id: string; title: string; summary: string; keywords: string[]; stamp: string }[] = await runner.query(
            `SELECT id, title, summary, keywords, indexed_at::text AS stamp FROM ${table} WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
            [after, RESEGMENT_BATCH],
          );
          if (rows.length === 0) break;
          after = rows[rows.length - 1].id;
          const cut = rows.map((row) => ({ id: row.id, stamp: row.stamp, ...this.segmented(row) }));
          const [{ updated }]: { updated: number }[] = await runner.query(
            `WITH cut AS (
               UPDATE ${table} d SET tsv = x.tsv::tsvector, fuzzy = x.fuzzy
                 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, stamp text, tsv text, fuzzy text)
                WHERE d.id = x.id AND d.indexed_at::text = x.stamp
                RETURNING 1
             ), counted AS (UPDATE search_index_write SET version = version + 1 WHERE index_name = $2)
             SELECT count(*)::int AS updated FROM cut`,
            [JSON.stringify(cut), index],
          );
          rewritten += updated;
        }
        await this.recordSegmentation(runner.manager, index);
        if (rewritten > 0) await this.afterBulkWrite(index);
        return rewritten;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [lock]);
      }
    } finally {
      await runner.release();
    }
  }

  private async recordSegmentation(manager: EntityManager, index: SearchIndexName): Promise<void> {
    await manager.query(
      `INSERT INTO search_index_state (index_name, segmentation) VALUES ($1, $2)
       ON CONFLICT (index_name) DO UPDATE SET segmentation = EXCLUDED.segmentation, updated_at = now()`,
      [index, this.segmenter.fingerprint],
    );
  }

  async delete(index: SearchIndexName, ids: string[]): Promise<void> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return;
    await this.dataSource.query(countedWrite(`DELETE FROM ${INDEX_SCHEMAS[index].table} WHERE id = ANY($1::uuid[])`), [valid, index]);
  }

  async clear(index: SearchIndexName): Promise<void> {
    await this.dataSource.query(countedWrite(`DELETE FROM ${INDEX_SCHEMAS[index].table}`, '$1'), [index]);
  }

  async *ids(index: SearchIndexName, batchSize: number): AsyncIterable<string[]> {
    let after: string | null = null;
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM ${INDEX_SCHEMAS[index].table} WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      yield rows.map((row) => row.id);
      if (rows.length < batchSize) return;
    }
  }

  /**
   * Planner statistics for the rewritten table: until autovacuum analyses it (up to a minute
   * later, or never if the table barely changed in size), PostgreSQL plans the text searches
   * from the old ones and may scan the whole table instead of the GIN index.
   */
  override async afterBulkWrite(index: SearchIndexName): Promise<void> {
    await this.dataSource.query(`ANALYZE ${INDEX_SCHEMAS[index].table}`);
  }

  async health(): Promise<SearchEngineHealth> {
    try {
      await this.dataSource.query('SELECT 1 FROM search_result_doc LIMIT 1');
      return { engine: this.name, ok: true };
    } catch (error) {
      return { engine: this.name, ok: false, detail: (error as Error).message };
    }
  }

  async search<I extends SearchIndexName>(index: I, request: SearchRequest<I>): Promise<SearchResponse> {
    const started = performance.now();
    // A newer published concept dictionary brings its synonyms before the query is compiled.
    await this.synonyms.refresh();
    const compiled = this.compile(index, request);
    // The count is read before the statement runs: a write committed in between makes the answer
    // newer than its count, never older, so a remembered answer is never stale.
    // Lean requests (matching's candidates: ids and scores, one need's words) seldom come twice and
    // would push out the pages people type; they always run.
    const remember = this.rememberAnswers && !compiled.lean;
    const [{ version }]: { version: string }[] = remember
      ? await this.dataSource.query(`SELECT version::text FROM search_index_write WHERE index_name = $1`, [index])
      : [{ version: '' }];
    const key = `${compiled.sql}\n${JSON.stringify(compiled.params)}`;
    let row = remember ? this.answers.get(key, version) : undefined;
    if (!row) {
      row = await this.execute(compiled);
      if (remember) this.answers.set(key, version, row);
    }
    return this.toResponse(row, compiled, started);
  }

  /** Runs a compiled statement as a search does (public for the benchmark's raw baseline). */
  async execute(compiled: CompiledSearch): Promise<SearchRow> {
    if (!compiled.textMatch) {
      const [row]: SearchRow[] = await this.dataSource.query(compiled.sql, compiled.params);
      return row;
    }
    // The planner prices a sequential scan's tsvector test like any operator, not what it costs:
    // every row's tsvector is read back from TOAST and decompressed (250 ms over 40k documents for
    // a one-character prefix, beside 20 ms through the GIN index). A text condition always has the
    // GIN index to go through, so within this statement's transaction the sequential scan is off.
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const [row]: SearchRow[] = await manager.query(compiled.sql, compiled.params);
      return row;
    });
  }

  toResponse(row: SearchRow, compiled: CompiledSearch, started: number): SearchResponse {
    const facets = new Map<string, FacetResult>();
    for (const { a, v, c } of row.facets) {
      const facet = facets.get(a) ?? { attribute: a, values: [] };
      facet.values.push({ value: v, count: c });
      facets.set(a, facet);
    }
    return {
      hits: row.hits.map((hit) => ({
        id: hit.id,
        highlightTitle: compiled.lean ? '' : highlight(hit.title, compiled.terms),
        highlightSummary: compiled.lean ? '' : highlight(hit.summary, compiled.terms),
        score: hit.score,
        ownerId: hit.owner,
      })),
      totalHits: compiled.lean ? (compiled.page - 1) * compiled.pageSize + row.hits.length : row.total,
      page: compiled.page,
      pageSize: compiled.pageSize,
      facets: [...facets.values()].map((facet) => ({ attribute: facet.attribute, values: orderFacetValues(facet.values).slice(0, MAX_FACET_VALUES) })),
      processingTimeMs: Math.round(performance.now() - started),
    };
  }

  /** The one SQL statement a search runs (public for the benchmark's raw baseline). */
  compile<I extends SearchIndexName>(index: I, request: SearchRequest<I>): CompiledSearch {
    const { page, pageSize } = normalizePaging(request);
    const schema = INDEX_SCHEMAS[index];
    const params = new Params();
    const expansion = this.expansionNow();
    const terms = this.queryTerms(request.query, expansion);
    const highlightTerms: HighlightTerm[] = terms.map((term, i) => ({
      ...term,
      prefix: i === terms.length - 1,
      fuzzyThreshold: isFuzzy(term) ? FUZZY_THRESHOLD : undefined,
    }));
    // A word the index holds in pieces matches where all its pieces occur.
    const lexeme = (word: string, prefix: boolean): string => {
      const pieces = expansion.pieces.get(word);
      return pieces ? `(${pieces.map((piece) => tsqueryTerm(piece, false)).join(' & ')})` : tsqueryTerm(word, prefix);
    };
    // A half-typed word cut into characters (钙钛 → 钙, 钛) matches as a prefix of one word, or
    // as the characters themselves, the last one a prefix, as before it was joined.
    const typed = (term: HighlightTerm & TypedTerm): string =>
      term.characters
        ? `(${tsqueryTerm(term.text, true)} | (${term.characters.map((character, i, all) => tsqueryTerm(character, i === all.length - 1)).join(' & ')}))`
        : lexeme(term.text, !!term.prefix);
    // A term matches itself (as a prefix if last) or any of its synonyms.
    const tsquery = (term: HighlightTerm & TypedTerm): string =>
      `(${[typed(term), ...this.synonyms.synonymsOf(term.text).map((synonym) => lexeme(synonym, false))].join(' | ')})`;
    const where: string[] = [];
    let score = '0::real';
    const sort = request.sort ?? 'RELEVANCE';
    // Only a relevance sort of a text query needs every match scored; other sorts walk an
    // index in order and stop at the page (the score of their hits is not computed).
    const ranked = sort === 'RELEVANCE' && terms.length > 0;
    if (terms.length > 0 && request.matchingStrategy === 'any') {
      // Any word is a hit; the number of matched words ranks first (Meilisearch's `words` rule).
      // No trigram typo matching here: the words come from the corpus itself (keywords picked by
      // a program, not typed), and one GIN lookup on the tsvector serves the whole OR query.
      const any = params.add(highlightTerms.map(tsquery).join(' | '));
      where.push(`d.tsv @@ ${any}::tsquery`);
      if (ranked) {
        const matched = highlightTerms.map((term) => `(d.tsv @@ ${params.add(tsquery(term))}::tsquery)::int`);
        // Normalisation 32 keeps the rank below 1, so it only orders documents with equal counts.
        score = `(${matched.join(' + ')} + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.tsv, ${any}::tsquery, 32))::real`;
      }
    } else if (terms.length > 0) {
      const exact = highlightTerms.filter((term) => !term.fuzzyThreshold).map(tsquery);
      if (exact.length > 0) where.push(`d.tsv @@ ${params.add(exact.join(' & '))}::tsquery`);
      const similarity: string[] = [];
      for (const term of highlightTerms.filter((candidate) => candidate.fuzzyThreshold)) {
        const word = params.add(term.text);
        where.push(`(d.tsv @@ ${params.add(tsquery(term))}::tsquery OR ${word} <% d.fuzzy)`);
        similarity.push(`word_similarity(${word}, d.fuzzy)`);
      }
      const any = highlightTerms.map(tsquery).join(' | ');
      // Unused parameters would have no type: the score exists only where it is sorted on.
      if (ranked) score = `(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', d.tsv, ${params.add(any)}::tsquery)${similarity.map((s) => ` + 0.1 * ${s}`).join('')})::real`;
    }
    for (const term of [...highlightTerms]) {
      for (const synonym of this.synonyms.synonymsOf(term.text)) highlightTerms.push({ text: synonym, latin: /^[a-z0-9]/.test(synonym) });
    }
    for (const condition of filterConditions(index, request.filters)) where.push(renderCondition(index, condition, params));

    const facetAttributes = (request.facets ?? []).filter((attribute) => (FACET_ATTRIBUTES[index] as readonly string[]).includes(attribute));
    const facetColumns = facetAttributes.map((attribute) => columnOf(index, attribute));
    const priceColumn = columnOf(index, schema.priceAttribute).column;
    const ownerColumn = columnOf(index, schema.ownerAttribute).column;
    const order = orderBy(ranked ? 'RELEVANCE' : sort === 'RELEVANCE' ? 'NEWEST' : sort, priceColumn, 'd.');
    const filtered = `FROM ${schema.table} d ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
    const pageOrder = ranked ? `p.score DESC, ${orderBy('NEWEST', priceColumn, 'p.')}` : orderBy(sort === 'RELEVANCE' ? 'NEWEST' : sort, priceColumn, 'p.');
    if (request.lean) {
      // Ids and scores only: no text to highlight, no count or facet scans.
      const sql = `SELECT 0 AS total, '[]'::json AS facets,
             coalesce((SELECT json_agg(json_build_object('id', p.id, 'score', p.score) ORDER BY ${pageOrder}) FROM (
               SELECT d.id, d.published_at, d.${priceColumn}, ${ranked ? score : '0::real'} AS score ${filtered}
                ORDER BY ${ranked ? `score DESC, ${orderBy('NEWEST', priceColumn, 'd.')}` : order}
                LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}) p), '[]'::json) AS hits`;
      return { sql, params: params.values, terms: highlightTerms, page, pageSize, lean: true, textMatch: terms.length > 0 };
    }
    const cap = params.add(TOTAL_HITS_CAP + 1);
    const facetSql = facetQueries(facetColumns, params);
    // The page, the count and the facets are separate scans of the same filter: the page stops
    // at its LIMIT, the count and facets at TOTAL_HITS_CAP + 1 matches.
    // The page's rows carry no text: a relevance sort scores every match, and the title and
    // summary are read for the page's rows only.
    const sql = `WITH page AS (
        SELECT d.id, d.${ownerColumn} AS owner, d.published_at, d.${priceColumn}, ${ranked ? score : '0::real'} AS score ${filtered}
         ORDER BY ${ranked ? `score DESC, ${orderBy('NEWEST', priceColumn, 'd.')}` : order}
         LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}
      ), m AS ${facetSql ? 'MATERIALIZED ' : ''}(
        SELECT ${facetColumns.length > 0 ? [...new Set(facetColumns.map((column) => `d.${column.column}`))].join(', ') : '1 AS one'} ${filtered} LIMIT ${cap}
      )
      SELECT least((SELECT count(*)::int FROM m), ${TOTAL_HITS_CAP}) AS total,
             (SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', t.title, 'summary', t.summary, 'score', p.score, 'owner', p.owner) ORDER BY ${pageOrder}), '[]'::json)
                FROM page p JOIN ${schema.table} t ON t.id = p.id) AS hits,
             ${facetSql ? `(SELECT coalesce(json_agg(f), '[]'::json) FROM (${facetSql}) f)` : `'[]'::json`} AS facets`;
    return { sql, params: params.values, terms: highlightTerms, page, pageSize, lean: false, textMatch: terms.length > 0 };
  }
}

interface SynonymExpansion {
  version: string;
  /** A synonym word the query cut splits → its pieces. */
  pieces: Map<string, string[]>;
  /** First piece → [pieces…, word] of every such word, longest first. */
  forms: Map<string, string[][]>;
}

/**
 * A write statement that also raises its index's write count (search_index_write), in the same
 * statement so that no reader sees the rows without the count; `indexParam` names the index.
 */
function countedWrite(sql: string, indexParam = '$2'): string {
  return `WITH written AS (${sql} RETURNING 1)
    UPDATE search_index_write SET version = version + 1 WHERE index_name = ${indexParam}`;
}

/** A query term; `characters` when it is the query's last word, joined from the single characters the cut left. */
interface TypedTerm extends QueryTerm {
  characters?: string[];
}

const HAN_CHARACTER = /^\p{Script=Han}$/u;

/**
 * Joins the single Han characters that end a query into one term. The dictionary cuts a word it
 * does not hold whole, such as 钙钛 typed on the way to 钙钛矿, into characters that the index never
 * holds alone, so search as you type found nothing until the word was complete.
 */
function joinTrailingCharacters(terms: QueryTerm[]): TypedTerm[] {
  let start = terms.length;
  while (start > 0 && HAN_CHARACTER.test(terms[start - 1].text)) start -= 1;
  if (terms.length - start < 2) return terms;
  const characters = terms.slice(start).map((term) => term.text);
  return [...terms.slice(0, start), { text: characters.join(''), latin: false, characters }];
}

function isFuzzy(term: QueryTerm): boolean {
  return term.latin && term.text.length >= FUZZY_MIN_LENGTH && /^[a-z]/.test(term.text);
}

function recordTypeOf(column: ColumnSpec): string {
  return column.type === 'epoch_ms' ? 'bigint' : column.type;
}

function selectOf(column: ColumnSpec): string {
  return column.type === 'epoch_ms' ? `to_timestamp(x.${column.column} / 1000.0)` : `x.${column.column}`;
}

function orderBy(sort: SearchSortKey, priceColumn: string, alias = ''): string {
  const tail = `${alias}published_at DESC, ${alias}id`;
  priceColumn = `${alias}${priceColumn}`;
  switch (sort) {
    case 'RELEVANCE':
      return `score DESC, ${tail}`;
    case 'NEWEST':
      return tail;
    case 'PRICE_ASC':
      return `${priceColumn} ASC NULLS LAST, ${tail}`;
    case 'PRICE_DESC':
      return `${priceColumn} DESC NULLS LAST, ${tail}`;
  }
}

/**
 * The facet counts over the matches `m`: the scalar attributes in one pass (grouping sets, one
 * set per attribute; a column not in the row's set reads NULL, so the one coalesce gives the
 * value of the set's own column), each array attribute over its unnested values.
 */
function facetQueries(columns: ColumnSpec[], params: Params): string {
  const parts: string[] = [];
  const scalars = columns.filter((column) => column.type !== 'text[]');
  if (scalars.length > 0) {
    const attribute = `CASE ${scalars.map((column) => `WHEN grouping(m.${column.column}) = 0 THEN ${params.add(column.attribute)}::text`).join(' ')} END`;
    const value = `coalesce(${scalars.map((column) => `m.${column.column}::text`).join(', ')})`;
    const sets = scalars.map((column) => `(m.${column.column})`).join(', ');
    parts.push(
      `SELECT g.a, g.v, g.c FROM (SELECT ${attribute} AS a, ${value} AS v, count(*)::int AS c FROM m GROUP BY GROUPING SETS (${sets})) g WHERE g.v IS NOT NULL`,
    );
  }
  for (const column of columns.filter((candidate) => candidate.type === 'text[]')) {
    parts.push(`SELECT ${params.add(column.attribute)}::text AS a, x AS v, count(*)::int AS c FROM m, unnest(m.${column.column}) AS x GROUP BY x`);
  }
  return parts.join(' UNION ALL ');
}

function renderCondition(index: SearchIndexName, condition: FilterCondition, params: Params): string {
  const column = columnOf(index, condition.attribute);
  const ref = `d.${column.column}`;
  switch (condition.kind) {
    case 'in':
      return `${ref} = ANY(${params.add(condition.values)}::text[])`;
    case 'overlaps':
      return `${ref} && ${params.add(condition.values)}::text[]`;
    case 'bound':
      return `${ref} ${condition.op} ${params.add(condition.value)}::numeric`;
    case 'equals':
      if (column.type === 'uuid') return UUID.test(String(condition.value)) ? `${ref} = ${params.add(condition.value)}::uuid` : 'false';
      if (column.type === 'boolean') return `${ref} = ${params.add(condition.value === true)}::boolean`;
      return `${ref} = ${params.add(String(condition.value))}::text`;
  }
}
