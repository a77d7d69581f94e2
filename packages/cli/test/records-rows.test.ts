import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Records from "../src/records.js"
import { referenceCsv } from "./csv-reference.js"

// csvRows (and csv, which is a view of it) must read every text exactly as the reference reader does (every text
// through csv-parse, `csv-reference.ts`: records, positions, problems), whether a line takes the direct split or
// goes through the parser: generated texts with quotes, CRLF, blank lines, ragged rows and a BOM, cut into chunks at
// arbitrary places.

const chunked = (text: string, cuts: ReadonlyArray<number>): AsyncIterable<string> => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  const parts: Array<string> = []
  let from = 0
  for (const p of points) {
    parts.push(text.slice(from, p))
    from = p
  }
  parts.push(text.slice(from))
  return (async function* () {
    for (const p of parts) if (p !== "") yield p
  })()
}

const viaCsv = async (text: string, cuts: ReadonlyArray<number>, options: Records.ReadOptions) => {
  const out: Array<unknown> = []
  for await (const item of Records.csv(chunked(text, cuts), options)) out.push(item)
  return out
}

const viaReference = async (text: string, cuts: ReadonlyArray<number>, options: Records.ReadOptions) => {
  const out: Array<unknown> = []
  for await (const item of referenceCsv(chunked(text, cuts), options)) out.push(item)
  return out
}

const viaRows = async (text: string, cuts: ReadonlyArray<number>, options: Records.ReadOptions) => {
  const out: Array<unknown> = []
  let header: ReadonlyArray<string> = []
  let delimiter = ","
  for await (const batch of Records.csvRows(chunked(text, cuts), options)) {
    for (const e of batch) {
      if (e._tag === "Header") {
        header = e.columns
        delimiter = e.delimiter
      } else if (e._tag === "Line")
        out.push({
          _tag: "Record",
          at: e.at,
          value: Object.fromEntries(header.map((h, k) => [h, e.text.split(delimiter)[k] ?? ""]))
        })
      else if (e._tag === "Row")
        out.push({ _tag: "Record", at: e.at, value: Object.fromEntries(header.map((h, k) => [h, e.cells[k] ?? ""])) })
      else out.push(e)
    }
  }
  return out
}

const piece = fc.constantFrom("a", "b", "1", "4", " ", ",", ";", "\t", '"', '""', "\n", "\r\n", "\r", "U1", "x y")
const textArb = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom("U1,U2,U3\n", "U1;U2\r\n", '"U1",U2\n', "U1,U1\n", "U1,,U3\n", ""),
    fc.array(piece, { maxLength: 60 })
  )
  .map(([bom, head, body]) => `${bom ? "\uFEFF" : ""}${head}${body.join("")}`)

describe("Records.csvRows", () => {
  it("reads generated texts exactly as the reference reader does, in any chunking (and csv() gives the same)", async () => {
    await fc.assert(
      fc.asyncProperty(
        textArb,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom(undefined, 20),
        async (text, cuts, maxLine) => {
          const options = { lang: "en" as const, ...(maxLine ? { maxLine } : {}) }
          const rows = await viaRows(text, cuts, options)
          expect(await viaCsv(text, cuts, options)).toEqual(rows)
          const parsed = await viaReference(text, cuts, options)
          const last = parsed[parsed.length - 1] as { _tag: string; message?: string } | undefined
          if (last?._tag === "SyntaxProblem" && /never closed|longer than/.test(last.message ?? "")) {
            // A parser error ends the reference early and can drop the records the parser had buffered (and so the
            // line it names, or an earlier header problem); csvRows yields them first. Both end with a problem,
            // csvRows after every record the reference gave.
            expect((rows[rows.length - 1] as { _tag: string })._tag).toBe("SyntaxProblem")
            expect(rows.slice(0, parsed.length - 1)).toEqual(parsed.slice(0, -1))
          } else expect(rows).toEqual(parsed)
        }
      ),
      { numRuns: 400, seed: 18 }
    )
  })

  it("reads a plain file by direct split and a quoted one through the parser, with the same rows", async () => {
    const plain = "U1,U2\n1,2\n\n3,4\r\n5,6"
    expect(await viaRows(plain, [7], {})).toEqual(await viaReference(plain, [7], {}))
    expect((await viaRows(plain, [], {})).length).toBe(3)
    const quoted = 'U1,U2\n1,2\n"3\n",4\n5,6\n'
    expect(await viaRows(quoted, [3, 12], {})).toEqual(await viaReference(quoted, [], {}))
  })
})
