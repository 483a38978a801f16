import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";

// Only what the dashboard draws is bundled (tree-shaken echarts/core), and only in the dashboard's chunk.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

const REDUCED_MOTION = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/**
 * A chart a screen reader reads as one image with a summary (`summary`): the figures themselves are in the
 * table or text next to it, which is where a screen reader or a keyboard gets them.
 */
export function Chart({
  option,
  summary,
  height = 280,
  testId,
}: {
  option: ChartOption;
  summary: string;
  height?: number;
  testId?: string;
}) {
  return (
    <div role="img" aria-label={summary} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ animation: !REDUCED_MOTION, ...option }}
        notMerge
        style={{ height, width: "100%" }}
      />
    </div>
  );
}
