/**
 * Styles shared by the display widgets (scorecard, dashboards, reports): sections, tables, charts, the virtual
 * list, statuses, and print styles (no buttons, charts and their tables both, every row of a virtual list, no
 * clipped scroll areas, black on white).
 *
 * @internal
 */
import { css } from "lit"

export const reportStyles = css`
  :host {
    display: block;
    --_row: 2.5rem;
    --_s0: var(--asn-chart-1, #0b5cad);
    --_s1: var(--asn-chart-2, #b35900);
    --_s2: var(--asn-chart-3, #1d6b34);
    --_s3: var(--asn-chart-4, #7a2f8f);
    --_s4: var(--asn-chart-5, #4a5563);
    line-height: 1.45;
  }
  [part~="base"] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  [part~="header"] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  [part~="subtitle"],
  .muted {
    color: var(--_muted);
  }
  section {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.375rem 0.875rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button[aria-pressed="true"],
  button[aria-expanded="true"].cell {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  select {
    max-width: 100%;
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
  }
  thead th {
    font-weight: 600;
    border-bottom-width: 2px;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(40%, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  /* long words (a regulation's number, a URL) wrap rather than push the widget wider than a phone */
  p,
  li,
  dt,
  dd,
  h2,
  h3,
  h4 {
    overflow-wrap: break-word;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.9em;
    white-space: nowrap;
  }
  [part~="status"][data-kind="error"],
  [role="alert"] {
    color: var(--_danger);
    font-weight: 600;
  }
  [part~="jpm-cue"] {
    display: block;
    margin-top: 0.25rem;
  }
  .warning {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* charts */
  figure.chart {
    margin: 0;
    display: grid;
    gap: 0.375rem;
    min-width: 0;
  }
  .chart-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  figcaption {
    font-weight: 600;
  }
  .chart-svg {
    width: 100%;
    height: auto;
    max-width: 48rem;
    overflow: visible;
  }
  .chart-svg text {
    fill: var(--_text);
    font-size: 13px;
  }
  .chart-svg .category {
    font-weight: 600;
  }
  .chart-svg .tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  .chart-svg .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .bar-edge {
    stroke: var(--_text);
    stroke-width: 0.75;
  }
  .pattern-bg.s0 {
    fill: var(--_s0);
  }
  .pattern-bg.s1 {
    fill: var(--_s1);
  }
  .pattern-bg.s2 {
    fill: var(--_s2);
  }
  .pattern-bg.s3 {
    fill: var(--_s3);
  }
  .pattern-bg.s4 {
    fill: var(--_s4);
  }
  .pattern-ink {
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .pattern-dot {
    fill: var(--_surface);
  }
  polyline.line,
  path.line {
    fill: none;
    stroke-width: 2.5;
  }
  .line.s0,
  .marker.s0 {
    stroke: var(--_s0);
    fill: var(--_s0);
  }
  .line.s1,
  .marker.s1 {
    stroke: var(--_s1);
    fill: var(--_s1);
  }
  .line.s2,
  .marker.s2 {
    stroke: var(--_s2);
    fill: var(--_s2);
  }
  .line.s3,
  .marker.s3 {
    stroke: var(--_s3);
    fill: var(--_s3);
  }
  .line.s4,
  .marker.s4 {
    stroke: var(--_s4);
    fill: var(--_s4);
  }
  /* after the series colours, and as specific (two classes): a line is stroked, never filled */
  .chart-svg .line,
  .legend .line {
    fill: none;
  }
  .marker.cross {
    stroke-width: 2.5;
  }
  ul.legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  /* virtual list */
  .empty {
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  .scroller {
    max-height: 24rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: strict;
    height: 24rem;
  }
  .scroller.short {
    height: auto;
    contain: content;
  }
  .scroller thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    z-index: 1;
  }
  .scroller tbody tr {
    height: var(--_row);
  }
  .scroller tbody td,
  .scroller tbody th {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-width: 18rem;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  /* a summary that looks clickable: accent colour and a turning arrow (the flex layout hides the native marker) */
  details > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    color: var(--_accent);
    gap: 0.5rem;
  }
  details > summary::before {
    content: "▸";
    display: inline-block;
    transition: transform 0.15s;
  }
  details[open] > summary::before {
    transform: rotate(90deg);
  }
  details > summary:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    [part~="base"],
    button,
    select {
      border-color: CanvasText;
    }
    .pattern-bg {
      fill: CanvasText;
    }
    .pattern-ink,
    .pattern-dot {
      stroke: Canvas;
      fill: Canvas;
    }
    .line,
    .marker {
      stroke: CanvasText;
      fill: CanvasText;
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_border: #777;
      color: #000;
      background: #fff;
    }
    [part~="base"] {
      border: 0;
      padding: 0;
    }
    button,
    .toggle,
    [part~="filters"],
    [part~="export"] {
      display: none !important;
    }
    .chart-table[hidden],
    .chart-svg[hidden] {
      display: revert !important;
    }
    .scroller {
      max-height: none;
      height: auto;
      overflow: visible;
      contain: none;
      border: 0;
    }
    details {
      display: block;
    }
    details > :not(summary) {
      display: block !important;
    }
    section,
    figure,
    tr {
      break-inside: avoid;
    }
  }
`
