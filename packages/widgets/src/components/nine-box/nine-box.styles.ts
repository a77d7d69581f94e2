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
    position: relative;
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
  /* A phone: the widget's own width decides (it may sit in a narrow column on a wide screen). */
  :host {
    container-type: inline-size;
  }
  button.cell .short {
    display: none;
  }
  @container (max-width: 30rem) {
    [part~="base"] {
      padding: 0.5rem;
    }
    table.grid th,
    table.grid td {
      padding: 0.25rem;
      font-size: 0.75rem;
    }
    table.grid th[scope="row"] {
      width: 4.75rem;
    }
    button.cell {
      padding: 0.25rem;
      min-height: 3.5rem;
      min-width: 0;
      font-size: 0.8rem;
      line-height: 1.25;
    }
    /* the count alone ("1"); "1 pegawai" stays for screen readers */
    button.cell .n {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    button.cell .short {
      display: block;
      font-size: 1.6em;
      font-weight: 700;
      line-height: 1.1;
    }
  }
`
