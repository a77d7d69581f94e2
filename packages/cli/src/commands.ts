/**
 * The commands of `pembinaan`. Each is data (path, options, help in both languages) plus a `run` function that
 * calls core and prints JSON.
 *
 * @since 0.1.0
 */
import type { ParseArgsConfig } from "node:util"
import { Exact, Presets, Quadrant, SampleSize, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { ExitCode, type Io, type Lang } from "./io.js"
import * as Records from "./records.js"

/**
 * Parsed arguments handed to a command.
 *
 * @since 0.1.0
 */
export interface Args {
  readonly values: Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>
  readonly positionals: ReadonlyArray<string>
}

/**
 * A command of the CLI.
 *
 * @since 0.1.0
 */
export interface Command {
  readonly path: ReadonlyArray<string>
  readonly usage: string
  readonly summary: Record<Lang, string>
  readonly help: Record<Lang, string>
  readonly options: NonNullable<ParseArgsConfig["options"]>
  readonly run: (args: Args, io: Io, lang: Lang) => Promise<number>
}

/**
 * Prints a value as one line of JSON.
 *
 * @since 0.1.0
 */
export const printJson = (io: Io, value: unknown): void | Promise<void> => io.stdout(`${JSON.stringify(value)}\n`)

/**
 * Prints a typed error as JSON on stderr: `{"error": tag, ...fields}`. Problems keep their paths.
 *
 * @since 0.1.0
 */
export const printError = (io: Io, error: { readonly _tag: string }): void => {
  const { _tag, ...fields } = error as unknown as Record<string, unknown>
  const plain = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== "stack" && k !== "message"))
  io.stderr(`${JSON.stringify({ error: _tag, ...plain })}\n`)
}

/** A usage error: message, then the command's help, exit 2. */
export const usageError = (io: Io, lang: Lang, command: Pick<Command, "help">, message: string): number => {
  io.stderr(`${message}\n\n${command.help[lang]}`)
  return ExitCode.usage
}

const ratingList = Quadrant.ratings.map((r) => `"${r}"`).join(", ")

/**
 * `pembinaan predikat --hasil <rating> --perilaku <rating>`.
 *
 * @since 0.1.0
 */
export const predikat: Command = {
  path: ["predikat"],
  usage: "predikat --hasil <rating> --perilaku <rating>",
  summary: {
    id: "predikat kinerja dari kuadran PermenPAN-RB 6/2022",
    en: "performance predikat from the PermenPAN-RB 6/2022 quadrant"
  },
  help: {
    id: `Pemakaian: pembinaan predikat --hasil <rating> --perilaku <rating>

Membaca predikat kinerja dari kuadran kinerja nasional (PermenPAN-RB 6/2022).
  --hasil <rating>      rating hasil kerja: ${ratingList}
  --perilaku <rating>   rating perilaku kerja: ${ratingList}

Contoh: pembinaan predikat --hasil "Diatas Ekspektasi" --perilaku "Dibawah Ekspektasi"
        {"predikat":"Kurang/Misconduct"}
`,
    en: `Usage: pembinaan predikat --hasil <rating> --perilaku <rating>

Reads the predikat from the national performance quadrant (PermenPAN-RB 6/2022).
  --hasil <rating>      rating of hasil kerja (work results): ${ratingList}
  --perilaku <rating>   rating of perilaku kerja (work behaviour): ${ratingList}

Example: pembinaan predikat --hasil "Diatas Ekspektasi" --perilaku "Dibawah Ekspektasi"
         {"predikat":"Kurang/Misconduct"}
`
  },
  options: { hasil: { type: "string" }, perilaku: { type: "string" } },
  run: async (args, io, lang) => {
    const { hasil, perilaku } = args.values
    if (typeof hasil !== "string" || typeof perilaku !== "string" || args.positionals.length > 0) {
      return usageError(
        io,
        lang,
        predikat,
        lang === "en" ? "both --hasil and --perilaku are required" : "--hasil dan --perilaku wajib diisi"
      )
    }
    const result = Quadrant.evaluate(Presets.national.quadrant, { hasilKerja: hasil, perilakuKerja: perilaku })
    if (Result.isFailure(result)) {
      printError(io, result.failure)
      return ExitCode.invalidInput
    }
    await printJson(io, { predikat: result.success.predikat })
    return ExitCode.ok
  }
}

const parseCount = (text: unknown): number | undefined =>
  typeof text === "string" && /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined

/**
 * `pembinaan sample-size <N>`: the Krejcie–Morgan sample for a population.
 *
 * @since 0.1.0
 */
