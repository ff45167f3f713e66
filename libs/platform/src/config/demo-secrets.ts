/**
 * Secrets that ship in this repository (compose defaults, examples, seeded demo logins) and so
 * are known to anyone: a production process refuses to start with one of them.
 */
export const KNOWN_DEMO_SECRETS: readonly string[] = [
  'local-trial-secret-change-me-0123456789',
  'local-trial-master-key-change-me',
  'techbridge-local',
  'change-me-please',
  'Admin#2026demo',
  'Research#2026demo',
  'Enterprise#2026demo',
  'Broker#2026demo',
];

/** Placeholder words that mark a value nobody chose. */
const PLACEHOLDER = /change-?me|changeme|example-secret|^secret$|^password$/i;

/** Whether a secret value is one of the published demo values or an obvious placeholder. */
export function isKnownDemoSecret(value: string): boolean {
  return KNOWN_DEMO_SECRETS.includes(value) || PLACEHOLDER.test(value);
}

/** The password inside a postgres:// URL, if any. */
export function urlPassword(url: string): string | null {
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : null;
  } catch {
    return null;
  }
}
