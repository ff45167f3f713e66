import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the scoreboard draws: this module (and ECharts) loads with the scoreboard's charts alone.
// Canvas rather than SVG: seven charts of a few hundred bars each would otherwise be thousands of DOM nodes to lay out.
use([BarChart, LineChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * Charts are drawn one per task, in the order they ask: the page stays responsive between them
 * (seven charts drawn in one task block input for as long as they all take).
 */
let queue: Promise<void> = Promise.resolve();
function inTurn(work: () => void): void {
  queue = queue.then(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          try {
            work();
          } finally {
            resolve();
          }
        }, 0);
      }),
  );
}

interface Props {
  option: EChartsCoreOption;
  label: string;
  height: number;
  testId: string;
}

/**
 * One ECharts chart. `data-rendered` turns "true" once ECharts reports the frame finished (what the
 * benchmark waits for); the chart is an image to assistive technology, named by `label`. The
 * instance lives as long as the element: a new option is drawn into it rather than a new chart.
 */
export default function EChart({ option, label, height, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let resize: ResizeObserver | null = null;
    inTurn(() => {
      if (disposed) return;
      const instance = init(element, undefined, { renderer: 'canvas' });
      chart.current = instance;
      instance.on('finished', () => element.setAttribute('data-rendered', 'true'));
      instance.setOption(latest.current);
      // The observer reports the current size at once: only a change of it is worth a redraw.
      let width = Math.round(element.getBoundingClientRect().width);
      resize = new ResizeObserver(([entry]) => {
        const next = Math.round(entry.contentRect.width);
        if (next === width) return;
        width = next;
        instance.resize();
      });
      resize.observe(element);
    });
    return () => {
      disposed = true;
      resize?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} data-testid={testId} data-chart style={{ width: '100%', height }} />;
}
