#!/usr/bin/env node
// The plain peer of `pembinaan ikm` in the SQL & ikm bench: a streaming loop over a survey CSV (header, then one
// answer 1–4 per unsur column, comma-separated, no quotes), summing answers and counting them per column, no
// validation beyond skipping blanks, floats. Prints {"respondents", "nrr": {column: sum / count}} as JSON.
import { createReadStream } from "node:fs"

let rest = ""
let header
let sums
let counts
let respondents = 0
const row = (line) => {
  if (line === "") return
  const cells = line.split(",")
  if (!header) {
    header = cells
    sums = new Float64Array(cells.length)
    counts = new Float64Array(cells.length)
    return
  }
  respondents++
  for (let k = 0; k < cells.length; k++) {
    const v = Number(cells[k])
    if (cells[k] !== "") {
      sums[k] += v
      counts[k]++
    }
  }
}
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const lines = (rest + chunk).split("\n")
  rest = lines.pop()
  for (const line of lines) row(line)
}
row(rest)
const nrr = Object.fromEntries(header.map((h, k) => [h, sums[k] / counts[k]]))
process.stdout.write(`${JSON.stringify({ respondents, nrr })}\n`)
