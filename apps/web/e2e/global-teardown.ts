export default async function globalTeardown(): Promise<void> {
  await globalThis.__TB_E2E_SERVER__?.stop();
}
