import { lazy, useState, type ComponentType } from 'react';

/**
 * A lazily loaded page that renders at once when its chunk is already in: `lazy` alone suspends
 * on first render even then, and React holds back a boundary revealed right after its fallback
 * (up to 300 ms), which on a full load sat between the session and the page's first request.
 * `preload` starts the chunk early (beside the session, or the layout's own chunk).
 */
export function preloadable<P extends object = Record<string, never>>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Page(props: P) {
    // Chosen once per mount: switching from Lazy to the module's component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return <Component {...props} />;
  }
  return { Page, preload };
}

/**
 * At route match, once per mount: a page's chunk and its data's prefetch leave side by side, instead
 * of the data waiting for the chunk and a first render. `prefetch` imports its own small module, so
 * the shell does not carry the page's documents.
 */
export function usePreloadAtMatch(page: { preload(): Promise<unknown> }, prefetch: () => Promise<unknown>, wanted = true): void {
  useState(() => {
    if (!wanted) return null;
    void page.preload().catch(() => undefined);
    void prefetch().catch(() => undefined);
    return null;
  });
}
