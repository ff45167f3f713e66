import type { CombinedError } from 'urql';

export type FieldErrors = Record<string, string[]>;
export type NamePath = (string | number)[];

/** The `extensions.fields` of every GraphQL error in the response, merged. */
export function serverFieldErrors(error: CombinedError | undefined | null): FieldErrors {
  const merged: FieldErrors = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const fields = graphQLError.extensions?.fields;
    if (!fields || typeof fields !== 'object') continue;
    for (const [key, messages] of Object.entries(fields as Record<string, unknown>)) {
      const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
      merged[key] = [...(merged[key] ?? []), ...list];
    }
  }
  return merged;
}

/**
 * A server field key as an Ant Design name path: the server prefixes the argument name
 * (`input.trl`, `input.patents.0.number`), the form holds the input's own fields.
 */
export function fieldPath(key: string, argumentNames: string[] = ['input']): NamePath {
  const parts = key.split('.');
  if (parts.length > 1 && argumentNames.includes(parts[0])) parts.shift();
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The first error's code, e.g. BAD_USER_INPUT, CONFLICT, FORBIDDEN. */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message to show for errors that are not about one field. */
export function generalMessage(error: CombinedError | undefined | null): string | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors.find((e) => !e.extensions?.fields) ?? error.graphQLErrors[0];
  if (first) return first.message;
  return error.networkError ? error.networkError.message : error.message;
}
