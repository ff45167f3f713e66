import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the scoreboard draws: this module (and ECharts) loads with the scoreboard's charts alone.
use([BarChart, LineChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  option: EChartsCoreOption;
  label: string;
  height: number;
  testId: string;
}

/**
 * One ECharts chart. `data-rendered` turns "true" once ECharts reports the frame finished (what the
 * benchmark waits for); the chart is an image to assistive technology, named by `label`.
 */
export default function EChart({ option, label, height, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.on('finished', () => element.setAttribute('data-rendered', 'true'));
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} data-testid={testId} data-chart style={{ width: '100%', height }} />;
}
