import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, isUUID, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { parseIsoDateTime } from './date-time.scalar';
import { invalidField } from './domain-error';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last edge already seen.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds `<Name>Edge` and `<Name>Connection` object types for a node type.
 * `withTotal: false` leaves out totalCount where counting is not worth its cost.
 */
export function connectionTypes<T>(node: Type<T>, name: string, withTotal = true) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionWithTotal {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' })
    totalCount: number;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionWithoutTotal {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }

  return { Edge: EdgeType, Connection: withTotal ? ConnectionWithTotal : ConnectionWithoutTotal };
}

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the input error
  }
  throw invalidField('after', 'Cursor is not valid for this list');
}

/** What a keyset cursor's sort key holds, so a decoded cursor is checked before it reaches SQL. */
export type CursorKeyKind = 'timestamp' | 'integer' | 'text';

function validCursorKey(value: CursorValue, kind: CursorKeyKind): boolean {
  switch (kind) {
    case 'timestamp':
      return parseIsoDateTime(value) !== null;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'text':
      return typeof value === 'string' && value.length <= 200 && !value.includes('\u0000');
  }
}

export interface KeysetSort<T> {
  /**
   * SQL expression of the sort key (e.g. `r.created_at`), unique together with the id. Timestamps
   * used as keys are `timestamptz(3)` so the cursor's millisecond value compares exactly.
   */
  column: string;
  /** Reads the sort key off a loaded row, for the cursor. */
  value: (row: T) => CursorValue | Date;
  direction: 'ASC' | 'DESC';
  /** What the sort key is; default `timestamp` (every list sorts by creation time today). */
  keyKind?: CursorKeyKind;
  /** SQL expression of the tie-breaking id column (e.g. `r.id`). */
  idColumn: string;
  id: (row: T) => string;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * Keyset pagination on (sort key, id): fetches first + 1 rows to know whether a next page exists,
 * and counts the filtered set. The query must not join to-many relations (use DataLoaders).
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: ConnectionArgs, sort: KeysetSort<T>): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const totalCount = await qb.clone().getCount();
  const op = sort.direction === 'ASC' ? '>' : '<';
  if (args.after) {
    const [key, id] = decodeCursor(args.after, 2);
    // A well-formed cursor may still carry values crafted by hand: check them as the columns need.
    if (!validCursorKey(key, sort.keyKind ?? 'timestamp') || typeof id !== 'string' || !isUUID(id)) {
      throw invalidField('after', 'Cursor is not valid for this list');
    }
    qb.andWhere(`(${sort.column}, ${sort.idColumn}) ${op} (:__cursorKey, :__cursorId)`, { __cursorKey: key, __cursorId: id });
  }
  const rows = await qb
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .limit(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    const key = sort.value(row);
    return { cursor: encodeCursor([key instanceof Date ? key.toISOString() : key, sort.id(row)]), node: row };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/** Maps the nodes of a connection, keeping cursors and page info. */
export function mapConnection<A, B>(connection: Connection<A>, map: (node: A) => B): Connection<B> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}
