import { css } from "lit"

export const styles = css`
  [part~="subject"],
  [part~="policy"],
  [part~="draft-note"] {
    margin: 0 0 0.25rem;
    color: var(--_muted);
  }
  [part~="subject"] {
    color: var(--_text);
    font-weight: 600;
  }
  fieldset[part~="section"] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0 0;
    min-width: 0;
  }
  fieldset[part~="section"] > legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  ol[part~="indicators"],
  ol[part~="behaviours"] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  [part~="indicator-label"] {
    font-weight: 600;
    margin: 0;
  }
  [part~="indicator-meta"] {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9em;
  }
  [part~="numbers"] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: 0 var(--_space);
  }
  [part~="field-error"] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  [part~="capaian"] {
    display: block;
    margin-top: 0.25rem;
    font-weight: 600;
  }
  [part~="capaian-formula"] {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~="evidence-link"] {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  [part~="preview"] {
    margin-top: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
  }
  [part~="preview-title"] {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  [part~="summary"] p {
    margin: 0.125rem 0;
  }
  [part~="predikat"] {
    font-weight: 700;
    font-size: 1.1em;
  }
  [part~="explanation"] {
    margin-top: 0.5rem;
  }
  [part~="explanation"] summary,
  [part~="exact"] summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    color: var(--_accent);
    gap: 0.5rem;
  }
  details summary::before {
    content: "▸";
    display: inline-block;
    transition: transform 0.15s;
  }
  details[open] > summary::before {
    transform: rotate(90deg);
  }
  details summary:hover {
    text-decoration: underline;
  }
  [part~="explanation"] ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  input[aria-invalid="true"] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  @media (forced-colors: active) {
    [part~="preview"],
    fieldset[part~="section"] {
      border-color: CanvasText;
    }
  }
`
