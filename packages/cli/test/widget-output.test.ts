// The JSON the display widgets take, produced by the CLI: `ikm --format widget`, `score --format widget` and
// `policy export`. The outputs are kept as fixtures in packages/widgets/test/cli-output/, rendered in a browser by
// packages/widgets/test/cli-output.test.ts; this test fails when the CLI's output drifts from them
// (UPDATE_FIXTURES=1 rewrites them).
import { readFileSync, writeFileSync } from "node:fs"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { type Io, main } from "@pembinaan/cli"
import { describe, expect, it } from "vitest"

const fixtures = fileURLToPath(new URL("../../widgets/test/cli-output/", import.meta.url))
const sample = fileURLToPath(new URL("../../../examples/node/data/evaluations.csv", import.meta.url))

const run = async (argv: ReadonlyArray<string>, stdin = "") => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    stdin: Readable.from([stdin]),
    env: { LANG: "C" }
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const ids = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
const answers = `${ids.join(",")}\n${Array.from({ length: 29 }, (_, r) => ids.map((_, k) => ((r + k) % 7 === 0 ? 3 : 4)).join(",")).join("\n")}\n`
const twoRows = readFileSync(sample, "utf8").trim().split("\n").slice(0, 3).join("\n")

const cases: ReadonlyArray<readonly [string, ReadonlyArray<string>, string]> = [
  [
    "ikm-report.json",
    [
      "ikm",
      "-",
      "--input",
      "csv",
      "--format",
      "widget",
      "--unit",
      "DPMPTSP",
      "--period",
      "2026-Q2",
      "--population",
      "300"
    ],
    answers
  ],
  ["scorecard.json", ["score", "-", "--input", "csv", "--policy", "bukittinggi", "--format", "widget"], twoRows],
  ["policy.json", ["policy", "export", "bukittinggi"], ""]
]

describe("CLI output for the display widgets", () => {
  it.each(cases)("%s is what the CLI prints", async (name, argv, stdin) => {
    const r = await run(argv, stdin)
    expect([r.code, r.stderr]).toEqual([0, ""])
    const value = JSON.parse(r.stdout)
    const path = `${fixtures}${name}`
    if (process.env.UPDATE_FIXTURES === "1") writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`)
    expect(value).toEqual(JSON.parse(readFileSync(path, "utf8")))
  })
})
