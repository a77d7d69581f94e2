import { Readable } from "node:stream"
import { Records } from "@pembinaan/cli"
import { describe, expect, it } from "vitest"

const collect = async (format: Records.Format, ...chunks: string[]) => {
  const out: Records.Item[] = []
  for await (const item of Records.read(format, Readable.from(chunks))) out.push(item)
  return out
}

describe("Records", () => {
  it("reads CSV with quotes, embedded newlines and a BOM, across chunk boundaries", async () => {
    const items = await collect("csv", '\uFEFFid,name,U1\r\n1,"Siti, S.Pd",4\n2,"line', '\nbreak ""q""",3\n')
    expect(items).toEqual([
      { _tag: "Record", at: 2, value: { id: "1", name: "Siti, S.Pd", U1: "4" } },
      { _tag: "Record", at: 3, value: { id: "2", name: 'line\nbreak "q"', U1: "3" } }
    ])
  })

  it("reads semicolon CSV and reports rows with the wrong field count", async () => {
    const items = await collect("csv", "a;b\n1;2\n3\n")
    expect(items).toEqual([
      { _tag: "Record", at: 2, value: { a: "1", b: "2" } },
      { _tag: "SyntaxProblem", at: 3, message: "expected 2 fields, found 1" }
    ])
  })

  it("reads NDJSON line by line and reports a bad line by number", async () => {
    const items = await collect("ndjson", '{"a":1}\n\n{"a":', "2}\n{oops}\n")
    expect(items.map((i) => [i._tag, i.at])).toEqual([
      ["Record", 1],
      ["Record", 3],
      ["SyntaxProblem", 4]
    ])
  })

  it("streams a JSON array element by element, strings with brackets included", async () => {
    const items = await collect("json", '[{"a":"]},["}, ', '[1,2], "x\\"y"', " ]")
    expect(items).toEqual([
      { _tag: "Record", at: 1, value: { a: "]},[" } },
      { _tag: "Record", at: 2, value: [1, 2] },
      { _tag: "Record", at: 3, value: 'x"y' }
    ])
  })

  it.each([
    ["{}", "expected a JSON array"],
    ["[1,2", "unterminated JSON array"],
    ["[1] 2", "unexpected text after the array"]
  ])("rejects %s", async (text, message) => {
    const items = await collect("json", text)
    expect(items.at(-1)).toMatchObject({ _tag: "SyntaxProblem", message })
  })

  it("guesses the format from the file name", () => {
    expect(["a.csv", "b.ndjson", "c.jsonl", "d.json"].map(Records.formatOf)).toEqual([
      "csv",
      "ndjson",
      "ndjson",
      "json"
    ])
  })
})
