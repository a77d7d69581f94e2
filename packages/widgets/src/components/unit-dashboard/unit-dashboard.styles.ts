import { css } from "lit"

export const styles = css`
  :host {
    max-width: 80rem;
  }
  [part~="filters"] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  [part~="filters"] label {
    display: grid;
    gap: 0.125rem;
    grid-template-columns: minmax(0, auto);
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
  }
  .cols {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
  }
  ul.rules {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  ul.rules li[data-met="false"] {
    color: var(--_danger);
    font-weight: 600;
  }
`
