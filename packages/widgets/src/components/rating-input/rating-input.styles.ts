import { css } from "lit"

export const styles = css`
  :host {
    display: block;
  }
  [part~="label"] {
    display: block;
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  [part~="required-mark"] {
    color: var(--_danger);
    margin-inline-start: 0.25rem;
  }
  [part~="group"] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
    gap: 0.5rem;
  }
  [part~="option"] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    user-select: none;
    line-height: 1.25;
  }
  [part~="option"]:hover {
    border-color: var(--_accent);
  }
  [part~="option-checked"] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [part~="option-marker"] {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
  }
  [part~="option"]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  :host(:state(user-invalid)) [part~="option"] {
    border-color: var(--_danger);
  }
  :host(:state(disabled)) [part~="option"] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [part~="error"] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.375rem 0 0;
  }
  @media (forced-colors: active) {
    [part~="option"] {
      border-color: ButtonText;
    }
    [part~="option-checked"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    [part~="option"]:focus-visible {
      outline-color: Highlight;
    }
  }
`
