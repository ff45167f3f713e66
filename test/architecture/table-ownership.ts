/**
 * Table ownership: a lib owns the base tables its own migrations create. Outside migrations and
 * tests, no code may name a base table another lib owns (in SQL text or a query-builder call), nor
 * import another lib's TypeORM entity; views are the read contracts owners publish, so naming a
 * view is fine. This module learns the owners from the migrations and lists every reach.
 *
 * The scan works on the TypeScript syntax tree: only string and template literals are read as SQL
 * (comments never are), and a literal is taken for SQL only when it looks like SQL, so a message
 * such as "moved from deal room" is not a finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import * as ts from 'typescript';

/** A source file by its path relative to the repository root (forward slashes). */
export type SourceTree = Map<string, string>;

export interface Ownership {
  /** base table → owning lib */
  tables: Map<string, string>;
  /** view → owning lib */
  views: Map<string, string>;
  /** entity class name → lib whose migrations create its table */
  entities: Map<string, { owner: string; table: string }>;
}

export interface Finding {
  file: string;
  line: number;
  /** the lib (or app) whose code reaches */
  reader: string;
  table: string;
  owner: string;
  kind: 'sql' | 'query-builder' | 'entity-import' | 'entity-declaration';
  /** the entity class, for entity findings */
  entity?: string;
}

/** The lib a path belongs to (`libs/<x>/…` → x), or `app:<x>` for `apps/<x>/…`; undefined elsewhere. */
export function areaOf(path: string): string | undefined {
  const match = /^(libs|apps)\/([^/]+)\//.exec(path);
  if (!match) return undefined;
  return match[1] === 'libs' ? match[2] : `app:${match[2]}`;
}

export function isMigration(path: string): boolean {
  return /^libs\/[^/]+\/src\/migrations\//.test(path);
}

/**
 * Test code and measurement harnesses: specs, fixtures under a `testing/` folder, and the
 * benchmarks and evaluation (apps/bench), which build scratch databases row by row as test factories do and
 * time plain queries on the base tables as their baseline.
 */
export function isTest(path: string): boolean {
  return /\.(spec|int-spec|e2e-spec)\.ts$/.test(path) || /\/testing\//.test(path) || path.startsWith('test/') || path.startsWith('apps/bench/');
}

const IDENT = String.raw`"?(?:public\.)?"?([a-z_][a-z0-9_]*)"?`;
const CREATE_TABLE = new RegExp(String.raw`\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${IDENT}`, 'gi');
const CREATE_VIEW = new RegExp(String.raw`\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:MATERIALIZED\s+)?VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?${IDENT}`, 'gi');
const RENAME_TABLE = new RegExp(String.raw`\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?${IDENT}\s+RENAME\s+TO\s+${IDENT}`, 'gi');

/** The SQL text of the `up` side of a migration: its string and template literals inside `up(…)`. */
function migrationUpSql(text: string, path: string): string {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const parts: string[] = [];
  const visit = (node: ts.Node, inUp: boolean): void => {
    const up = inUp || (ts.isMethodDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'up');
    if (up) {
      const literal = literalText(node);
      if (literal !== undefined) parts.push(literal);
    }
    ts.forEachChild(node, (child) => visit(child, up));
  };
  visit(source, false);
  return parts.join('\n');
}

/** Owners of every base table and view, from the migrations, and of every entity, from `@Entity`. */
export function learnOwnership(tree: SourceTree): Ownership {
  const tables = new Map<string, string>();
  const views = new Map<string, string>();
  const migrations = [...tree.keys()].filter(isMigration).sort((a, b) => migrationOrder(a) - migrationOrder(b) || a.localeCompare(b));
  for (const path of migrations) {
    const lib = areaOf(path)!;
    const sql = migrationUpSql(tree.get(path)!, path);
    for (const match of sql.matchAll(CREATE_TABLE)) tables.set(match[1], lib);
    for (const match of sql.matchAll(CREATE_VIEW)) views.set(match[1], lib);
    for (const match of sql.matchAll(RENAME_TABLE)) {
      const owner = tables.get(match[1]);
      if (owner) {
        tables.delete(match[1]);
        tables.set(match[2], owner);
      }
    }
  }
  const entities = new Map<string, { owner: string; table: string }>();
  for (const [path, text] of tree) {
    if (isMigration(path) || isTest(path)) continue;
    for (const { name, table } of entityDeclarations(text, path)) {
      const owner = tables.get(table) ?? areaOf(path);
      if (owner) entities.set(name, { owner, table });
    }
  }
  return { tables, views, entities };
}

