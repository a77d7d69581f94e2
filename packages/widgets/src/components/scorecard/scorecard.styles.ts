import { css } from "lit"

export const styles = css`
  [part~="summary"] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: stretch;
  }
  [part~="predikat"] {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    display: grid;
    gap: 0.125rem;
  }
  [part~="predikat"] strong {
    font-size: 1.35em;
  }
  meter {
    width: min(100%, 20rem);
    height: 1.25rem;
  }
  ul.legal {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  /* Not an inline style: a strict style-src 'self' policy blocks style attributes. */
  .trace-body {
    display: grid;
    gap: 0.5rem;
    padding-top: 0.5rem;
  }
`