export const sampleSize: Command = {
  path: ["sample-size"],
  usage: "sample-size <N>",
  summary: {
    id: "ukuran sampel Krejcie–Morgan untuk populasi N",
    en: "Krejcie–Morgan sample size for a population N"
  },
  help: {
    id: `Pemakaian: pembinaan sample-size <N>

Jumlah responden minimal untuk populasi N menurut Krejcie & Morgan (χ² = 3,841, P = 0,5, d = 0,05,
dibulatkan ke bilangan bulat terdekat; sama dengan tabel yang diterbitkan), seperti dipakai SKM
(PermenPAN-RB 14/2017).

Contoh: pembinaan sample-size 1000
        {"population":1000,"sampleSize":278}
`,
    en: `Usage: pembinaan sample-size <N>

The minimum number of respondents for a population of N by Krejcie & Morgan (χ² = 3.841, P = 0.5,
d = 0.05, rounded to the nearest integer, which reproduces the published table), as used for SKM
(PermenPAN-RB 14/2017).

Example: pembinaan sample-size 1000
         {"population":1000,"sampleSize":278}
`
  },
  options: {},
  run: async (args, io, lang) => {
    if (args.positionals.length !== 1) {
      return usageError(
        io,
        lang,
        sampleSize,
        lang === "en" ? "give exactly one population N" : "berikan tepat satu populasi N"
      )
    }
    const text = args.positionals[0]
    const population = parseCount(text) ?? (Number.isFinite(Number(text)) && text !== "" ? Number(text) : text)
    const result = SampleSize.required(Presets.skm.krejcieMorgan, population)
    if (Result.isFailure(result)) {
      printError(io, result.failure)
      return ExitCode.invalidInput
    }
    await printJson(io, { population: result.success.population, sampleSize: result.success.sample })
    return ExitCode.ok
  }
}

const BATCH = 10_000
const display4: Exact.Rounding = { scale: 4, mode: "half-up" }

/**
 * Reads survey answers (CSV with columns U1..U9, or JSON/NDJSON objects with those keys) into batches of responses,
 * collecting every problem with its path (`[record number, column]`).
 */
const readSurvey = async function* (
  items: AsyncIterable<Records.Item>,
  template: Survey.Template,
  problems: Array<{ path: Array<string | number>; message: string; code: string }>
): AsyncGenerator<Array<Survey.Response>> {
  let batch: Array<Survey.Response> = []
  for await (const item of items) {
    if (item._tag === "SyntaxProblem") {
      problems.push({ path: [item.at], message: item.message, code: "syntax" })
      continue
    }
    const record = item.value
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      problems.push({ path: [item.at], message: "expected an object with U1..U9", code: "type" })
      continue
    }
    const answers: Record<string, number> = {}
    let ok = true
    for (const element of template.elements) {
      const raw = (record as Record<string, unknown>)[element.id]
      const value = typeof raw === "string" ? (/^[1-4]$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN) : raw
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 4) {
        ok = false
        problems.push({
          path: [item.at, element.id],
          message:
            raw === undefined || raw === "" ? "missing answer" : `expected an answer 1–4, got ${JSON.stringify(raw)}`,
          code: raw === undefined || raw === "" ? "missing" : "invalid"
        })
        continue
      }
      answers[element.id] = value
    }
    if (!ok) continue
    batch.push({ template: { id: template.id, version: template.version }, answers })
    if (batch.length >= BATCH) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/**
 * `pembinaan ikm <file>`: the community satisfaction index of a file of survey answers.
 *
 * @since 0.1.0
 */