function migrationOrder(path: string): number {
  const match = /\/(\d+)-[^/]*$/.exec(path);
  return match ? Number(match[1]) : 0;
}

/** Text of a string or template literal (template substitutions become `$x`), else undefined. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => ` $x ${span.literal.text}`).join('');
  return undefined;
}

function entityDeclarations(text: string, path: string): { name: string; table: string; node: ts.Node }[] {
  if (!text.includes('@Entity')) return [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; table: string; node: ts.Node }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const decorator of ts.getDecorators(node) ?? []) {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Entity') continue;
        const table = entityTableName(call, node.name.text);
        found.push({ name: node.name.text, table, node });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function entityTableName(call: ts.CallExpression, className: string): string {
  const [first] = call.arguments;
  if (first && ts.isStringLiteralLike(first)) return first.text;
  if (first && ts.isObjectLiteralExpression(first)) {
    for (const property of first.properties) {
      if (
        ts.isPropertyAssignment(property) &&
        ts.isIdentifier(property.name) &&
        property.name.text === 'name' &&
        ts.isStringLiteralLike(property.initializer)
      ) {
        return property.initializer.text;
      }
    }
  }
  // TypeORM's default naming: the class name in snake case.
  return className.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Whether a literal reads as SQL: an upper-case keyword of a statement or clause, or a statement
 * that starts in lower case. Prose ("moved from deal room", "update the deal") is not SQL.
 */
export function looksLikeSql(text: string): boolean {
  if (/\b(SELECT|FROM|JOIN|UPDATE|INSERT|DELETE|WHERE|VALUES|RETURNING)\b/.test(text)) return true;
  return /^\s*\(?\s*(select\s[\s\S]*\sfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s|with\s+\w+\s+as\s*\()/.test(text);
}

const TABLE_POSITION =
  /\b(?:FROM|JOIN|UPDATE|INTO|TABLE|ONLY|USING)\s+((?:LATERAL\s+)?"?(?:public\.)?"?[a-z_][a-z0-9_]*"?(?:\s*(?:AS\s+)?[a-z_][a-z0-9_]*)?(?:\s*,\s*"?(?:public\.)?"?[a-z_][a-z0-9_]*"?(?:\s*(?:AS\s+)?[a-z_][a-z0-9_]*)?)*)/gi;

/** Every relation named where SQL puts one (after FROM, JOIN, UPDATE, INTO, …, and in FROM lists). */
export function relationsInSql(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(TABLE_POSITION)) {
    for (const item of match[1].split(',')) {
      const name = /^\s*(?:LATERAL\s+)?"?(?:public\.)?"?([a-z_][a-z0-9_]*)/i.exec(item);
      if (name && !/^lateral$/i.test(name[1])) names.push(name[1]);
    }
  }
  // A FROM-clause fragment kept apart from its statement: `deal_contract c JOIN deal d ON …`.
  const leading = /^\s*"?([a-z_][a-z0-9_]*)"?(?:\s+(?:AS\s+)?[a-z_][a-z0-9_]*)?\s*(?:,|\b(?:LEFT|RIGHT|INNER|FULL|CROSS|JOIN)\b)/i.exec(text);
  if (leading) names.push(leading[1]);
  // A quoted identifier anywhere in SQL names a relation or a column; a column never shares a table's name here.
  for (const match of text.matchAll(/"([a-z_][a-z0-9_]*)"/g)) names.push(match[1]);
  return names;
}

/**
 * A literal that is a relation on its own, as in `from: 'research_result r'` or a list of tables
 * iterated into `FROM ${table}`: a FROM-fragment (`name alias`) given to a property or variable
 * named for a source, or a bare name with an underscore (`tech_need`), which no prose spells.
 */
export function relationOfFragment(text: string, holder: string | undefined): string | undefined {
  const fragment = /^\s*"?([a-z_][a-z0-9_]*)"?(?:\s+(?:AS\s+)?[a-z_][a-z0-9_]*)?\s*$/.exec(text);
  if (!fragment) return undefined;
  if (holder && /^(from|table|tables|source|relation)$/i.test(holder)) return fragment[1];
  return /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(text.trim()) ? text.trim() : undefined;
}

