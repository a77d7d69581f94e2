/**
 * The commands of `pembinaan`. Each is data (path, options, help in both languages) plus a `run` function that
 * calls core and prints JSON.
 *
 * @since 0.1.0
 */

import { mkdir, stat } from "node:fs/promises"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import type { ParseArgsConfig } from "node:util"
import { Calendar, Exact, Input, Policy, Presets, Quadrant, type Rule, SampleSize, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { document } from "./document.js"
import { scoreWithDuckDb } from "./engine-duckdb.js"
import { handbook } from "./handbook.js"
import { readSurvey as readSurveyFile, type SurveyProblem } from "./ikm-read.js"
import { ExitCode, fileErrorMessage, type Io, type Lang, openFileOutput } from "./io.js"
import { loadDocument, loadPolicy, loadRules, printError } from "./load.js"
import { scoreNdjson, scoreParallel } from "./parallel.js"
import { policySql } from "./policy-sql.js"
import { presets } from "./presets.js"
import { applyProfile, forScoring, profiles, readOptionsOf } from "./profiles.js"
import * as Records from "./records.js"
import {
  annualCsvHeader,
  isKnownColumn,
  type RecordProblem,
  ScoredOutput,
  type Scorer,
  scoreItems,
  scoreWithHistory
} from "./score.js"
import type { Setup } from "./worker.js"

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
  /** Whether `--out FILE` redirects the command's output into a file written on success only. */
  readonly outFile?: boolean
}

/**
 * Prints a value as one line of JSON.
 *
 * @since 0.1.0
 */
export const printJson = (io: Io, value: unknown): void | Promise<void> => io.stdout(`${JSON.stringify(value)}\n`)

export { printError } from "./load.js"

/** A usage error: message, then the command's help, exit 2. */
export const usageError = (io: Io, lang: Lang, command: Pick<Command, "help">, message: string): number => {
  io.stderr(`${message}\n\n${command.help[lang]}`)
  return ExitCode.usage
}

/**
 * How input is read, from the options every reading command shares: `--locale id|en`, `--encoding
 * utf-8|windows-1252`, `--delimiter`, `--max-line`.
 *
 * @since 0.2.0
 */
export interface Reading {
  readonly locale: Input.NumberLocale | undefined
  readonly records: Records.ReadOptions
}

/** The shared reading options (merged into a command's own). */
export const readingOptions = {
  locale: { type: "string" },
  encoding: { type: "string" },
  delimiter: { type: "string" },
  "max-line": { type: "string" }
} as const

/**
 * Reads a whole number given on the command line with the one number reader (`Input.readNumber`): `15.000` is
 * refused without `--locale` (it is 15000 in id and 15 in en), `0x10` and `0b11` always.
 *
 * @since 0.2.0
 */
export const readCount = (
  text: unknown,
  locale: Input.NumberLocale | undefined,
  lang: Lang
): { ok: true; value: number } | { ok: false; message: string; reason: string } => {
  if (typeof text !== "string") return { ok: false, message: "", reason: "empty" }
  const n = Input.readNumber(text, { locale, integer: true })
  if (Result.isFailure(n)) return { ok: false, message: n.failure.messages[lang], reason: n.failure.reason }
  return { ok: true, value: n.success }
}

/** Reads the shared reading options; a message when one is wrong. */
const readingOf = (values: Args["values"], lang: Lang): Reading | string => {
  const { locale, encoding, delimiter, "max-line": maxLine } = values
  if (locale !== undefined && locale !== "id" && locale !== "en") return "--locale: id | en"
  if (encoding !== undefined && encoding !== "utf-8" && encoding !== "windows-1252") {
    return "--encoding: utf-8 | windows-1252"
  }
  const tab = delimiter === "tab" || delimiter === "\\t" ? "\t" : delimiter
  if (tab !== undefined && (typeof tab !== "string" || ![",", ";", "\t", "|"].includes(tab))) {
    return '--delimiter: "," | ";" | tab | "|"'
  }
  let max: number | undefined
  if (maxLine !== undefined) {
    const n = readCount(maxLine, undefined, lang)
    if (!n.ok || n.value < 1)
      return lang === "en" ? "--max-line: a number of characters" : "--max-line: jumlah karakter"
    max = n.value
  }
  return {
    locale: locale as Input.NumberLocale | undefined,
    records: {
      encoding: encoding as Records.Encoding | undefined,
      delimiter: tab as string | undefined,
      maxLine: max,
      lang
    }
  }
}