export const ikm: Command = {
  path: ["ikm"],
  usage: "ikm <file|-> [--population N] [--weighting exact|printed]",
  summary: {
    id: "Indeks Kepuasan Masyarakat (SKM, PermenPAN-RB 14/2017) dari berkas jawaban",
    en: "community satisfaction index (SKM, PermenPAN-RB 14/2017) from a file of answers"
  },
  help: {
    id: `Pemakaian: pembinaan ikm <berkas|-> [--population N] [--weighting exact|printed] [--format csv|json|ndjson]

Menghitung IKM dari jawaban survei: CSV dengan kolom U1..U9, atau larik JSON / NDJSON berisi objek dengan
kunci U1..U9 (jawaban 1–4). Berkas dibaca bertahap, jadi ukurannya tidak dibatasi memori.
  --population N      juga laporkan kecukupan sampel (Krejcie–Morgan)
  --weighting         exact: bobot tepat 1/9 (bawaan); printed: bobot 0,11 seperti laporan resmi
  --format            format berkas bila ekstensinya tidak jelas

Keluaran: respondents, nrr per unsur, ikm (1–4), nilai (25–100), mutu (A–D), kinerja, dan jejak perhitungan.
`,
    en: `Usage: pembinaan ikm <file|-> [--population N] [--weighting exact|printed] [--format csv|json|ndjson]

Computes the IKM from survey answers: a CSV with columns U1..U9, or a JSON array / NDJSON of objects with
keys U1..U9 (answers 1–4). The file is streamed, so its size is not bounded by memory.
  --population N      also report sample sufficiency (Krejcie–Morgan)
  --weighting         exact: weights of exactly 1/9 (default); printed: 0.11 as official reports print
  --format            the file's format when its extension does not tell

Output: respondents, nrr per element, ikm (1–4), nilai (25–100), mutu (A–D), kinerja, and the trace.
`
  },
  options: { population: { type: "string" }, weighting: { type: "string" }, format: { type: "string" } },
  run: async (args, io, lang) => {
    const [file, ...extra] = args.positionals
    const { population, weighting, format } = args.values
    if (!file || extra.length > 0) {
      return usageError(
        io,
        lang,
        ikm,
        lang === "en" ? "give exactly one file (or - for stdin)" : "berikan tepat satu berkas (atau - untuk stdin)"
      )
    }
    if (weighting !== undefined && weighting !== "exact" && weighting !== "printed") {
      return usageError(io, lang, ikm, "--weighting: exact | printed")
    }
    if (format !== undefined && format !== "csv" && format !== "json" && format !== "ndjson") {
      return usageError(io, lang, ikm, "--format: csv | json | ndjson")
    }
    const populationN = population === undefined ? undefined : parseCount(population)
    if (population !== undefined && populationN === undefined) {
      return usageError(
        io,
        lang,
        ikm,
        lang === "en" ? "--population must be a whole number" : "--population harus bilangan bulat"
      )
    }
    const template: Survey.Template = { ...Presets.skm.national2017, weighting: weighting ?? "exact" }
    const problems: Array<{ path: Array<string | number>; message: string; code: string }> = []
    let tally: Survey.Tally | undefined
    try {
      const items = Records.read(
        (format as Records.Format | undefined) ?? (file === "-" ? "csv" : Records.formatOf(file)),
        Records.open(file, io.stdin)
      )
      for await (const batch of readSurvey(items, template, problems)) {
        if (problems.length > 0) continue
        const t = Survey.tally(template, batch)
        if (Result.isFailure(t)) {
          printError(io, t.failure)
          return ExitCode.invalidInput
        }
        const combined: Result.Result<Survey.Tally, unknown> = tally
          ? Survey.combineTallies(tally, t.success)
          : Result.succeed(t.success)
        if (Result.isFailure(combined)) throw new Error("templates differ within one file")
        tally = combined.success
      }
    } catch (e) {
      io.stderr(`${JSON.stringify({ error: "FileUnreadable", file, message: (e as Error).message })}\n`)
      return ExitCode.invalidInput
    }
    if (problems.length > 0) {
      io.stderr(
        `${JSON.stringify({ error: "InvalidInput", subject: "SurveyFile", problems: problems.slice(0, 1000), total: problems.length })}\n`
      )
      return ExitCode.invalidInput
    }
    if (!tally) {
      io.stderr(`${JSON.stringify({ error: "NoResponses", file })}\n`)
      return ExitCode.invalidInput
    }
    const scored = Survey.fromTally(Presets.skm.policy, { template, tally })
    if (Result.isFailure(scored)) {
      printError(io, scored.failure)
      return ExitCode.invalidInput
    }
    const s = scored.success
    const ikmExact = Exact.multiply(Result.getOrThrow(Survey.readWeight(s.exact)), Exact.fraction(1, 25))
    const output: Record<string, unknown> = {
      respondents: s.respondents,
      nrr: Object.fromEntries(
        s.elements.map((e) => [e.id, Exact.round(Exact.fraction(e.total, e.respondents), display4).value])
      ),
      ikm: Exact.round(ikmExact, display4).value,
      nilai: s.nilai.value,
      mutu: s.mutu.label,
      kinerja: s.kinerja.label,
      weighting: template.weighting,
      exact: { ikm: Survey.ratio(ikmExact), nilai: s.exact }
    }
    if (populationN !== undefined) {
      const enough = SampleSize.sufficiency(Presets.skm.krejcieMorgan, {
        population: populationN,
        respondents: s.respondents
      })
      if (Result.isFailure(enough)) {
        printError(io, enough.failure)
        return ExitCode.invalidInput
      }
      output.sample = {
        population: populationN,
        required: enough.success.required,
        sufficient: enough.success.sufficient,
        shortfall: enough.success.shortfall
      }
    }
    await printJson(io, output)
    return ExitCode.ok
  }
}

/**
 * Every command, in the order help lists them.
 *
 * @since 0.1.0
 */
export const commands: ReadonlyArray<Command> = [predikat, sampleSize, ikm]
