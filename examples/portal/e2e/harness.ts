/**
 * What every end-to-end test of the demo portal starts: `@pembinaan/server` with `--demo` data on embedded
 * PostgreSQL in a temporary directory, the portal's own vite dev server in front of it (proxying `/api`, as
 * `bash scripts/ready.sh demo` does), and the Chromium every browser test uses. `close` stops all three and removes
 * the directory.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { createServer as netServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { type Browser, chromium } from "playwright"
import { createServer, type Plugin } from "vite"
import { Server } from "../../../packages/server/src/index.js"

const here = fileURLToPath(new URL("..", import.meta.url))
/** The repository root. */
export const root = fileURLToPath(new URL("../../..", import.meta.url))

/** Where the end-to-end screenshots go (gitignored). */
export const shots = join(here, ".screenshots")

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = netServer()
    s.listen(0, "127.0.0.1", () => {
      const address = s.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      s.close(() => resolve(port))
    })
  })

/** The layout helpers import `vitest/browser` for their screenshot helper, which a plain page has no use for. */
const stubVitestBrowser = (): Plugin => ({
  name: "stub-vitest-browser",
  enforce: "pre",
  resolveId: (id) => (id === "vitest/browser" ? "\0vitest-browser-stub" : undefined),
  load: (id) => (id === "\0vitest-browser-stub" ? "export const page = {}" : undefined)
})

/** A running demo: the server's URL, the portal's URL, the browser, and how to stop them. */
export interface Harness {
  readonly server: Awaited<ReturnType<typeof Server.start>>
  readonly portal: string
  readonly browser: Browser
  readonly close: () => Promise<void>
}

/** Starts server, portal and Chromium; `name` names the temporary directory, `secret` signs the demo tokens. */
export const start = async (name: string, secret: string): Promise<Harness> => {
  const dir = mkdtempSync(join(tmpdir(), `pembinaan-${name}-`))
  mkdirSync(shots, { recursive: true })
  const server = await Server.start({
    secret,
    demo: true,
    dataDir: join(dir, "data"),
    evidenceDir: join(dir, "evidence")
  })
  process.env.PEMBINAAN_API = server.url
  const port = await freePort()
  const vite = await createServer({
    configFile: join(here, "vite.config.ts"),
    plugins: [stubVitestBrowser()],
    optimizeDeps: { exclude: ["vitest/browser"] },
    server: { port, strictPort: true, host: "127.0.0.1", fs: { allow: [root] } },
    logLevel: "error"
  })
  await vite.listen()
  // The same Chromium and flags as every browser test (imported by path: the config is outside this project).
  const config: { readonly chromiumPath: string; readonly chromiumArgs: Array<string> } = await import(
    pathToFileURL(join(root, "vitest.config.ts")).href
  )
  const browser = await chromium.launch({
    executablePath: config.chromiumPath,
    args: config.chromiumArgs,
    headless: true
  })
  return {
    server,
    portal: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close()
      await vite.close()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
