import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Values of the fixture world that make generated inputs reach past "not found" into the services. */
export interface FuzzWorld {
  ids: string[];
  fieldCodes: string[];
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** Strings a careless or hostile client sends: control characters, lone surrogates, huge, SQL-ish, unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    'x\u0007y',
    '\u001b[31m',
    'del\u007f',
    'x\ud800y',
    '\udc00',
    '\ud83d',
    "'; DROP TABLE app_user; --",
    '%00',
    '${jndi:ldap://x}',
    '=HYPERLINK("http://x","y")',
    '   ',
    '',
    '电池🔋',
    '\u202e reversed',
  ),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 30 }),
);

/** Cursors that decode but carry wrong values, and ones that do not decode at all. */
export const craftedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    b64(['x', 'y']),
    b64(['2026-13-45T99:00:00Z', '00000000-0000-4000-8000-000000000000']),
    b64(['not a date', 'zzz']),
    b64([1e300]),
    b64([-1]),
    b64({ a: 1 }),
    b64([null, null]),
    b64(['2026-01-01T00:00:00.000Z', "' OR 1=1 --"]),
    '!!!',
    '',
  ),
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 2 }).map(b64),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 1e300, 'text', [], {}, [1, 2], { nested: { deep: true } }),
  fc.jsonValue({ maxDepth: 2 }),
);

function scalarGood(name: string, world: FuzzWorld, argName: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...world.ids), fc.uuid());
    case 'Int':
      return /first|last|pageSize|page|limit/i.test(argName) ? fc.integer({ min: 1, max: 100 }) : fc.integer({ min: 0, max: 2030 });
    case 'Float':
      return fc.double({ min: 0, max: 1000, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'Money':
      return fc.constantFrom('0', '100.00', '2500000', '999999999999.99');
    case 'DateTime':
      return fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    default:
      if (/code/i.test(argName)) return fc.constantFrom(...world.fieldCodes);
      if (/email/i.test(argName)) return fc.emailAddress();
      if (/after|before/i.test(argName)) return craftedCursor;
      if (/on$/i.test(argName)) return fc.constantFrom('2026-06-01', '2026-02-30', 'yesterday');
      return fc.string({ maxLength: 40 });
  }
}

function scalarBad(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(123, 'not-a-uuid', '', '00000000-0000-0000-0000-00000000000g', "1' OR '1'='1"), hostileString);
    case 'Int':
      return fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e300, -1, 0, 1.5, '1', Number.MAX_SAFE_INTEGER, -1000000);
    case 'Float':
      return fc.constantFrom(1e308, -1e308, -1, '1.0', 1e-320);
    case 'Money':
      return fc.constantFrom(100, 0.1, '-1', '1e5', '1.234', '99999999999999', 'NaN', '0x10', '１００');
    case 'DateTime':
      return fc.constantFrom(
        '2026-02-30T10:00:00Z',
        '2026-06-01 10:00',
        1780000000000,
        '2026-06-01T10:00:00',
        '9999-99-99T99:99:99Z',
        '+275760-09-13T00:00:00Z',
        '',
      );
    default:
      return hostileString;
  }
}

/** An arbitrary for one argument or input field: mostly well-typed, often hostile, sometimes of the wrong type. */
export function inputArbitrary(type: GraphQLInputType, world: FuzzWorld, argName: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 12, arbitrary: inputArbitrary(type.ofType, world, argName, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType, world, argName, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.integer({ min: 200, max: 2000 }).chain((n) => fc.array(item, { minLength: n, maxLength: n })) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  const named = type as GraphQLNamedType;
  if (isEnumType(named)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'admin', '', 'ADMIN\u0000') },
      { weight: 1, arbitrary: wrongType },
    );
  }
  if (isScalarType(named)) {
    return fc.oneof(
      { weight: 5, arbitrary: scalarGood(named.name, world, argName) },
      { weight: 4, arbitrary: scalarBad(named.name) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  if (isInputObjectType(named)) {
    if (depth > 4) return fc.constant(null);
    const fields = Object.values(named.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const value = inputArbitrary(field.type, world, field.name, depth + 1);
      record[field.name] = isNonNullType(field.type) ? value : fc.option(value, { nil: undefined, freq: 3 });
    }
    const object = fc.record(record).map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
    return fc.oneof(
      { weight: 8, arbitrary: object },
      { weight: 1, arbitrary: object.map((value) => ({ ...value, unknownField: 'x' })) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  return wrongType;
}

/** A small selection for a field's type: `__typename` plus scalar fields one level down (so field resolvers run too). */
export function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return '';
  if (!('getFields' in type)) return '{ __typename }';
  const scalars = Object.values(type.getFields())
    .filter((f) => f.args.length === 0 && !isCompositeType(getNamedType(f.type)))
    .map((f) => f.name)
    .slice(0, 6);
  return `{ __typename ${scalars.join(' ')} }`;
}

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** One operation on a root field with every argument passed as a variable of its declared type. */
export function operationArbitrary(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, world: FuzzWorld): fc.Arbitrary<GeneratedOperation> {
  const args: readonly GraphQLArgument[] = field.args;
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) {
    const value = inputArbitrary(arg.type, world, arg.name);
    record[arg.name] = isNonNullType(arg.type) ? value : fc.option(value, { nil: undefined, freq: 3 });
  }
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passing = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''} ${selectionFor(field)} }`;
  return fc.record(record).map((variables) => ({ query, variables: Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== undefined)) }));
}

/** Every root field of the schema, by kind. */
export function rootFields(schema: GraphQLSchema): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}
