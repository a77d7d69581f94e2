import { css } from "lit"

export const styles = css`
  [part~="ticket"] {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  [part~="question"][hidden] {
    display: none;
  }
  [part~="element-name"] {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  [part~="question-text"] {
    display: block;
  }
  fieldset[part~="identity"] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0 0;
  }
  fieldset[part~="identity"] legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
`
