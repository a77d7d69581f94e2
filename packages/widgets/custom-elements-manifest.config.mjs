// `custom-elements.json` is generated from the components' class JSDoc (@summary @csspart @cssproperty @event @slot).
export default {
  globs: ["src/components/**/*.ts", "src/internal/display.ts"],
  exclude: ["src/**/*.test.ts", "src/**/*.styles.ts", "src/**/*.controller.ts"],
  outdir: ".",
  litelement: true
}
