import { useCallback, useState } from 'react';

/**
 * A header button whose menu or popover loads when first wanted: pointer over or focus starts its
 * chunk, the first click opens it. The button is mounted anew once wrapped in the loaded overlay;
 * it keeps the keyboard focus it had.
 */
export function useOpenOnIntent(load: () => Promise<unknown>) {
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const ref = useCallback(
    (element: HTMLButtonElement | null) => {
      if (element && wanted) element.focus({ preventScroll: true });
    },
    [wanted],
  );
  const trigger = {
    ref,
    onPointerEnter: () => void load(),
    onFocus: () => void load(),
    onClick: wanted
      ? undefined
      : () => {
          setWanted(true);
          setOpen(true);
        },
  };
  return { wanted, open, setOpen, trigger };
}
