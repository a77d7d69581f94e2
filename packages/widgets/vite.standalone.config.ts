import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// One self-contained ES module (Lit, core and the parts of effect it uses bundled in) that a server-rendered portal
// loads with a single `<script type="module" src=".../pembinaan-widgets.js">`, no build step.
export default defineConfig({
  resolve: { conditions: ["@pembinaan/source", "module", "browser", "production"] },
  build: {
    target: "es2022",
    outDir: "dist/standalone",
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL("./src/all.ts", import.meta.url)),
      formats: ["es"],
      fileName: () => "pembinaan-widgets.js"
    }
  }
})
