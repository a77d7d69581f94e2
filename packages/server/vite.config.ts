import { builtinModules } from "node:module"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import dts from "vite-plugin-dts"

// The server as a Node ESM library; its dependencies stay external.
export default defineConfig({
  plugins: [dts({ tsconfigPath: "./tsconfig.build.json", entryRoot: "src" })],
  build: {
    target: "node20",
    sourcemap: true,
    minify: false,
    ssr: true,
    lib: {
      entry: { index: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      formats: ["es"]
    },
    rolldownOptions: {
      external: [
        /^effect(\/.*)?$/,
        /^@pembinaan\/core$/,
        /^@effect\//,
        /^@electric-sql\//,
        /^jose$/,
        ...builtinModules,
        /^node:/
      ]
    }
  }
})
