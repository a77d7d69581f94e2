import { builtinModules } from "node:module"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import dts from "vite-plugin-dts"

// The CLI as a Node ESM library: `bin/pembinaan.js` imports `dist/index.js`, the scoring threads run `dist/worker.js`;
// core and effect stay external.
export default defineConfig({
  plugins: [dts({ tsconfigPath: "./tsconfig.build.json", entryRoot: "src" })],
  build: {
    target: "node20",
    sourcemap: true,
    // Libraries ship readable code; applications minify when they bundle.
    minify: false,
    ssr: true,
    lib: {
      entry: {
        index: fileURLToPath(new URL("./src/index.ts", import.meta.url)),
        worker: fileURLToPath(new URL("./src/worker.ts", import.meta.url))
      },
      formats: ["es"]
    },
    rolldownOptions: {
      external: [/^effect(\/.*)?$/, /^@pembinaan\/core$/, ...builtinModules, /^node:/]
    }
  }
})
