/**
 * CSV export shared by the display widgets: RFC 4180 (comma separator, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled), a UTF-8 byte-order mark so Excel reads Indonesian text correctly,
 * and neutralisation of formula injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * is prefixed with `'` so a spreadsheet shows it as text instead of running it. Plain numbers (`-2.5`) are left as
 * they are, in machine format (a dot for decimals), so spreadsheets read them as numbers.
 *
 * @internal
 */

/** One cell: text, a number, or empty. */
export type Cell = string | number | boolean | null | undefined

const NUMBER = /^-?\d+(?:\.\d+)?$/
const DANGEROUS = /^[=+\-@\t\r]/

/** Neutralises a cell that a spreadsheet would read as a formula. */
export const neutralise = (text: string): string => (DANGEROUS.test(text) && !NUMBER.test(text) ? `'${text}` : text)

/** One RFC 4180 field. */
export const csvField = (cell: Cell): string => {
  if (cell === null || cell === undefined) return ""
  const text = neutralise(typeof cell === "string" ? cell : String(cell))
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV document (without the byte-order mark): rows joined with CRLF, ending with CRLF. */
export const toCsv = (rows: ReadonlyArray<ReadonlyArray<Cell>>): string =>
  rows.map((row) => row.map(csvField).join(",")).join("\r\n") + (rows.length > 0 ? "\r\n" : "")

/** The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = "\uFEFF"

/** A `text/csv` blob with the byte-order mark. */
export const csvBlob = (csv: string): Blob => new Blob([BOM, csv], { type: "text/csv;charset=utf-8" })

/** A file name safe on every system: letters, digits, dots, dashes and underscores. */
export const fileName = (base: string): string =>
  `${
    base
      .normalize("NFKD")
      .replace(/[^\w.-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase() || "data"
  }.csv`

/** Starts the download of a CSV file from a widget's shadow root (no navigation, no server). */
export const download = (root: Node, name: string, csv: string): void => {
  const url = URL.createObjectURL(csvBlob(csv))
  const a = document.createElement("a")
  a.href = url
  a.download = name
  a.hidden = true
  ;(root instanceof ShadowRoot ? root : document.body).append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** A cell holding core's exact text as a plain decimal (`"359/120 ≈ 2.991667"` → `"2.991667"`), others unchanged. */
export const plainDecimal = (cell: Cell): Cell => {
  if (typeof cell !== "string") return cell
  const m = /^\s*-?\d+\/\d+\s*≈\s*(-?\d+(?:\.\d+)?)\s*$/.exec(cell)
  return m ? (m[1] ?? cell) : cell
}

/**
 * Rows whose `columns` hold plain decimals, each followed at the end of the row by a column with the exact fraction
 * (`"359/120"`, empty when the value is a plain decimal). The first row is the header: the added columns are named
 * `<name> (<suffix>)`.
 */
export const withExactColumns = (
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  columns: ReadonlyArray<number>,
  suffix: string
): ReadonlyArray<ReadonlyArray<Cell>> =>
  rows.map((row, r) => {
    const exact = columns.map((c) => {
      const cell = row[c]
      if (r === 0) return `${String(cell ?? "")} (${suffix})`
      return typeof cell === "string" ? (/^\s*(-?\d+\/\d+)\s*≈/.exec(cell)?.[1] ?? "") : ""
    })
    return [...row.map((cell, c) => (r > 0 && columns.includes(c) ? plainDecimal(cell) : cell)), ...exact]
  })
