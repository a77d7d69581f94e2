import { playwright } from "@vitest/browser-playwright"
import { defineConfig } from "vitest/config"
import { minifyCss } from "./packages/widgets/build/browser.mjs"

// Chromium from Debian (Playwright cannot download its own browsers on these machines).
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage"
]

// Workspace packages resolve to their TypeScript sources (the custom export condition), in Node and in the browser.
const conditions = ["@pembinaan/source", "module", "browser", "development|production"]
const source = {
  resolve: { conditions },
  ssr: {
    resolve: {
      conditions: ["@pembinaan/source", "node", "import", "development|production"],
      externalConditions: ["@pembinaan/source"]
    }
  }
}

export default defineConfig({
  test: {
    projects: [
      {
        ...source,
        test: {
          name: "core",
          root: "packages/core",
          include: ["test/**/*.test.ts"],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          environment: "node"
        }
      },
      {
        ...source,
        test: {
          name: "cli",
          root: "packages/cli",
          include: ["test/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000
        }
      },
      {
        ...source,
        // the widgets' CSS as the browser bundles ship it (minified), so the layout tests check what portals get
        plugins: [minifyCss()],
        test: {
          name: "widgets",
          root: "packages/widgets",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: "chromium" }]
          }
        }
      },
      {
        test: {
          name: "plain-html",
          root: "examples/plain-html",
          include: ["test/**/*.test.mjs"],
          environment: "node"
        }
      },
      {
        ...source,
        test: {
          name: "node-example",
          root: "examples/node",
          include: ["test/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000
        }
      },
      {
        ...source,
        test: {
          name: "server",
          root: "packages/server",
          include: ["test/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/postgres.setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      },
      {
        ...source,
        test: {
          name: "php-portal",
          root: "examples/php-portal",
          include: ["test/**/*.test.mjs"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 240_000
        }
      },
      {
        ...source,
        test: {
          name: "portal",
          root: "examples/portal",
          include: ["test/**/*.test.ts"],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: "chromium" }]
          }
        }
      },
      {
        ...source,
        test: {
          name: "portal-e2e",
          root: "examples/portal",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 240_000,
          hookTimeout: 240_000
        }
      }
    ]
  }
})
