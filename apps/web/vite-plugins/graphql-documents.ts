import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:tb-gql/';
const RESOLVED = '\0tb-gql:';

/**
 * The codegen client preset's `graphql(`…`)` looks documents up in one map of every operation of
 * the console (src/gql/gql.ts), so whichever chunk imports it carries them all. This transform
 * replaces each call with an import of a module holding that one document (the parsed AST codegen
 * printed into src/gql/graphql.ts, fragments included): a page chunk then carries only its own
 * documents, and the map is never bundled. Types are unchanged: TypeScript still reads the calls.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  let byName = new Map<string, string>();
  let bySource = new Map<string, string>();

  const load = () => {
    bySource = new Map();
    byName = new Map();
    const map = readFileSync(join(gqlDir, 'gql.ts'), 'utf8');
    const body = map.slice(map.indexOf('const documents'));
    for (const match of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) bySource.set(JSON.parse(match[1]) as string, match[2]);
    const types = readFileSync(join(gqlDir, 'graphql.ts'), 'utf8');
    for (const match of types.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode/gm)) byName.set(match[1], match[2]);
  };

  return {
    name: 'techbridge:graphql-documents',
    enforce: 'pre',
    buildStart() {
      load();
      this.addWatchFile(join(gqlDir, 'gql.ts'));
    },
    watchChange(id) {
      if (id.startsWith(gqlDir)) load();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const document = byName.get(id.slice(RESOLVED.length));
      return document === undefined ? undefined : `export default ${document};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || id.includes('node_modules') || !code.includes('graphql(`')) return undefined;
      const imports = new Set<string>();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const name = bySource.get(source);
        if (!name || !byName.has(name)) {
          this.error(`${id}: a graphql() document is not in src/gql (run \`npm run codegen\`): ${source.trim().split('\n')[0]}`);
        }
        imports.add(name);
        // Same line count, so positions after the call stay where they were (dev tools, errors).
        return `__gql_${name}${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      const header = [...imports].map((name) => `import __gql_${name} from '${PREFIX}${name}';`).join(' ');
      return { code: `${header} ${out}`, map: null };
    },
  };
}
