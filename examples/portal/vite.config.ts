import { createReadStream, existsSync, statSync } from "node:fs"
import { extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig, type Plugin } from "vite"

const site = fileURLToPath(new URL("../../docs/site/", import.meta.url))
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2"
}

/** Serves the documentation site built by `pnpm run docs` at /docs/, so the portal can link to it. */
const docsSite = (): Plugin => ({
  name: "pembinaan-docs-site",
  configureServer(server) {
    server.middlewares.use("/docs", (req, res, next) => {
      const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")
      const file = normalize(join(site, path.endsWith("/") ? `${path}index.html` : path))
      if (!file.startsWith(site)) return next()
      if (!existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = existsSync(site) ? 404 : 503
        res.setHeader("content-type", "text/plain; charset=utf-8")
        res.end(existsSync(site) ? "Not found" : "Dokumentasi belum dibangun: jalankan `pnpm run docs`.")
        return
      }
      res.setHeader("content-type", types[extname(file)] ?? "application/octet-stream")
      createReadStream(file).pipe(res)
    })
  }
})

// The portal calls `@pembinaan/server` on its own origin: /api goes to the server (`pembinaan serve --demo` at
// 127.0.0.1:8787 by default; PEMBINAAN_API points elsewhere), so no CORS and the same paths as in production.
const api = { "/api": { target: process.env.PEMBINAAN_API ?? "http://127.0.0.1:8787", changeOrigin: false } }

// The demo portal runs the workspace packages from source (the `@pembinaan/source` export condition).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [docsSite()],
  resolve: { conditions: ["@pembinaan/source", "module", "browser", "development|production"] },
  server: { host: "127.0.0.1", port: Number(process.env.PORT ?? 5173), strictPort: false, proxy: api },
  preview: { host: "127.0.0.1", proxy: api }
})
