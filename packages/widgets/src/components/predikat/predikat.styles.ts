import { css } from "lit"

export const styles = css`
  :host {
    --_accent: var(--asn-color-accent, #0b5cad);
    --_text: var(--asn-color-text, CanvasText);
    --_danger: var(--asn-color-danger, #b00020);
    --_radius: var(--asn-radius, 0.5rem);
    display: inline-block;
    font: var(--asn-font, inherit);
    color: var(--_text);
  }
  [part="base"] {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  [part="label"] {
    font-size: 0.85em;
  }
  [part="value"] {
    font-weight: 700;
    font-size: 1.25em;
  }
  [part="error"] {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    [part="base"] {
      border-color: CanvasText;
    }
  }
`
