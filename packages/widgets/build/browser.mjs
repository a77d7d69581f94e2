// Settings shared by every browser bundle of the widgets (the loader build, the single-file build and `pnpm size`).
//
// Core's modules declare their Schemas at module level (`export const Matrix = Schema.Struct(...)`, `class X extends
// Schema.TaggedError()(...)`). A bundler keeps such calls even when nothing uses their result, so one `Quadrant.isRating`
// used to pull all of effect's Schema runtime (~25 kB gzip) into a widget. `pureCore` marks those module-level calls
// (and every `Schema.*(...)` call inside core) as pure, so the bundler drops the ones no widget code reaches; the
// treeshake settings let it drop effect's own module-level property reads. No code is changed: a Schema a widget does
// use (for example through `Policy.decode`) is kept with everything it needs.

const CALLS =
  /(?<![\w$.])((?:Schema|SchemaIssue|SchemaGetter|SchemaTransformation|Input|dual)\b(?:\.[\w$]+)*(?:<[^()\n]*>)?\()/g
const CONST = /^((?:export )?const [\w$]+(?::[^=\n]+)? = )(?=[A-Za-z_$][\w$.]*(?:<[^\n]*>)?\()/
const CLASS = /^((?:export )?class [\w$]+(?:<[^\n]*>)? extends )(?=[A-Za-z_$][\w$.]*(?:<[^\n]*>)?\()/
const COMMENT = /^\s*(\*|\/\/|\/\*)/

/**
 * Adds `/*#__PURE__*\/` to core's module-level `const x = f(...)` and `class X extends f(...)` (top level only: a
 * local call whose result is unused may matter) and to every `Schema.*(...)` factory call. Comments are untouched.
 */
export const annotatePure = (code) =>
  code
    .split("\n")
    .map((line) =>
      COMMENT.test(line)
        ? line
        : line.replace(CALLS, "/*#__PURE__*/ $1").replace(CONST, "$1/*#__PURE__*/ ").replace(CLASS, "$1/*#__PURE__*/ ")
    )
    .join("\n")

const LITERAL_OPEN = /^((?:export )?const [\w$]+(?::[^=\n]+)? = )([[{])\s*$/
const LITERAL_CLOSE = /^([}\]](?: as const)?)$/

/**
 * Wraps each top-level multi-line object or array literal of a preset module in a `@__PURE__` arrow call. Presets
 * are data only, but a literal that spreads another (`{ ...national2017, … }`) or maps one (`edges.map(…)`) counts
 * as a possible side effect, so every such preset (and what it spreads) stayed in a bundle that uses none of them.
 * Values are unchanged; only a preset nothing reads is dropped.
 */
export const pureLiterals = (code) => {
  const lines = code.split("\n")
  for (let i = 0; i < lines.length; i++) {
    if (!LITERAL_OPEN.test(lines[i])) continue
    // the statement ends at the next line starting at column 0 with `}` or `]`; wrap it only if that line closes
    // the literal (not `].map(…)`)
    let end = i + 1
    while (end < lines.length && !/^[}\]]/.test(lines[end])) end++
    if (end < lines.length && LITERAL_CLOSE.test(lines[end])) {
      lines[i] = lines[i].replace(LITERAL_OPEN, "$1/*#__PURE__*/ (() => ($2")
      lines[end] = `${lines[end]}))()`
    }
    i = end
  }
  return lines.join("\n")
}

/** The Vite plugin applying {@link annotatePure} (and {@link pureLiterals} to presets) to `@pembinaan/core`'s sources. */
export const pureCore = () => ({
  name: "pembinaan-pure-core",
  enforce: "pre",
  transform(code, id) {
    if (!(/[\\/]packages[\\/]core[\\/]src[\\/].*\.ts$/.test(id) || /@pembinaan[\\/]core[\\/]/.test(id))) return null
    const pure = annotatePure(code)
    return { code: /[\\/]presets[\\/][^\\/]+\.ts$/.test(id) ? pureLiterals(pure) : pure, map: null }
  }
})

/**
 * Minifies the CSS of Lit's `css\`…\`` templates: comments dropped, runs of whitespace collapsed to one space,
 * spaces removed next to `{`, `}`, `;`, `,` and after `:`. Interpolations (`${…}`) and quoted strings are kept as
 * they are; nothing else changes meaning (no space is removed where CSS reads it: around `+`, `-`, `>`, `~`, or before
 * `:`).
 */
export const minifyCssTemplate = (css) =>
  css
    .split(/(\$\{[^}]*\}|"[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, "")
            .replace(/\s+/g, " ")
            .replace(/ ?([{};,]) ?/g, "$1")
            .replace(/: /g, ":")
    )
    .join("")

/** Applies {@link minifyCssTemplate} to every `css\`…\`` template of the widgets' sources. */
export const minifyCss = () => ({
  name: "pembinaan-minify-css",
  enforce: "pre",
  transform(code, id) {
    if (!/[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/.test(id) || !code.includes("css`")) return null
    return { code: code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${minifyCssTemplate(body)}\``), map: null }
  }
})

/** Rolldown's treeshake options for the browser bundles. */
export const treeshake = { propertyReadSideEffects: false, unknownGlobalSideEffects: false }

/** Resolve conditions: core and widgets from source, so `pureCore` sees core's TypeScript. */
export const conditions = ["@pembinaan/source", "module", "browser", "production"]
