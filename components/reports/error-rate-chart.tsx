"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ERROR_RATE_LIMIT } from "@/lib/error-rate";

export interface ErrorRatePoint {
  /** the x axis: an edition's date or a month, as the table writes it */
  label: string;
  /** 见报差错率 and 校出差错率, per 10,000 字 (null: nothing printed) */
  published: number | null;
  caught: number | null;
}

/**
 * The rate per edition or month with the 万分之三 limit as a line. echarts is loaded here, in the browser,
 * only once the chart is on the screen (its own chunk, never in the server's HTML); the table above says the
 * same in text for those who cannot see it.
 */
export function ErrorRateChart({ points, title }: { points: ErrorRatePoint[]; title: string }) {
  const t = useTranslations("errorRate");
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const limitLine = t("limitLine");
  const publishedName = t("series.published");
  const caughtName = t("series.caught");

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let disposed = false;
    let dispose = () => {};
    const draw = async () => {
      const [core, charts, components, renderers] = await Promise.all([import("echarts/core"), import("echarts/charts"), import("echarts/components"), import("echarts/renderers")]);
      if (disposed) return;
      core.use([charts.BarChart, charts.LineChart, components.GridComponent, components.TooltipComponent, components.LegendComponent, components.MarkLineComponent, renderers.SVGRenderer]);
      const chart = core.init(el, undefined, { renderer: "svg" });
      const most = Math.max(ERROR_RATE_LIMIT + 1, ...points.flatMap((p) => [p.published ?? 0, p.caught ?? 0]));
      chart.setOption({
        animation: false,
        grid: { left: 40, right: 16, top: 36, bottom: 48 },
        legend: { top: 0, data: [publishedName, caughtName] },
        tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (typeof v === "number" ? v.toFixed(2) : "—") },
        xAxis: { type: "category", data: points.map((p) => p.label), axisLabel: { hideOverlap: true } },
        yAxis: { type: "value", min: 0, max: Math.ceil(most) },
        series: [
          {
            name: publishedName,
            type: "bar",
            color: "#44403c",
            data: points.map((p) => ({ value: p.published, itemStyle: { color: (p.published ?? 0) > ERROR_RATE_LIMIT ? "#b91c1c" : "#44403c" } })),
            barMaxWidth: 28,
            markLine: {
              symbol: "none",
              silent: true,
              lineStyle: { color: "#b91c1c", type: "dashed", width: 2 },
              label: { formatter: limitLine, position: "insideEndTop", color: "#b91c1c" },
              data: [{ yAxis: ERROR_RATE_LIMIT }],
            },
          },
          { name: caughtName, type: "line", data: points.map((p) => p.caught), color: "#a16207", symbolSize: 6 },
        ],
      });
      const resize = () => chart.resize();
      window.addEventListener("resize", resize);
      dispose = () => {
        window.removeEventListener("resize", resize);
        chart.dispose();
      };
      setReady(true);
    };
    // only when it scrolls into view: a report opened for its table does not pay for the chart library
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        void draw();
      }
    });
    seen.observe(el);
    return () => {
      disposed = true;
      seen.disconnect();
      dispose();
    };
  }, [points, limitLine, publishedName, caughtName]);

  return (
    <figure className="mb-6">
      <figcaption className="mb-2 text-sm font-medium">{title}</figcaption>
      <div className="relative">
        <div ref={box} role="img" aria-label={title} className="h-64 w-full" data-testid="error-rate-chart" data-ready={ready ? "" : undefined} />
        {!ready && <p className="absolute inset-0 flex items-center justify-center text-sm text-stone-500">{t("chartLoading")}</p>}
      </div>
    </figure>
  );
}
