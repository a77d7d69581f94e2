import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import { conditions, minifyCss, pureCore, treeshake } from "./build/browser.mjs"

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url))
const defines = readdirSync(src("define")).filter((f) => f.endsWith(".ts"))

// The lazy build for portals without a bundler: `pembinaan-widgets.js` is the loader (src/loader.ts), and each
// `<tag>.js` beside it the code of one widget, loaded the first time the tag is used. Code two widgets share (Lit,
// messages, core) sits once in `chunks/`. One build: no widget decodes with effect's Schema any more (the policy and
// evaluation-form inputs go through Schema-free guards, src/internal/*-guard.ts), so no shared chunk carries it.
// Copy the whole folder; serve it from one place.
export default defineConfig({
  plugins: [pureCore(), minifyCss()],
  resolve: { conditions },
  build: {
    target: "es2022",
    outDir: "dist/cdn",
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: {
        "pembinaan-widgets": src("loader.ts"),
        ...Object.fromEntries(defines.map((f) => [f.replace(/\.ts$/, ""), src(`define/${f}`)]))
      },
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`
    },
    rolldownOptions: {
      treeshake,
      output: { minify: true, chunkFileNames: "chunks/[name]-[hash].js" }
    }
  }
})
