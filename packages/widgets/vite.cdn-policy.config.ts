import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import { conditions, minifyCss, policyWidgets, pureCore, treeshake } from "./build/browser.mjs"

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url))

// The second half of the lazy build (after vite.cdn.config.ts, into the same folder): `<asn-evaluation-form>` and
// `<asn-policy-view>`, which decode policies with effect's Schema, with their own chunks in `chunks/policy/`. A page
// with one of them and other widgets loads Lit twice (about 6.5 kB gzip); a page without them never loads Schema.
// Both copies register tags through `define` (first one wins) and read the locale from the document, so they agree.
export default defineConfig({
  plugins: [pureCore(), minifyCss()],
  resolve: { conditions },
  build: {
    target: "es2022",
    outDir: "dist/cdn",
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: Object.fromEntries(policyWidgets.map((f) => [f.replace(/\.ts$/, ""), src(`define/${f}`)])),
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`
    },
    rolldownOptions: {
      treeshake,
      output: { minify: true, chunkFileNames: "chunks/policy/[name]-[hash].js" }
    }
  }
})
