import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import dts from "vite-plugin-dts"

// Library build: ESM only, `effect` (and `@noble/hashes`) stay external so applications share one copy.
export default defineConfig({
  plugins: [dts({ tsconfigPath: "./tsconfig.build.json", entryRoot: "src" })],
  build: {
    target: "es2022",
    sourcemap: true,
    // Libraries ship readable code; applications minify when they bundle.
    minify: false,
    lib: {
      entry: fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      formats: ["es"],
      fileName: "index"
    },
    rolldownOptions: {
      external: [/^effect(\/.*)?$/, /^@noble\/hashes(\/.*)?$/]
    }
  }
})
