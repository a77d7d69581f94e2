import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import { conditions, minifyCss, pureCore, treeshake } from "./build/browser.mjs"

// One self-contained ES module (Lit, core and the parts of effect it uses bundled in) that a server-rendered portal
// loads with a single `<script type="module" src=".../pembinaan-widgets.js">`, no build step. Every widget is in it;
// the lazy build (vite.cdn.config.ts) is lighter for a page that shows only some.
export default defineConfig({
  plugins: [pureCore(), minifyCss()],
  resolve: { conditions },
  build: {
    target: "es2022",
    outDir: "dist/standalone",
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL("./src/all.ts", import.meta.url)),
      formats: ["es"],
      fileName: () => "pembinaan-widgets.js"
    },
    // one file: the built-in policies that `preset` loads lazily elsewhere are inlined here
    rolldownOptions: { treeshake, output: { minify: true, codeSplitting: false } }
  }
})
