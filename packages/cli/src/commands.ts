/**
 * The commands of `pembinaan`. Each is data (path, options, help in both languages) plus a `run` function that
 * calls core and prints JSON.
 *
 * @since 0.1.0
 */

import { createReadStream } from "node:fs"
import { mkdir, readFile, stat, writeFile } from "node:fs/promises"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import type { ParseArgsConfig } from "node:util"
import { Calendar, Exact, Policy, Presets, Quadrant, Rule, SampleSize, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { document } from "./document.js"
import { handbook } from "./handbook.js"
import { ExitCode, type Io, type Lang } from "./io.js"
import { scoreParallel } from "./parallel.js"
import { presetFor, presets } from "./presets.js"
import * as Records from "./records.js"
import { type RecordProblem, recordOf, ScoredOutput, type Scorer, scoreRecord, serialise } from "./score.js"

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

const presetNames = Object.keys(presets).join(", ")

/** Reads a JSON file, or fails with a typed error printed as JSON. */
const readJson = async (io: Io, file: string): Promise<{ ok: true; value: unknown } | { ok: false }> => {
  try {
    return { ok: true, value: JSON.parse(await readFile(file, "utf8")) }
  } catch (e) {
    const error = (e as NodeJS.ErrnoException).code ? "FileUnreadable" : "JsonSyntax"
    io.stderr(`${JSON.stringify({ error, file, message: (e as Error).message })}\n`)
    return { ok: false }
  }
}

/**
 * Loads `--policy <file|preset>`: a preset by name, or a policy document decoded and validated. `rules` are the
 * preset's, or those of the preset whose policy has the same id, if any.
 */
const loadPolicy = async (
  io: Io,
  spec: string
): Promise<{ readonly policy: Policy.Policy; readonly rules: Rule.RuleSet | undefined } | undefined> => {
  const preset = presets[spec]
  if (preset) return preset
  const json = await readJson(io, spec)
  if (!json.ok) return undefined
  const decoded = Policy.decode(json.value)
  if (Result.isFailure(decoded)) {
    printError(io, decoded.failure)
    return undefined
  }
  return { policy: decoded.success, rules: presetFor(decoded.success)?.rules }
}

/** Loads `--rules <file|preset|none>`. */
const loadRules = async (io: Io, spec: string): Promise<Rule.RuleSet | null | undefined> => {
  if (spec === "none") return null
  const preset = presets[spec]
  if (preset) return preset.rules
  const json = await readJson(io, spec)
  if (!json.ok) return undefined
  const decoded = Rule.decodeRuleSet(json.value)
  if (Result.isFailure(decoded)) {
    printError(io, decoded.failure)
    return undefined
  }
  return decoded.success
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
  usage: "score <file|-> --policy <file|preset>",
  summary: {
    id: "menilai berkas evaluasi (CSV, JSON, NDJSON) dengan kebijakan dan aturannya",
    en: "score a file of evaluations (CSV, JSON, NDJSON) under a policy and its rules"
  },
  help: {
    id: `Pemakaian: pembinaan score <berkas|-> --policy <berkas|preset> [opsi]

Menilai setiap evaluasi pegawai dalam berkas: nilai, pita, rating hasil dan perilaku kerja, predikat, keputusan
tindak lanjut (penghargaan, pembinaan) dan jejak perhitungan. Berkas dibaca dan ditulis bertahap (memori terbatas).
  --policy <berkas|preset>   dokumen kebijakan JSON, atau preset: ${presetNames}
  --rules <berkas|preset|none>  kumpulan aturan (bawaan: aturan preset kebijakan, atau aturan nasional)
  --format json|ndjson|csv   format keluaran (bawaan: json; csv tanpa jejak)
  --input csv|json|ndjson    format masukan bila ekstensi berkas tidak jelas
  --as-of YYYY-MM-DD         tanggal keputusan (bawaan: akhir periode tiap evaluasi)
  --trace full|none          sertakan jejak perhitungan (bawaan: full; none untuk berkas sangat besar)
  --workers N                jumlah thread (bawaan: semua inti untuk berkas NDJSON/CSV > 8 MB, selain itu 1)
  --stats                    cetak jumlah rekaman, waktu dan memori puncak ke stderr

Kolom CSV: employee, period, scorecard, hasilKerja, perilakuKerja, satu kolom per nilai BerAKHLAK
(berorientasi-pelayanan, akuntabel, …), dan per indikator target:<kode> serta realisasi:<kode> (target rentang: 80..120).
Rekaman JSON: masukan evaluasi, ditambah history (periode sebelumnya) dan facts (fakta aturan lain) bila ada.
`,
    en: `Usage: pembinaan score <file|-> --policy <file|preset> [options]

Scores every employee evaluation in the file: score, band, hasil and perilaku kerja ratings, predikat, follow-up
decisions (rewards, remediation) and the trace. The file is read and written as a stream (bounded memory).
  --policy <file|preset>     a policy document (JSON), or a preset: ${presetNames}
  --rules <file|preset|none> the rule set (default: the policy preset's rules, else the national rules)
  --format json|ndjson|csv   output format (default: json; csv has no trace)
  --input csv|json|ndjson    input format when the file extension does not tell
  --as-of YYYY-MM-DD         decision date (default: the end of each evaluation's period)
  --trace full|none          include the trace (default: full; none for very large files)
  --workers N                threads (default: every core for NDJSON/CSV files over 8 MB, otherwise 1)
  --stats                    print records, time and peak memory to stderr

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
    stats: { type: "boolean" }
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
      stats
    } = args.values
    const en = lang === "en"
    if (!file || extra.length > 0)
      return usageError(io, lang, score, en ? "give exactly one file (or -)" : "berikan tepat satu berkas (atau -)")
    if (typeof policySpec !== "string")
      return usageError(io, lang, score, en ? "--policy is required" : "--policy wajib diisi")
    if (format !== "json" && format !== "ndjson" && format !== "csv")
      return usageError(io, lang, score, "--format: json | ndjson | csv")
    if (input !== undefined && input !== "csv" && input !== "json" && input !== "ndjson") {
      return usageError(io, lang, score, "--input: csv | json | ndjson")
    }
    if (asOf !== undefined && (typeof asOf !== "string" || Calendar.dayNumber(asOf) === undefined)) {
      return usageError(io, lang, score, "--as-of: YYYY-MM-DD")
    }
    if (trace !== "full" && trace !== "none") return usageError(io, lang, score, "--trace: full | none")
    const workersAsked = workersSpec === undefined ? undefined : parseCount(workersSpec)
    if (workersSpec !== undefined && (workersAsked === undefined || workersAsked < 1 || workersAsked > 64)) {
      return usageError(io, lang, score, "--workers: 1..64")
    }
    const loaded = await loadPolicy(io, policySpec)
    if (!loaded) return ExitCode.invalidInput
    const { policy } = loaded
    let rules: Rule.RuleSet | null | undefined = loaded.rules ?? Presets.rules.national
    if (typeof rulesSpec === "string") {
      rules = await loadRules(io, rulesSpec)
      if (rules === undefined) return ExitCode.invalidInput
    }
    const scorer: Scorer = {
      policy,
      rules: rules ?? undefined,
      asOf: asOf as string | undefined,
      trace: trace === "full"
    }
    const inputFormat = (input as Records.Format | undefined) ?? (file === "-" ? "ndjson" : Records.formatOf(file))
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
    const output = new ScoredOutput(io, format)
    const finish = async (records: number, problemCount: number, problems: ReadonlyArray<RecordProblem>) => {
      await output.end()
      report(records)
      if (problemCount === 0) return ExitCode.ok
      io.stderr(
        `${JSON.stringify({ error: "InvalidInput", subject: "EvaluationFile", records, problemCount, problems })}\n`
      )
      return ExitCode.invalidInput
    }
    const unreadable = (e: unknown) => {
      io.stderr(`${JSON.stringify({ error: "FileUnreadable", file, message: (e as Error).message })}\n`)
      return ExitCode.invalidInput
    }
    const progress = (n: number) => io.stderr(`pembinaan score: ${n} ${en ? "records" : "rekaman"}\n`)
    if (workers > 1 && inputFormat !== "json") {
      try {
        const result = await scoreParallel({
          chunks: () => Records.open(file, io.stdin),
          ...(file !== "-" && inputFormat === "ndjson"
            ? { bytes: createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array> }
            : {}),
          setup: { scorer, input: inputFormat, output: format },
          workers,
          io,
          progress,
          write: (outputs) => output.write(outputs)
        })
        return await finish(result.records, result.problemCount, result.problems)
      } catch (e) {
        return unreadable(e)
      }
    }
    const problems: Array<RecordProblem> = []
    let problemCount = 0
    let count = 0
    try {
      for await (const item of Records.read(inputFormat, Records.open(file, io.stdin))) {
        count++
        if (count % PROGRESS_EVERY === 0) progress(count)
        if (item._tag === "SyntaxProblem") {
          problemCount++
          if (problems.length < MAX_LISTED_PROBLEMS)
            problems.push({ path: [item.at], message: item.message, code: "syntax" })
          continue
        }
        const scored = scoreRecord(scorer, recordOf(inputFormat, item.value))
        if (Result.isFailure(scored)) {
          problemCount += scored.failure.length
          for (const p of scored.failure) {
            if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ ...p, path: [item.at, ...p.path] })
          }
          continue
        }
        await output.write([serialise(format, scored.success)])
      }
    } catch (e) {
      return unreadable(e)
    }
    return finish(count, problemCount, problems)
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
    const json = await readJson(io, file)
    if (!json.ok) return ExitCode.invalidInput
    const decoded = Policy.decode(json.value)
    if (Result.isFailure(decoded)) {
      printError(io, decoded.failure)
      return ExitCode.invalidInput
    }
    const p = decoded.success
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
    await writeFile(path, handbook(policy, rules ? { lang, rules } : { lang }))
    await printJson(io, { written: path })
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
`,
    en: `Usage: pembinaan serve [--port 8787] [--host 127.0.0.1] [--data-dir .pembinaan/data] [--demo]

Runs the API server (reference at /api/docs). Without DATABASE_URL it uses the embedded PostgreSQL (PGlite) in
--data-dir, so nothing needs to be installed. PEMBINAAN_SECRET: the token secret shared with the portal (at least 32
characters). --demo seeds demo data for three regions and opens the demo sign-in.
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
  document,
  serve
]
