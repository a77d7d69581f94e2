#!/usr/bin/env node
// Runs every vitest project (core in Node, widgets and examples in Chromium) and closes with the plain line
// `N passed, N failed` computed from vitest's JSON report, so CI and people read the same real counts.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync } from "node:fs"

const report = ".vitest-report.json"
rmSync(report, { force: true })
const run = spawnSync(
  "vitest",
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit", shell: false }
)
let passed = 0
let failed = 0
let skipped = 0
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, "utf8"))
  passed = json.numPassedTests ?? 0
  // A file that failed to load has no tests; count it once so a broken import is never "0 failed".
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0
  ).length
  failed = (json.numFailedTests ?? 0) + brokenFiles
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
} else {
  failed = 1
}
const code = run.status ?? 1
if (code !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1)
