/**
 * Styles shared by the form widgets: design tokens (`--asn-*` with private `--_*` twins), dark mode,
 * forced colours, and the common parts (fieldset, legend, buttons, text fields, errors, status).
 *
 * Public custom properties (all optional):
 * `--asn-color-accent`, `--asn-color-accent-contrast`, `--asn-color-text`, `--asn-color-muted`,
 * `--asn-color-surface`, `--asn-color-border`, `--asn-color-danger`, `--asn-color-success`, `--asn-color-focus`,
 * `--asn-radius`, `--asn-font`, `--asn-space`.
 *
 * @internal
 */
import { css } from "lit"

/** The tokens every form widget reads. */
export const tokens = css`
  :host {
    --_accent: var(--asn-color-accent, #0b5cad);
    --_accent-contrast: var(--asn-color-accent-contrast, #ffffff);
    --_text: var(--asn-color-text, #1b1f24);
    --_muted: var(--asn-color-muted, #4a5563);
    --_surface: var(--asn-color-surface, #ffffff);
    --_border: var(--asn-color-border, #8a94a3);
    --_danger: var(--asn-color-danger, #b00020);
    --_success: var(--asn-color-success, #1d6b34);
    --_focus: var(--asn-color-focus, #f0a500);
    --_radius: var(--asn-radius, 0.5rem);
    --_space: var(--asn-space, 0.75rem);
    font: var(--asn-font, inherit);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--asn-color-accent, #7ab8ff);
      --_accent-contrast: var(--asn-color-accent-contrast, #0b1320);
      --_text: var(--asn-color-text, #e8edf3);
      --_muted: var(--asn-color-muted, #b4bfcc);
      --_surface: var(--asn-color-surface, #161b22);
      --_border: var(--asn-color-border, #6e7a89);
      --_danger: var(--asn-color-danger, #ff8a80);
      --_success: var(--asn-color-success, #7ee2a0);
    }
  }
`

/** Common parts of the survey and feedback forms. */
export const formStyles = css`
  :host {
    display: block;
    max-width: 48rem;
  }
  [part~="base"] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  [part~="title"] {
    font-weight: 700;
    font-size: 1.15em;
    padding: 0 0.25rem;
  }
  [part~="intro"],
  [part~="progress"] {
    color: var(--_muted);
    margin: 0.25rem 0 var(--_space);
  }
  ol[part~="questions"] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  [part~="field"] {
    display: grid;
    gap: 0.25rem;
    margin-top: var(--_space);
  }
  input,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.625rem;
    width: 100%;
    min-height: 2.75rem;
  }
  textarea {
    resize: vertical;
  }
  [part~="actions"] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: calc(var(--_space) * 1.5);
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button[part~="submit"],
  button[part~="next"] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    margin-inline-start: auto;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~="error"] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  [part~="status"] {
    margin: var(--_space) 0 0;
  }
  [part~="status"]:empty {
    display: none;
  }
  [part~="status"][data-kind="success"] {
    color: var(--_success);
    font-weight: 600;
  }
  [part~="status"][data-kind="error"] {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~="base"],
    input,
    textarea,
    button {
      border-color: CanvasText;
    }
    button[part~="submit"],
    button[part~="next"] {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`
