import { css } from "lit"

export const styles = css`
  table.grid {
    table-layout: fixed;
  }
  table.grid td {
    padding: 0.25rem;
    border: 1px solid var(--_border);
  }
  table.grid th[scope="row"] {
    width: 7rem;
  }
  button.cell {
    width: 100%;
    min-height: 4.5rem;
    display: grid;
    gap: 0.125rem;
    justify-items: start;
    text-align: start;
    font-weight: 400;
  }
  button.cell .box {
    font-weight: 700;
  }
  button.cell .n {
    font-size: 1.35em;
    font-weight: 700;
  }
  .axis {
    text-align: center;
    font-weight: 600;
  }
  [part~="drill"] {
    border-top: 2px solid var(--_accent);
    padding-top: var(--_space);
  }
  @media (max-width: 30rem) {
    table.grid th[scope="row"] {
      width: 4.5rem;
      font-size: 0.85em;
    }
    button.cell {
      padding: 0.25rem;
      min-height: 3.5rem;
    }
  }
`
