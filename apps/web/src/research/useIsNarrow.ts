import { Grid } from 'antd';

/** True below Ant Design's `md` breakpoint (phones): tables become lists. */
export function useIsNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
