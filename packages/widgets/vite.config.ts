import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import dts from "vite-plugin-dts"

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url))
const defines = readdirSync(src("define")).filter((f) => f.endsWith(".ts"))

// Library build: one ESM module per entry; lit, effect and core stay external.
export default defineConfig({
  plugins: [dts({ tsconfigPath: "./tsconfig.build.json", entryRoot: "src" })],
  build: {
    target: "es2022",
    sourcemap: true,
    // Libraries ship readable code; applications minify when they bundle.
    minify: false,
    lib: {
      entry: {
        index: src("index.ts"),
        all: src("all.ts"),
        programmes: src("programmes.ts"),
        react: src("react.ts"),
        jsx: src("jsx.ts"),
        ...Object.fromEntries(defines.map((f) => [`define/${f.replace(/\.ts$/, "")}`, src(`define/${f}`)]))
      },
      formats: ["es"]
    },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^effect(\/.*)?$/, /^@pembinaan\/core$/, /^react(\/.*)?$/]
    }
  }
})
