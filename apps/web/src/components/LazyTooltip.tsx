import type { TooltipProps } from 'antd';
import { lazy, Suspense, useEffect } from 'react';

/**
 * antd's Tooltip (rc-tooltip, rc-trigger with its popup and placements: about 10 KB gzipped) in a
 * chunk of its own, fetched as soon as the element it explains renders. Until it arrives, which is
 * a few milliseconds after the page, the element shows as it is, untipped: nothing moves.
 */
const loadTooltip = () => import('antd/es/tooltip');
const Tooltip = lazy(loadTooltip);

export function LazyTooltip(props: TooltipProps) {
  useEffect(() => void loadTooltip(), []);
  return (
    <Suspense fallback={props.children}>
      <Tooltip {...props} />
    </Suspense>
  );
}
