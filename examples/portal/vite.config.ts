import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// The demo portal runs the workspace packages from source (the `@pembinaan/source` export condition).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: { conditions: ["@pembinaan/source", "module", "browser", "development|production"] },
  server: { host: "127.0.0.1", port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { host: "127.0.0.1" }
})
