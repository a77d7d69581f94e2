import { css } from "lit"

export const styles = css`
  [part~="rater-group"] {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  [part~="question"] {
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  [part~="question"]:last-child {
    border-bottom: 0;
  }
`
