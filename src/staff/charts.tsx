// Bar charts as server-rendered SVG: no script, readable by screen readers
// (role="img" with a title and a description listing the figures).
export interface BarRow {
  label: string;
  /** One value per series, in the order of `series`. */
  values: number[];
}

const PALETTE = ["#0b5394", "#e69138", "#6aa84f", "#a61c00", "#674ea7", "#45818e", "#bf9000", "#999999"];

export function colorOf(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

/** Horizontal stacked bars: one row per label, one coloured segment per series, with a legend. */
export function StackedBars({ id, title, rows, series }: { id: string; title: string; rows: BarRow[]; series: string[] }) {
  const labelW = 170;
  const barW = 420;
  const rowH = 22;
  const legendH = Math.ceil(series.length / 3) * 18 + 6;
  const height = rows.length * rowH + legendH + 10;
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const summary = rows.map((r) => `${r.label}: ${r.values.map((v, i) => `${series[i]} ${v}`).join(", ")}`).join("; ");
  return (
    <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" viewBox={`0 0 ${labelW + barW + 60} ${height}`} class="chart" id={id}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{summary || "–"}</desc>
      {series.map((s, i) => (
        <g>
          <rect x={(i % 3) * 200} y={Math.floor(i / 3) * 18} width="12" height="12" fill={colorOf(i)} />
          <text x={(i % 3) * 200 + 16} y={Math.floor(i / 3) * 18 + 11}>{s}</text>
        </g>
      ))}
      {rows.map((r, ri) => {
        const y = legendH + ri * rowH;
        let x = labelW;
        const total = r.values.reduce((a, b) => a + b, 0);
        return (
          <g>
            <text x={labelW - 6} y={y + 14} text-anchor="end">{r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}</text>
            {r.values.map((v, i) => {
              const w = (v / max) * barW;
              const rect = <rect x={x} y={y + 2} width={w} height={rowH - 6} fill={colorOf(i)}><title>{`${series[i]}: ${v}`}</title></rect>;
              x += w;
              return rect;
            })}
            <text x={x + 4} y={y + 14}>{String(total)}</text>
          </g>
        );
      })}
    </svg>
  );
}
