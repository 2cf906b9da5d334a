import { useId } from 'react';
import { cellInWords } from '../../statistics/cell-in-words.js';
import type { FigureChart } from '../../statistics/figure-view.js';

const width = 640;
const labelWidth = 210;
const valueWidth = 150;
const row = 26;
const pad = { top: 8, bottom: 8 };

/**
 * One series as horizontal bars, drawn by hand as SVG: room for Swedish labels, and a zero line
 * when a figure can be negative (a change of rating). A hidden figure has no bar but says why, in
 * words, where its bar would be. Every bar is a figure of the tables above, which are the chart's
 * text alternative; its description lists the figures too.
 */
export function BarChart({ chart, threshold }: { chart: FigureChart; threshold: number }) {
  const id = useId();
  if (chart.bars.length === 0) return null;
  const shown = chart.bars.map((b) => (b.cell.suppressed || b.cell.value === null ? null : b.cell.value));
  const values = shown.filter((v): v is number => v !== null);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const plot = width - labelWidth - valueWidth;
  const x = (v: number) => labelWidth + ((v - low) / span) * plot;
  const height = pad.top + pad.bottom + chart.bars.length * row;
  const words = chart.bars.map((b) => `${b.label}: ${cellInWords(b.cell, chart.format, threshold).toLowerCase()}`);
  return (
    <figure className="chart bar-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{chart.title}</title>
        <desc id={`${id}-desc`}>{`${words.join('; ')}. Samma siffror finns i tabellen.`}</desc>
        <line x1={x(0)} x2={x(0)} y1={pad.top - 4} y2={height - pad.bottom + 4} stroke="#4a4a4a" />
        {chart.bars.map((bar, i) => {
          const value = shown[i] ?? null;
          const y = pad.top + i * row;
          const start = value === null ? x(0) : Math.min(x(0), x(value));
          const end = value === null ? x(0) : Math.max(x(0), x(value));
          const label = cellInWords(bar.cell, chart.format, threshold);
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + row / 2 + 4} textAnchor="end" fontSize="13" fill="#1b1b1b">
                {bar.label}
              </text>
              {value !== null && <rect x={start} y={y + 4} width={Math.max(end - start, 1)} height={row - 8} fill="#0b4f8a" />}
              <text
                x={Math.max(x(0), value === null ? x(0) : x(value)) + 6}
                y={y + row / 2 + 4}
                fontSize="13"
                fill={value === null ? '#4a4a4a' : '#1b1b1b'}
                fontStyle={value === null ? 'italic' : undefined}
              >
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">{chart.title}. Siffrorna finns också i tabellen ovan.</figcaption>
    </figure>
  );
}