/** The name of the property or variable a literal is assigned to, if any. */
function holderOf(node: ts.Node): string | undefined {
  const parent = node.parent;
  if (parent && (ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) && parent.initializer === node && ts.isIdentifier(parent.name))
    return parent.name.text;
  return undefined;
}

/** Query-builder and repository calls whose first argument names a table or an entity. */
const BUILDER_METHODS = new Set([
  'from',
  'into',
  'update',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'leftJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapMany',
  'getRepository',
  'createQueryBuilder',
]);

/** Every reach in one file. */
export function scanFile(path: string, text: string, ownership: Ownership): Finding[] {
  const reader = areaOf(path);
  if (!reader || isMigration(path) || isTest(path)) return [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const foreign = (table: string): string | undefined => {
    const owner = ownership.tables.get(table);
    return owner && owner !== reader ? owner : undefined;
  };

  const seen = new Set<string>();
  const add = (finding: Finding): void => {
    const key = `${finding.line}:${finding.table}:${finding.kind}:${finding.entity ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== undefined) {
      if (looksLikeSql(literal)) {
        for (const table of relationsInSql(literal)) {
          const owner = foreign(table);
          if (owner) add({ file: path, line: lineOf(node), reader, table, owner, kind: 'sql' });
        }
      } else if (isBuilderArgument(node)) {
        const owner = foreign(literal.trim());
        if (owner) add({ file: path, line: lineOf(node), reader, table: literal.trim(), owner, kind: 'query-builder' });
      } else if (!isEntityDecoratorArgument(node)) {
        const table = relationOfFragment(literal, holderOf(node));
        const owner = table && foreign(table);
        if (table && owner) add({ file: path, line: lineOf(node), reader, table, owner, kind: 'sql' });
      }
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause) {
      const from = importedArea(path, node.moduleSpecifier.text);
      if (from && from !== reader) {
        for (const name of importedNames(node.importClause)) {
          const entity = ownership.entities.get(name);
          if (entity && entity.owner !== reader)
            add({ file: path, line: lineOf(node), reader, table: entity.table, owner: entity.owner, kind: 'entity-import', entity: name });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  for (const { name, table, node } of entityDeclarations(text, path)) {
    const owner = foreign(table);
    if (owner) add({ file: path, line: lineOf(node), reader, table, owner, kind: 'entity-declaration', entity: name });
  }
  return findings;
}

/** `@Entity('t')`: reported as an entity declaration, not as SQL. */
function isEntityDecoratorArgument(node: ts.Node): boolean {
  const call = node.parent;
  return !!call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'Entity';
}

function isBuilderArgument(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== node) return false;
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) && BUILDER_METHODS.has(callee.name.text);
}

function importedNames(clause: ts.ImportClause): string[] {
  const names: string[] = [];
  if (clause.name) names.push(clause.name.text);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text);
  return names;
}

/** Which lib or app an import specifier points into: `@techbridge/<lib>` or a relative path. */
function importedArea(fromPath: string, specifier: string): string | undefined {
  const alias = /^@techbridge\/([^/]+)/.exec(specifier);
  if (alias) return alias[1] === 'testing' ? undefined : alias[1];
  if (!specifier.startsWith('.')) return undefined;
  const target = join(dirname(fromPath), specifier).split(sep).join('/');
  return areaOf(target.endsWith('/') ? target : `${target}/`);
}

/** Every reach in the tree, sorted by file and line. */
export function scanTree(tree: SourceTree): Finding[] {
  const ownership = learnOwnership(tree);
  const findings: Finding[] = [];
  for (const [path, text] of tree) findings.push(...scanFile(path, text, ownership));
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.table.localeCompare(b.table));
}

export function formatFinding(finding: Finding): string {
  const what = finding.entity ? `entity ${finding.entity} (table ${finding.table})` : `table ${finding.table}`;
  return `${finding.file}:${finding.line}  ${finding.reader} → ${what}, owned by ${finding.owner} [${finding.kind}]`;
}

/** The repository's lib and app sources (the console in apps/web is a browser app with no SQL). */
export function readRepositoryTree(root: string): SourceTree {
  const tree: SourceTree = new Map();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      if (entry === 'node_modules' || entry === 'dist') continue;
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) tree.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'libs'));
  for (const app of readdirSync(join(root, 'apps'))) if (app !== 'web') walk(join(root, 'apps', app));
  return tree;
}

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