const readingHelp = {
  id: `  --locale id|en      locale angka: id (1.250,5) atau en (1,250.5); tanpa ini angka bermakna ganda (1.250)
                      ditolak dengan kedua pembacaannya
  --encoding E        utf-8 (bawaan; byte tidak valid = galat dengan nomor baris) atau windows-1252
  --delimiter D       pemisah CSV: , ; tab | (bawaan: dikenali dari baris judul)
  --max-line N        panjang baris maksimum dalam karakter (bawaan: 8388608)`,
  en: `  --locale id|en      number locale: id (1.250,5) or en (1,250.5); without it a number with two readings
                      (1.250) is refused, naming both
  --encoding E        utf-8 (default; an invalid byte is an error naming the line) or windows-1252
  --delimiter D       CSV delimiter: , ; tab | (default: detected from the header line)
  --max-line N        the longest line read, in characters (default: 8388608)`
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

/**
 * `pembinaan sample-size <N>`: the Krejcie–Morgan sample for a population.
 *
 * @since 0.1.0
 */
export const sampleSize: Command = {
  path: ["sample-size"],
  usage: "sample-size <N> [--locale id|en]",
  summary: {
    id: "ukuran sampel Krejcie–Morgan untuk populasi N",
    en: "Krejcie–Morgan sample size for a population N"
  },
  help: {
    id: `Pemakaian: pembinaan sample-size <N>

Jumlah responden minimal untuk populasi N menurut Krejcie & Morgan (χ² = 3,841, P = 0,5, d = 0,05,
dibulatkan ke bilangan bulat terdekat; sama dengan tabel yang diterbitkan), seperti dipakai SKM
(PermenPAN-RB 14/2017).

N dibaca seperti setiap angka lain: 15.000 ditolak tanpa --locale (15000 dalam id, 15 dalam en);
0x10 dan 0b11 ditolak.
  --locale id|en      locale angka

Contoh: pembinaan sample-size 1000
        {"population":1000,"sampleSize":278}
`,
    en: `Usage: pembinaan sample-size <N>

The minimum number of respondents for a population of N by Krejcie & Morgan (χ² = 3.841, P = 0.5,
d = 0.05, rounded to the nearest integer, which reproduces the published table), as used for SKM
(PermenPAN-RB 14/2017).

N is read like every other number: 15.000 is refused without --locale (15000 in id, 15 in en);
0x10 and 0b11 are refused.
  --locale id|en      number locale

Example: pembinaan sample-size 1000
         {"population":1000,"sampleSize":278}
`
  },
  options: { locale: { type: "string" } },
  run: async (args, io, lang) => {
    if (args.positionals.length !== 1) {
      return usageError(
        io,
        lang,
        sampleSize,
        lang === "en" ? "give exactly one population N" : "berikan tepat satu populasi N"
      )
    }
    const { locale } = args.values
    if (locale !== undefined && locale !== "id" && locale !== "en") {
      return usageError(io, lang, sampleSize, "--locale: id | en")
    }
    const text = args.positionals[0] as string
    const read = Input.readNumber(text, { locale: locale as Input.NumberLocale | undefined })
    if (Result.isFailure(read)) {
      const f = read.failure
      io.stderr(
        `${JSON.stringify({
          error: "InvalidInput",
          subject: "SampleSizeInput",
          problems: [
            {
              path: ["population"],
              message: f.messages[lang],
              code: f.reason,
              ...(f.readings ? { readings: f.readings } : {})
            }
          ]
        })}\n`
      )
      return ExitCode.invalidInput
    }
    const population = read.success
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

/** Loads `--template 9|10|14|FILE`. */
const loadTemplate = async (io: Io, spec: string): Promise<Survey.Template | undefined> =>
  (Presets.skm.templates as Readonly<Record<string, Survey.Template>>)[spec] ??
  loadDocument(io, spec, Survey.decodeTemplate)

/**
 * `pembinaan ikm <file>`: the community satisfaction index of a file of survey answers.
 *
 * @since 0.1.0
 */
export const ikm: Command = {
  path: ["ikm"],
  outFile: true,
  usage: "ikm <file|-> [--template 9|10|14|FILE] [--population N]",
  summary: {
    id: "Indeks Kepuasan Masyarakat (SKM, PermenPAN-RB 14/2017) dari berkas jawaban",
    en: "community satisfaction index (SKM, PermenPAN-RB 14/2017) from a file of answers"
  },
  help: {
    id: `Pemakaian: pembinaan ikm <berkas|-> [--template 9|10|14|BERKAS] [--population N] [opsi]

Menghitung IKM dari jawaban survei: CSV dengan satu kolom per unsur (U1..U9, u1, atau nama unsur seperti
Persyaratan), atau larik JSON / NDJSON berisi objek dengan kunci yang sama (jawaban 1–4). Berkas dibaca bertahap.
  --template T        9 (nasional 2017, bawaan), 10 (nasional + 1 unsur tambahan), 14 (KepMenPAN 25/2004),
                      atau berkas JSON templat
  --ignore-extra      abaikan kolom yang bukan unsur templat (dengan satu peringatan); tanpa ini: galat
  --blank per-unsur|refuse  jawaban kosong: per-unsur (bawaan; bacaan harfiah "Σ nilai unsur / jumlah kuesioner
                      terisi", kosong hanya mengurangi hitungan unsur itu) atau refuse (galat)
  --dedupe ticket     satu tiket layanan dihitung sekali: dari jawaban bertiket sama (setelah Ticket.normalise:
                      huruf kecil, tanpa karakter tak terlihat, pemisah atau huruf kembar Kiril/Yunani) hanya
                      yang terakhir dinilai; jawaban tanpa tiket tetap dihitung; jumlah yang digabung dilaporkan
  --ticket-column K   kolom tiket untuk --dedupe (bawaan: ticket atau tiket, huruf besar/kecil sama)
  --population N      juga laporkan kecukupan sampel (Krejcie–Morgan)
  --weighting         exact: bobot tepat 1/n (bawaan); printed: bobot dibulatkan (0,11) seperti laporan resmi
  --format json|widget  keluaran: json (bawaan) atau widget (JSON yang diterima <asn-ikm-report>)
  --input csv|json|ndjson  format berkas bila ekstensinya tidak jelas
  --unit U, --period P  unit dan periode untuk keluaran widget
  --out <berkas>      tulis ke berkas sementara, ganti nama hanya bila berhasil
${readingHelp.id}

Keluaran: respondents, nrr per unsur, ikm (1–4), nilai (= ikm × 25), mutu (A–D), kinerja, dan jejak perhitungan.
`,
    en: `Usage: pembinaan ikm <file|-> [--template 9|10|14|FILE] [--population N] [options]

Computes the IKM from survey answers: a CSV with one column per unsur (U1..U9, u1, or the unsur's name such as
Persyaratan), or a JSON array / NDJSON of objects with the same keys (answers 1–4). The file is streamed.
  --template T        9 (national 2017, default), 10 (national + 1 added unsur), 14 (KepMenPAN 25/2004),
                      or a template JSON file
  --ignore-extra      ignore columns that are not unsur of the template (with one warning); otherwise an error
  --blank per-unsur|refuse  blank answers: per-unsur (default; the literal reading of "Σ nilai unsur / jumlah
                      kuesioner terisi": a blank lowers only that unsur's count) or refuse (an error)
  --dedupe ticket     a service ticket counts once: of the answers with the same ticket (after Ticket.normalise:
                      lower case, no zero-width characters, separators or Cyrillic/Greek look-alikes) only the
                      last is scored; answers without a ticket all count; the number merged is reported
  --ticket-column C   the ticket column for --dedupe (default: ticket or tiket, in any case)
  --population N      also report sample sufficiency (Krejcie–Morgan)
  --weighting         exact: weights of exactly 1/n (default); printed: rounded (0.11) as official reports print
  --format json|widget  output: json (default) or widget (the JSON <asn-ikm-report> takes)
  --input csv|json|ndjson  the file's format when its extension does not tell
  --unit U, --period P  unit and period for the widget output
  --out <file>        write to a temporary file, renamed only on success
${readingHelp.en}

Output: respondents, nrr per unsur, ikm (1–4), nilai (= ikm × 25), mutu (A–D), kinerja, and the trace.
`
  },
  options: {
    population: { type: "string" },
    weighting: { type: "string" },
    format: { type: "string" },
    input: { type: "string" },
    template: { type: "string" },
    "ignore-extra": { type: "boolean" },
    blank: { type: "string" },
    dedupe: { type: "string" },
    "ticket-column": { type: "string" },
    unit: { type: "string" },
    period: { type: "string" },
    out: { type: "string" },
    ...readingOptions
  },
  run: async (args, io, lang) => {
    const en = lang === "en"
    const [file, ...extra] = args.positionals
    const { population, weighting, template: templateSpec, blank = "per-unsur", unit, period } = args.values
    if (!file || extra.length > 0) {
      return usageError(
        io,
        lang,
        ikm,
        en ? "give exactly one file (or - for stdin)" : "berikan tepat satu berkas (atau - untuk stdin)"
      )
    }
    if (weighting !== undefined && weighting !== "exact" && weighting !== "printed") {
      return usageError(io, lang, ikm, "--weighting: exact | printed")
    }
    // --format csv|json|ndjson named the input format before --input existed; it still does.
    const legacyInput = ["csv", "ndjson"].includes(String(args.values.format)) ? String(args.values.format) : undefined
    const format = legacyInput ? "json" : (args.values.format ?? "json")
    if (format !== "json" && format !== "widget") return usageError(io, lang, ikm, "--format: json | widget")
    const input = args.values.input ?? legacyInput
    if (input !== undefined && input !== "csv" && input !== "json" && input !== "ndjson") {
      return usageError(io, lang, ikm, "--input: csv | json | ndjson")
    }
    if (blank !== "per-unsur" && blank !== "refuse") return usageError(io, lang, ikm, "--blank: per-unsur | refuse")
    const { dedupe, "ticket-column": ticketColumn } = args.values
    if (dedupe !== undefined && dedupe !== "ticket") return usageError(io, lang, ikm, "--dedupe: ticket")
    if (
      ticketColumn !== undefined &&
      (dedupe === undefined || typeof ticketColumn !== "string" || !ticketColumn.trim())
    ) {
      return usageError(
        io,
        lang,
        ikm,
        en
          ? "--ticket-column needs a column name and --dedupe ticket"
          : "--ticket-column perlu nama kolom dan --dedupe ticket"
      )
    }
    const tickets =
      dedupe === "ticket"
        ? { columns: typeof ticketColumn === "string" ? [ticketColumn] : ["ticket", "tiket"], seen: undefined }
        : undefined
    const reading = readingOf(args.values, lang)
    if (typeof reading === "string") return usageError(io, lang, ikm, reading)
    const populationRead = population === undefined ? undefined : readCount(population, reading.locale, lang)
    if (populationRead !== undefined && !populationRead.ok) {
      return usageError(
        io,
        lang,
        ikm,
        `--population: ${populationRead.message || (en ? "a whole number" : "bilangan bulat")}`
      )
    }
    const populationN = populationRead?.ok ? populationRead.value : undefined
    const base = await loadTemplate(io, typeof templateSpec === "string" ? templateSpec : "9")
    if (!base) return ExitCode.invalidInput
    const template: Survey.Template = {
      ...base,
      weighting: (weighting as Survey.Weighting | undefined) ?? base.weighting ?? "exact"
    }
    const problems: Array<SurveyProblem> = []
    const warnings = new Set<string>()
    let tally: Survey.Tally | undefined
    let byTicket: ReadonlyMap<string, Survey.Response> = new Map()
    const dedupeCount = { ticketed: 0, ticketless: 0 }
    try {
      // The reader of `score` (CSV rows, NDJSON lines), validated column by column and tallied as it reads.
      const read = await readSurveyFile(
        (input as Records.Format | undefined) ?? (file === "-" ? "csv" : Records.formatOf(file)),
        Records.open(file, io.stdin),
        reading.records,
        template,
        {
          blanks: blank as Survey.Blanks,
          ignoreExtra: args.values["ignore-extra"] === true,
          lang,
          ...(tickets ? { tickets } : {})
        },
        problems,
        warnings
      )
      tally = read.tally
      byTicket = read.byTicket
      dedupeCount.ticketed = read.ticketed
      dedupeCount.ticketless = read.ticketless
      // --dedupe ticket: the last answer per (normalised) ticket is tallied at the end (memory grows with the number
      // of distinct tickets, not of answers); answers without a ticket were tallied as they came
      if (tickets && problems.length === 0) {
        const kept = [...byTicket.values()]
        for (let i = 0; i < kept.length; i += BATCH) {
          const t = Survey.tally(template, kept.slice(i, i + BATCH), { blanks: blank as Survey.Blanks })
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
      }
    } catch (e) {
      return unreadableFile(io, file, e, lang)
    }
    if (tickets && tickets.seen === undefined && problems.length === 0 && tally !== undefined) {
      const names = tickets.columns.join(" / ")
      problems.push({
        path: [],
        message: en
          ? `--dedupe ticket: no ticket column (${names}) in the file; give --ticket-column`
          : `--dedupe ticket: tidak ada kolom tiket (${names}) dalam berkas; berikan --ticket-column`,
        code: "no-ticket-column"
      })
    }
    const merged = dedupeCount.ticketed - byTicket.size
    if (tickets && problems.length === 0) {
      io.stderr(
        `${JSON.stringify({
          notice: "MergedByTicket",
          merged,
          tickets: byTicket.size,
          ticketless: dedupeCount.ticketless,
          message: en
            ? `${merged} answers merged: each ticket counts once (${byTicket.size} tickets, ${dedupeCount.ticketless} answers without a ticket)`
            : `${merged} jawaban digabung: setiap tiket dihitung sekali (${byTicket.size} tiket, ${dedupeCount.ticketless} jawaban tanpa tiket)`
        })}\n`
      )
    }
    if (warnings.size > 0) {
      io.stderr(
        `${JSON.stringify({
          warning: "IgnoredColumns",
          columns: [...warnings],
          message: en
            ? "these columns are not unsur of the template and were ignored"
            : "kolom ini bukan unsur templat dan diabaikan"
        })}\n`
      )
    }
    if (problems.length > 0) {
      io.stderr(
        `${JSON.stringify({ error: "InvalidInput", subject: "SurveyFile", problems: problems.slice(0, 1000), total: problems.length })}\n`
      )
      return ExitCode.invalidInput
    }
    if (!tally) {
      io.stderr(
        `${JSON.stringify({ error: "NoResponses", file, message: en ? "no answers in the file" : "tidak ada jawaban dalam berkas" })}\n`
      )
      return ExitCode.invalidInput
    }
    const scored = Survey.fromTally(Presets.skm.policy, { template, tally, blanks: blank as Survey.Blanks })
    if (Result.isFailure(scored)) {
      printError(io, scored.failure)
      return ExitCode.invalidInput
    }
    const s = scored.success
    let sample: SampleSize.Sufficiency | undefined
    if (populationN !== undefined) {
      const enough = SampleSize.sufficiency(Presets.skm.krejcieMorgan, {
        population: populationN,
        respondents: s.respondents
      })
      if (Result.isFailure(enough)) {
        printError(io, enough.failure)
        return ExitCode.invalidInput
      }
      sample = enough.success
    }
    if (format === "widget") {
      await printJson(io, {
        ...(typeof unit === "string" ? { unit } : {}),
        ...(typeof period === "string" ? { period } : {}),
        score: s,
        ...(sample ? { sample } : {})
      })
      return ExitCode.ok
    }
    const ikmExact = Exact.multiply(Result.getOrThrow(Survey.readWeight(s.exact)), Exact.fraction(1, 25))
    // nilai is ikm × 25 as printed (self-consistent with ikm); when the mutu table clamps it (the printed 0.11 weights
    // can reach 24.75 < 25), the value the table read is shown beside it.
    const nilai = Exact.round(Exact.multiply(ikmExact, Exact.int(25)), Presets.skm.policy.mutu.rounding).value
    const output: Record<string, unknown> = {
      template: { id: template.id, version: template.version, elements: template.elements.length },
      respondents: s.respondents,
      nrr: Object.fromEntries(
        s.elements.map((e) => [e.id, Exact.round(Exact.fraction(e.total, e.respondents), display4).value])
      ),
      answered: Object.fromEntries(s.elements.map((e) => [e.id, e.respondents])),
      ikm: Exact.round(ikmExact, display4).value,
      nilai,
      ...(s.mutu.trace.clamped ? { clampedTo: s.nilai.value } : {}),
      mutu: s.mutu.label,
      kinerja: s.kinerja.label,
      weighting: template.weighting,
      blanks: blank,
      ...(tickets
        ? {
            dedupe: {
              by: "ticket",
              column: tickets.seen,
              answers: dedupeCount.ticketed + dedupeCount.ticketless,
              merged,
              tickets: byTicket.size,
              ticketless: dedupeCount.ticketless
            }
          }
        : {}),
      exact: { ikm: Survey.ratio(ikmExact), nilai: s.exact }
    }
    if (sample) {
      output.sample = {
        population: populationN,
        required: sample.required,
        sufficient: sample.sufficient,
        shortfall: sample.shortfall
      }
    }
    await printJson(io, output)
    return ExitCode.ok
  }
}

const presetNames = Object.keys(presets).join(", ")

/** A file that cannot be read: a clear message, exit 1. */
const unreadableFile = (io: Io, file: string, e: unknown, lang: Lang): number => {
  const { code, message } = fileErrorMessage(e, lang)
  io.stderr(`${JSON.stringify({ error: "FileUnreadable", file, code, message })}\n`)
  return ExitCode.invalidInput
}

/** An async iterator whose first item can be looked at before iterating. */
const peekable = <A>(source: AsyncIterable<A>): AsyncIterable<A> & { peek: () => Promise<A | undefined> } => {
  const it = source[Symbol.asyncIterator]()
  let first: IteratorResult<A> | undefined
  return {
    peek: async () => {
      first ??= await it.next()
      return first.done ? undefined : first.value
    },
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (first) {
          const f = first
          first = undefined
          return f
        }
        return it.next()
      }
    })
  }
}

/**
 * Reads a unit-context file (`--context`): CSV, NDJSON or a JSON array of rows `unit`, `ikm` (0–100), `mutu` (A–D),
 * joined to evaluations by their `unit` column.
 */
const loadContext = async (
  io: Io,
  file: string,
  reading: Reading,
  lang: Lang
): Promise<Map<string, Rule.Facts["unit"]> | undefined> => {
  const context = new Map<string, Rule.Facts["unit"]>()
  const problems: Array<RecordProblem> = []
  try {
    for await (const item of Records.read(Records.formatOf(file), Records.open(file, io.stdin), reading.records)) {
      if (item._tag === "SyntaxProblem") {
        problems.push({ path: [item.at], message: item.message, code: "syntax" })
        continue
      }
      const row = item.value as Record<string, unknown>
      const unit = typeof row.unit === "string" ? row.unit.trim() : typeof row.unit === "number" ? String(row.unit) : ""
      if (unit === "") {
        problems.push({
          path: [item.at, "unit"],
          message: lang === "en" ? "missing unit" : "unit kosong",
          code: "missing"
        })
        continue
      }
      const facts: { ikm?: number; mutu?: "A" | "B" | "C" | "D" } = {}
      if (row.ikm !== undefined && row.ikm !== "") {
        const n = typeof row.ikm === "number" ? row.ikm : Input.readNumber(String(row.ikm), { locale: reading.locale })
        if (typeof n === "number") facts.ikm = n
        else if (Result.isSuccess(n)) facts.ikm = n.success
        else {
          problems.push({ path: [item.at, "ikm"], message: n.failure.messages[lang], code: n.failure.reason })
          continue
        }
      }
      if (row.mutu !== undefined && row.mutu !== "") {
        const m = String(row.mutu).trim().toUpperCase()
        if (m !== "A" && m !== "B" && m !== "C" && m !== "D") {
          problems.push({ path: [item.at, "mutu"], message: "mutu: A | B | C | D", code: "invalid" })
          continue
        }
        facts.mutu = m
      }
      if (context.has(unit)) {
        problems.push({
          path: [item.at, "unit"],
          message: lang === "en" ? `unit "${unit}" appears twice` : `unit "${unit}" muncul dua kali`,
          code: "duplicate"
        })
        continue
      }
      context.set(unit, facts)
    }
  } catch (e) {
    unreadableFile(io, file, e, lang)
    return undefined
  }
  if (problems.length > 0) {
    io.stderr(`${JSON.stringify({ error: "InvalidInput", subject: "ContextFile", file, problems })}\n`)
    return undefined
  }
  return context
}

const PROGRESS_EVERY = 100_000
const MAX_LISTED_PROBLEMS = 1000

/**
 * `pembinaan score <file> --policy <file|preset>`: scores a file of evaluations.
 *
 * @since 0.1.0
 */
export const score: Command = {
  path: ["score"],
  outFile: true,
  usage: "score <file|-> --policy <file|preset>",
  summary: {
    id: "menilai berkas evaluasi (CSV, JSON, NDJSON) dengan kebijakan dan aturannya",
    en: "score a file of evaluations (CSV, JSON, NDJSON) under a policy and its rules"
  },
  help: {
    id: `Pemakaian: pembinaan score <berkas|-> --policy <berkas|preset> [opsi]

Menilai setiap evaluasi pegawai dalam berkas: nilai, pita, rating hasil dan perilaku kerja, predikat, keputusan
tindak lanjut (penghargaan, pembinaan) dan jejak perhitungan. Berkas dibaca dan ditulis bertahap (memori terbatas).
  --policy <berkas|preset>   dokumen kebijakan JSON, atau preset: ${presetNames}; locale kebijakan (id|en) dipakai
                             untuk angka bila --locale tidak diberikan
  --rules <berkas|preset|none>  kumpulan aturan (bawaan: aturan preset kebijakan, atau aturan nasional)
  --format json|ndjson|csv|widget  format keluaran (bawaan: json; csv tanpa jejak; widget: larik data
                             yang diterima <asn-scorecard>, satu per rekaman)
  --input csv|json|ndjson    format masukan bila ekstensi berkas tidak jelas
  --as-of YYYY-MM-DD         tanggal keputusan (bawaan: akhir periode tiap evaluasi)
  --trace full|none          sertakan jejak perhitungan (bawaan: full; none untuk berkas sangat besar)
  --workers N                jumlah thread (bawaan: semua inti untuk berkas NDJSON/CSV > 8 MB, selain itu 1)
  --stats                    cetak jumlah rekaman, waktu dan memori puncak ke stderr
  --annual                   hasil tahunan per pegawai (strategi tahunan kebijakan; termasuk --history)
  --history                  berkas bentuk panjang: beberapa periode per pegawai (urutan bebas) menjadi riwayat aturan
  --context <berkas>         konteks unit (kolom unit, ikm, mutu) digabung lewat kolom unit
  --out <berkas>             tulis ke berkas sementara, ganti nama hanya bila berhasil
${readingHelp.id}
  --engine js|duckdb         mesin penilaian (duckdb: kebijakan dan aturan dikompilasi ke SQL; perlu --trace none)
  --compact                  JSON/NDJSON ringkas: keputusan sebagai daftar kode hasil (jenis dan label ada di aturan)

Kolom CSV: employee, period, scorecard, hasilKerja, perilakuKerja, satu kolom per nilai BerAKHLAK
(berorientasi-pelayanan, akuntabel, …), dan per indikator target:<kode> serta realisasi:<kode> (target rentang: 80..120).
Rekaman JSON: masukan evaluasi, ditambah history (periode sebelumnya) dan facts (fakta aturan lain) bila ada.
`,
    en: `Usage: pembinaan score <file|-> --policy <file|preset> [options]

Scores every employee evaluation in the file: score, band, hasil and perilaku kerja ratings, predikat, follow-up
decisions (rewards, remediation) and the trace. The file is read and written as a stream (bounded memory).
  --policy <file|preset>     a policy document (JSON), or a preset: ${presetNames}; the policy's locale (id|en)
                             reads the numbers when --locale is not given
  --rules <file|preset|none> the rule set (default: the policy preset's rules, else the national rules)
  --format json|ndjson|csv|widget  output format (default: json; csv has no trace; widget: an array of the
                             data <asn-scorecard> takes, one per record)
  --input csv|json|ndjson    input format when the file extension does not tell
  --as-of YYYY-MM-DD         decision date (default: the end of each evaluation's period)
  --trace full|none          include the trace (default: full; none for very large files)
  --workers N                threads (default: every core for NDJSON/CSV files over 8 MB, otherwise 1)
  --stats                    print records, time and peak memory to stderr
  --annual                   the annual result per employee (the policy's annual strategy; implies --history)
  --history                  long format: several periods per employee (any order) become the rules' history
  --context <file>           unit context (columns unit, ikm, mutu) joined by the unit column
  --out <file>               write to a temporary file, renamed only on success
${readingHelp.en}
  --engine js|duckdb         scoring engine (duckdb: the policy and rules compiled to SQL; needs --trace none)
  --compact                  compact JSON/NDJSON: decisions as a list of outcome ids (kinds and labels are in the rules)

CSV columns: employee, period, scorecard, hasilKerja, perilakuKerja, one column per BerAKHLAK value
(berorientasi-pelayanan, akuntabel, …), and per indicator target:<id> and realisasi:<id> (a range target: 80..120).
JSON records: an evaluation input, plus history (earlier periods) and facts (other rule facts) if any.
`
  },
  options: {
    policy: { type: "string" },
    rules: { type: "string" },
    format: { type: "string" },
    input: { type: "string" },
    "as-of": { type: "string" },
    trace: { type: "string" },
    workers: { type: "string" },
    stats: { type: "boolean" },
    history: { type: "boolean" },
    annual: { type: "boolean" },
    context: { type: "string" },
    out: { type: "string" },
    ...readingOptions,
    engine: { type: "string" },
    compact: { type: "boolean" }
  },
  run: async (args, io, lang) => {
    const [file, ...extra] = args.positionals
    const {
      policy: policySpec,
      rules: rulesSpec,
      format = "json",
      input,
      "as-of": asOf,
      trace = "full",
      workers: workersSpec,
      stats,
      history: historyFlag,
      annual,
      context: contextFile
    } = args.values
    const history = historyFlag === true || annual === true
    const en = lang === "en"
    if (!file || extra.length > 0)
      return usageError(io, lang, score, en ? "give exactly one file (or -)" : "berikan tepat satu berkas (atau -)")
    if (typeof policySpec !== "string")
      return usageError(io, lang, score, en ? "--policy is required" : "--policy wajib diisi")
    if (format !== "json" && format !== "ndjson" && format !== "csv" && format !== "widget")
      return usageError(io, lang, score, "--format: json | ndjson | csv | widget")
    if (input !== undefined && input !== "csv" && input !== "json" && input !== "ndjson") {
      return usageError(io, lang, score, "--input: csv | json | ndjson")
    }
    if (asOf !== undefined && (typeof asOf !== "string" || Calendar.dayNumber(asOf) === undefined)) {
      return usageError(io, lang, score, "--as-of: YYYY-MM-DD")
    }
    if (trace !== "full" && trace !== "none") return usageError(io, lang, score, "--trace: full | none")
    const readingGiven = readingOf(args.values, lang)
    if (typeof readingGiven === "string") return usageError(io, lang, score, readingGiven)
    const workersRead = workersSpec === undefined ? undefined : readCount(workersSpec, undefined, lang)
    const workersAsked = workersRead?.ok ? workersRead.value : undefined
    if (workersSpec !== undefined && (workersAsked === undefined || workersAsked < 1 || workersAsked > 64)) {
      return usageError(io, lang, score, "--workers: 1..64")
    }
    const loaded = await loadPolicy(io, policySpec)
    if (!loaded) return ExitCode.invalidInput
    const { policy } = loaded
    // The policy's own number locale reads the file when --locale is not given; an explicit one that disagrees wins.
    if (policy.locale !== undefined && readingGiven.locale !== undefined && readingGiven.locale !== policy.locale) {
      io.stderr(
        `${JSON.stringify({
          warning: "LocaleOverridesPolicy",
          locale: readingGiven.locale,
          policyLocale: policy.locale,
          message: en
            ? `--locale ${readingGiven.locale} is used, not the policy's locale ${policy.locale}`
            : `--locale ${readingGiven.locale} dipakai, bukan locale kebijakan ${policy.locale}`
        })}\n`
      )
    }
    const reading: Reading = { ...readingGiven, locale: readingGiven.locale ?? policy.locale }
    let rules: Rule.RuleSet | null | undefined = loaded.rules ?? Presets.rules.national
    if (typeof rulesSpec === "string") {
      rules = await loadRules(io, rulesSpec)
      if (rules === undefined) return ExitCode.invalidInput
    }
    if (args.values.compact === true && args.values.engine === "duckdb") {
      return usageError(io, lang, score, en ? "--compact needs --engine js" : "--compact perlu --engine js")
    }
    if (args.values.engine === "duckdb") {
      if (history || contextFile !== undefined || format === "widget" || args.values.out !== undefined) {
        return usageError(
          io,
          lang,
          score,
          en
            ? "--engine duckdb scores single periods: --annual, --history, --context, --out and --format widget need --engine js"
            : "--engine duckdb menilai periode tunggal: --annual, --history, --context, --out dan --format widget perlu --engine js"
        )
      }
      const duckInput = (input as Records.Format | undefined) ?? (file === "-" ? "ndjson" : Records.formatOf(file))
      return scoreWithDuckDb({
        io,
        lang,
        file,
        input: duckInput,
        policy,
        rules,
        trace: trace === "full",
        format,
        stats
      })
    }
    if (args.values.engine !== undefined && args.values.engine !== "js") {
      return usageError(io, lang, score, "--engine: js | duckdb")
    }
    let context: Map<string, Rule.Facts["unit"]> | undefined
    if (typeof contextFile === "string") {
      const loadedContext = await loadContext(io, contextFile, reading, lang)
      if (!loadedContext) return ExitCode.invalidInput
      context = loadedContext
    }
    const inputFormat = (input as Records.Format | undefined) ?? (file === "-" ? "ndjson" : Records.formatOf(file))
    // CSV: the columns the scorer does not read are kept, and written into CSV output in header order.
    // NDJSON (without history) is read in pieces of bytes (`pieces.ts`), on worker threads or not; everything else
    // as items.
    const inPieces = inputFormat === "ndjson" && !history
    const source = inPieces
      ? undefined
      : peekable(Records.rawItems(inputFormat, Records.open(file, io.stdin), reading.records))
    let extraColumns: ReadonlyArray<string> = []
    try {
      const first = await source?.peek()
      if (inputFormat === "csv" && first?._tag === "Record") {
        extraColumns = Object.keys(first.value as object).filter((c) => !isKnownColumn(c))
      }
    } catch (e) {
      return unreadableFile(io, file, e, lang)
    }
    const scorer: Scorer = {
      policy,
      rules: rules ?? undefined,
      asOf: asOf as string | undefined,
      trace: trace === "full",
      cells: { locale: reading.locale, lang },
      widget: format === "widget",
      extraColumns,
      ...(context ? { context } : {}),
      ...(args.values.compact === true ? { compact: true } : {})
    }
    const started = performance.now()
    const report = (records: number) => {
      if (stats) {
        const seconds = (performance.now() - started) / 1000
        const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024)
        io.stderr(
          `${JSON.stringify({ stats: { records, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(records / seconds), maxRssMB } })}\n`
        )
      }
    }
    // Large files (or --workers N) are scored on every core; JSON arrays and small inputs in this thread.
    let workers = workersAsked ?? 1
    if (workersAsked === undefined && file !== "-" && inputFormat !== "json") {
      const size = await stat(file).then(
        (s) => s.size,
        () => 0
      )
      if (size > 8 * 1024 * 1024) workers = availableParallelism()
    }
    if (history) workers = 1
    const output = new ScoredOutput(io, format, extraColumns, annual ? annualCsvHeader : undefined)
    const finish = async (records: number, problemCount: number, problems: ReadonlyArray<RecordProblem>) => {
      await output.end()
      report(records)
      if (problemCount === 0) return ExitCode.ok
      io.stderr(
        `${JSON.stringify({ error: "InvalidInput", subject: "EvaluationFile", records, problemCount, problems })}\n`
      )
      return ExitCode.invalidInput
    }
    const progress = (n: number) => io.stderr(`pembinaan score: ${n} ${en ? "records" : "rekaman"}\n`)
    // what the threaded and piece paths share
    const run = {
      setup: { scorer, input: inputFormat, output: format } satisfies Setup,
      workers,
      progress,
      progressEvery: PROGRESS_EVERY,
      maxProblems: MAX_LISTED_PROBLEMS,
      write: (body: string) => output.writeJoined(body)
    }
    try {
      if (source === undefined) {
        const result = await scoreNdjson({ ...run, chunks: Records.open(file, io.stdin), read: reading.records })
        return await finish(result.records, result.problemCount, result.problems)
      }
      if (history) {
        const all: Array<Records.Item | Records.RawLine> = []
        for await (const item of source) all.push(item)
        const outcome = scoreWithHistory(scorer, inputFormat, format, all, { annual: annual === true })
        await output.write(outcome.outputs)
        return await finish(all.length, outcome.problemCount, outcome.problems.slice(0, MAX_LISTED_PROBLEMS))
      }
      if (workers > 1 && inputFormat !== "json") {
        const result = await scoreParallel({ ...run, items: source })
        return await finish(result.records, result.problemCount, result.problems)
      }
      const problems: Array<RecordProblem> = []
      let problemCount = 0
      let count = 0
      let batch: Array<Records.Item | Records.RawLine> = []
      const flush = async () => {
        const outcome = scoreItems(scorer, inputFormat, format, batch)
        batch = []
        problemCount += outcome.problemCount
        for (const p of outcome.problems) if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p)
        await output.write(outcome.outputs)
      }
      for await (const item of source) {
        count++
        if (count % PROGRESS_EVERY === 0) progress(count)
        batch.push(item)
        if (batch.length >= 1000) await flush()
      }
      await flush()
      return await finish(count, problemCount, problems)
    } catch (e) {
      return unreadableFile(io, file, e, lang)
    }
  }
}

/**
 * `pembinaan policy validate <file>`.
 *
 * @since 0.1.0
 */
export const policyValidate: Command = {
  path: ["policy", "validate"],
  usage: "policy validate <file>",
  summary: {
    id: "memeriksa dokumen kebijakan (setiap masalah dengan jalurnya)",
    en: "check a policy document (every problem with its path)"
  },
  help: {
    id: `Pemakaian: pembinaan policy validate <berkas>

Memeriksa dokumen kebijakan JSON: bentuk, bobot yang harus berjumlah 100%, pita tanpa celah atau tumpang tindih,
rujukan indikator, sel kuadran. Setiap masalah dicetak dengan jalurnya; kode keluar 1 bila ada masalah.
`,
    en: `Usage: pembinaan policy validate <file>

Checks a policy document (JSON): its shape, weights that must sum to 100%, bands without gaps or overlaps,
indicator references, quadrant cells. Every problem is printed with its path; exit code 1 when there is any.
`
  },
  options: {},
  run: async (args, io, lang) => {
    const [file, ...extra] = args.positionals
    if (!file || extra.length > 0)
      return usageError(io, lang, policyValidate, lang === "en" ? "give exactly one file" : "berikan tepat satu berkas")
    const p = await loadDocument(io, file, Policy.decode)
    if (p === undefined) return ExitCode.invalidInput
    await printJson(io, { valid: true, id: p.id, region: p.region, version: p.version })
    return ExitCode.ok
  }
}

/**
 * `pembinaan policy docs <file|preset> --lang id|en --out <dir>`.
 *
 * @since 0.1.0
 */
export const policyDocs: Command = {
  path: ["policy", "docs"],
  usage: "policy docs <file|preset> --out <dir> [--lang id|en]",
  summary: { id: "membuat buku pedoman kebijakan (Markdown)", en: "generate the policy handbook (Markdown)" },
  help: {
    id: `Pemakaian: pembinaan policy docs <berkas|preset> --out <folder> [--lang id|en] [--rules <berkas|preset|none>]

Menulis buku pedoman kebijakan <id>.<lang>.md ke folder: setiap aturan dalam kata-kata, tabel pita dan bobot,
contoh perhitungan yang dihitung pustaka, dan dasar hukum. Preset: ${presetNames}.
`,
    en: `Usage: pembinaan policy docs <file|preset> --out <dir> [--lang id|en] [--rules <file|preset|none>]

Writes the policy handbook <id>.<lang>.md into the folder: every rule in words, tables of bands and weights,
worked examples computed by the library, and the legal basis. Presets: ${presetNames}.
`
  },
  options: { out: { type: "string" }, rules: { type: "string" } },
  run: async (args, io, lang) => {
    const [spec, ...extra] = args.positionals
    const { out, rules: rulesSpec } = args.values
    if (!spec || extra.length > 0 || typeof out !== "string") {
      return usageError(io, lang, policyDocs, lang === "en" ? "give a policy and --out" : "berikan kebijakan dan --out")
    }
    const loaded = await loadPolicy(io, spec)
    if (!loaded) return ExitCode.invalidInput
    const { policy } = loaded
    let rules: Rule.RuleSet | null | undefined = loaded.rules ?? null
    if (typeof rulesSpec === "string") {
      rules = await loadRules(io, rulesSpec)
      if (rules === undefined) return ExitCode.invalidInput
    }
    const path = join(out, `${policy.id}.${lang}.md`)
    await mkdir(out, { recursive: true })
    const file = await openFileOutput(path)
    try {
      await file.write(handbook(policy, rules ? { lang, rules } : { lang }))
      await file.commit()
    } catch (e) {
      await file.abort().catch(() => {})
      throw e
    }
    await printJson(io, { written: path })
    return ExitCode.ok
  }
}

/**
 * `pembinaan policy export <file|preset>`: the policy document as JSON, exactly what `<asn-policy-view>` takes.
 *
 * @since 0.2.0
 */
export const policyExport: Command = {
  path: ["policy", "export"],
  outFile: true,
  usage: "policy export <file|preset> [--out FILE]",
  summary: {
    id: "dokumen kebijakan JSON untuk <asn-policy-view> (juga untuk portal PHP)",
    en: "the policy document as JSON for <asn-policy-view> (also for a PHP portal)"
  },
  help: {
    id: `Pemakaian: pembinaan policy export <berkas|preset> [--out BERKAS]

Mencetak dokumen kebijakan (diperiksa) sebagai JSON, tepat seperti yang diterima <asn-policy-view> dan dibaca
pembinaan policy validate. Preset: ${presetNames}.
`,
    en: `Usage: pembinaan policy export <file|preset> [--out FILE]

Prints the (checked) policy document as JSON, exactly what <asn-policy-view> takes and pembinaan policy validate
reads. Presets: ${presetNames}.
`
  },
  options: { out: { type: "string" } },
  run: async (args, io, lang) => {
    const [spec, ...extra] = args.positionals
    if (!spec || extra.length > 0) {
      return usageError(io, lang, policyExport, lang === "en" ? "give one policy" : "berikan satu kebijakan")
    }
    const loaded = await loadPolicy(io, spec)
    if (!loaded) return ExitCode.invalidInput
    await printJson(io, Policy.encode(loaded.policy))
    return ExitCode.ok
  }
}

const profileList = (lang: Lang) =>
  Object.values(profiles)
    .map((p) => `  ${p.name.padEnd(20)} ${p.description[lang]}`)
    .join("\n")

/**
 * `pembinaan import --profile NAME <file|->`: an export people have, turned into the project's JSON by a documented
 * column mapping (see `profiles.ts` and docs/handbook/input-formats.md).
 *
 * @since 0.2.0
 */
export const importCommand: Command = {
  path: ["import"],
  outFile: true,
  usage: "import --profile NAME <file|-> [--format json|ndjson]",
  summary: {
    id: "mengubah ekspor e-Kinerja/SIASN, Excel (lokal id) atau Moodle menjadi JSON proyek",
    en: "turn an e-Kinerja/SIASN, Excel (id locale) or Moodle export into the project's JSON"
  },
  help: {
    id: `Pemakaian: pembinaan import --profile NAMA <berkas|-> [opsi]

Profil:
${profileList("id")}

  --format json|ndjson   keluaran (bawaan: json; ndjson dapat langsung dibaca pembinaan score)
  --keep-columns         profil evaluasi: sertakan kolom lain (nama, unit, …) di "columns" (pembinaan score
                         tidak menerimanya; tanpa opsi ini keluaran siap dinilai)
  --course C             profil moodle-completion: nama kursus
  --out <berkas>         tulis ke berkas sementara, ganti nama hanya bila berhasil
${readingHelp.id}

Pemetaan kolom setiap profil: docs/handbook/input-formats.md. Nama kolom yang belum dipastikan ditandai UNCONFIRMED.
`,
    en: `Usage: pembinaan import --profile NAME <file|-> [options]

Profiles:
${profileList("en")}

  --format json|ndjson   output (default: json; ndjson is read by pembinaan score as it is)
  --keep-columns         evaluation profiles: include other columns (nama, unit, …) under "columns" (pembinaan
                         score does not accept them; without this option the output is ready to score)
  --course C             moodle-completion profile: the course name
  --out <file>           write to a temporary file, renamed only on success
${readingHelp.en}

Each profile's column mapping: docs/handbook/input-formats.md. Column names not yet confirmed are marked UNCONFIRMED.
`
  },
  options: {
    profile: { type: "string" },
    format: { type: "string" },
    "keep-columns": { type: "boolean" },
    course: { type: "string" },
    out: { type: "string" },
    ...readingOptions
  },
  run: async (args, io, lang) => {
    const en = lang === "en"
    const [file, ...extra] = args.positionals
    const { profile: name, format = "json", course } = args.values
    const profile = typeof name === "string" ? profiles[name] : undefined
    if (!profile) {
      return usageError(io, lang, importCommand, `--profile: ${Object.keys(profiles).join(" | ")}`)
    }
    if (!file || extra.length > 0)
      return usageError(
        io,
        lang,
        importCommand,
        en ? "give exactly one file (or -)" : "berikan tepat satu berkas (atau -)"
      )
    if (format !== "json" && format !== "ndjson") return usageError(io, lang, importCommand, "--format: json | ndjson")
    const reading = readingOf(args.values, lang)
    if (typeof reading === "string") return usageError(io, lang, importCommand, reading)
    const keep = args.values["keep-columns"] === true
    const records: Array<string> = []
    const problems: Array<RecordProblem> = []
    try {
      for await (const item of Records.read(
        "csv",
        Records.open(file, io.stdin),
        readOptionsOf(profile, reading.records)
      )) {
        if (item._tag === "SyntaxProblem") {
          problems.push({ path: [item.at], message: item.message, code: "syntax" })
          continue
        }
        const mapped = applyProfile(profile, item.value as Record<string, string>, {
          lang,
          ...(typeof course === "string" ? { course } : {}),
          ...(reading.locale ? { locale: reading.locale } : {})
        })
        if (mapped.problems.length > 0) {
          for (const p of mapped.problems)
            if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ ...p, path: [item.at, ...p.path] })
          continue
        }
        const record = profile.output === "evaluation" && !keep ? forScoring(mapped.record) : mapped.record
        records.push(JSON.stringify(record))
      }
    } catch (e) {
      return unreadableFile(io, file, e, lang)
    }
    if (problems.length > 0) {
      io.stderr(
        `${JSON.stringify({ error: "InvalidInput", subject: "ImportFile", profile: profile.name, problems })}\n`
      )
      return ExitCode.invalidInput
    }
    await io.stdout(
      format === "ndjson"
        ? records.map((r) => `${r}\n`).join("")
        : `[${records.length === 0 ? "" : `\n${records.join(",\n")}\n`}]\n`
    )
    return ExitCode.ok
  }
}

/**
 * `pembinaan serve [--port <n>] [--host <addr>] [--data-dir <dir>] [--demo]`: starts `@pembinaan/server` (loaded only
 * when this command runs, so the other commands never load the server's dependencies).
 *
 * @since 0.4.0
 */
export const serve: Command = {
  path: ["serve"],
  usage: "serve [--port <n>] [--host <addr>] [--data-dir <dir>] [--evidence-dir <dir>] [--demo]",
  summary: {
    id: "menjalankan server (PostgreSQL tertanam atau DATABASE_URL)",
    en: "run the server (embedded PostgreSQL or DATABASE_URL)"
  },
  help: {
    id: `Pemakaian: pembinaan serve [--port 8787] [--host 127.0.0.1] [--data-dir .pembinaan/data] [--demo]

Menjalankan server API (dokumentasi di /api/docs). Tanpa DATABASE_URL dipakai PostgreSQL tertanam (PGlite) di
--data-dir, jadi tidak ada yang perlu dipasang. PEMBINAAN_SECRET: rahasia token bersama portal (minimal 32 karakter).
--demo mengisi data contoh tiga daerah dan membuka login demo.
  --evidence-dir <folder>  tempat berkas bukti unggahan (bawaan: <data-dir>-evidence)
`,
    en: `Usage: pembinaan serve [--port 8787] [--host 127.0.0.1] [--data-dir .pembinaan/data] [--demo]

Runs the API server (reference at /api/docs). Without DATABASE_URL it uses the embedded PostgreSQL (PGlite) in
--data-dir, so nothing needs to be installed. PEMBINAAN_SECRET: the token secret shared with the portal (at least 32
characters). --demo seeds demo data for three regions and opens the demo sign-in.
  --evidence-dir <dir>     where uploaded evidence files are kept (default: <data-dir>-evidence)
`
  },
  options: {
    port: { type: "string" },
    host: { type: "string" },
    "data-dir": { type: "string" },
    "evidence-dir": { type: "string" },
    demo: { type: "boolean" }
  },
  run: async (args, io) => {
    // A variable specifier: the CLI does not depend on the server at build time.
    const specifier = "@pembinaan/server"
    let server: {
      readonly Cli: {
        readonly serve: (
          options: Record<string, string | boolean | undefined>,
          io: Io,
          env: Io["env"]
        ) => Promise<number>
      }
    }
    try {
      server = await import(specifier)
    } catch {
      io.stderr("pembinaan serve needs @pembinaan/server: npm install @pembinaan/server\n")
      return ExitCode.usage
    }
    const v = args.values
    const text = (x: unknown) => (typeof x === "string" ? x : undefined)
    return server.Cli.serve(
      {
        port: text(v.port),
        host: text(v.host),
        dataDir: text(v["data-dir"]),
        evidenceDir: text(v["evidence-dir"]),
        demo: v.demo === true
      },
      io,
      io.env
    )
  }
}

/**
 * Every command, in the order help lists them.
 *
 * @since 0.1.0
 */
export const commands: ReadonlyArray<Command> = [
  predikat,
  sampleSize,
  ikm,
  score,
  policyValidate,
  policyDocs,
  policyExport,
  importCommand,
  document,
  policySql,
  serve
]
