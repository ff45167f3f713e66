import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCALARS = new Set(['ID', 'Int', 'Float', 'String', 'Boolean', 'Date', 'GraphQLISODateTime', 'MoneyScalar']);

function resolverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : resolverFiles(path);
    return name.endsWith('.resolver.ts') ? [path] : [];
  });
}

/**
 * The validation pipe checks an argument against the class TypeScript records for it. A
 * parameter typed `SomeInput | null` is recorded as Object, so its class-validator rules never
 * run (a filter with TRL 99 was taken as given): input classes are typed as the class alone.
 */
function unvalidatedArgs(source: string): string[] {
  const pattern = /@Args\(\s*(?:'[^']+'\s*,\s*)?\{\s*type:\s*\(\)\s*=>\s*([A-Za-z_]\w*)[^)]*\)\s*(\w+)\??\s*:\s*([^,)=]+)/g;
  const findings: string[] = [];
  for (const match of source.matchAll(pattern)) {
    const [, graphQLType, name, annotation] = match;
    if (SCALARS.has(graphQLType) || !/^[A-Z]/.test(graphQLType)) continue;
    if (/\|\s*(null|undefined)\b/.test(annotation)) findings.push(`${name}: ${annotation.trim()}`);
  }
  for (const match of source.matchAll(/@Args\(\)\s*(\w+)\??\s*:\s*([^,)=]+)/g)) {
    if (/\|\s*(null|undefined)\b/.test(match[2])) findings.push(`${match[1]}: ${match[2].trim()}`);
  }
  return findings;
}

describe('resolver arguments reach the validation pipe with their class', () => {
  it('finds the mistake it looks for', () => {
    const sample = `async results(@Args('filter', { type: () => ResultFilter, nullable: true }) filter: ResultFilter | null) {}`;
    expect(unvalidatedArgs(sample)).toEqual(['filter: ResultFilter | null']);
    expect(unvalidatedArgs(`x(@Args('id', { type: () => ID }) id: string | null, @Args('f', { type: () => F, nullable: true }) f?: F) {}`)).toEqual([]);
  });

  it('no input class argument of any resolver is typed with | null', () => {
    const files = resolverFiles(join(ROOT, 'libs'));
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((file) => unvalidatedArgs(readFileSync(file, 'utf8')).map((finding) => `${relative(ROOT, file)}: ${finding}`));
    expect(findings).toEqual([]);
  });
});
