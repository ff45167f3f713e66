import { useEffect, useRef } from 'react';

/** Runs `reload` each time `key` changes after the first render (the page's edits bump it). */
export function useReload(key: number, reload: () => void) {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    latest.current();
  }, [key]);
}
