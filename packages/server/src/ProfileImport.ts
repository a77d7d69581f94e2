/**
 * Imports an export file through one of core's import profiles (`ImportProfile`, the same profiles
 * `pembinaan import --profile` applies): the CSV as the export wrote it (UTF-8; `;`, `,` or tab), each row mapped by
 * the profile, every problem reported with its line and column (an Excel-mangled NIP, an unreadable rating, a
 * missing column), and nothing written unless every row is clean; then one transaction with its audit entry.
 *
 * - `siasn-pegawai` → employees (and the units they name, created when new): the import of `POST /api/import`.
 * - `ekinerja-skp` → results: each row's two ratings scored by core's `Evaluation.evaluate` under the national
 *   policy (the export's own predikat is not trusted; the result keeps the trace), stored for the dashboards.
 * - `excel-id` → results: the project's evaluation CSV convention in an Indonesian Excel sheet (`;`, numbers
 *   `1.250,5`), each row read by core's `ImportProfile.readConvention` (the reader `pembinaan import --profile
 *   excel-id` and `pembinaan score` use) and scored by `Evaluation.evaluate` under the region's latest published
 *   policy (`policy-<region>`); the result names that policy version and keeps its trace.
 * - `moodle-completion` → e-learning completions, delegated to the Moodle import of `POST /api/elearning/moodle`:
 *   rows matched to employees by NIP or e-mail, unmatched, ambiguous and malformed rows reported (not dropped).
 *
 * @since 0.4.0
 */
import { Elearning, Evaluation, ImportProfile, type Input, Policy } from "@pembinaan/core"
import { Effect, Result } from "effect"
import { SqlClient } from "effect/sql"
import * as Audit from "./Audit.js"
import type { User } from "./Auth.js"
import { importOrg } from "./Handlers.js"
import * as Permission from "./Permission.js"
import * as Problem from "./Problem.js"
import { importMoodleRows } from "./ProgrammeHandlers.js"
import { ratingPolicy } from "./WidgetHandlers.js"

/**
 * The profiles the server imports.
 *
 * @since 0.4.0
 */
export const served = ["siasn-pegawai", "ekinerja-skp", "excel-id", "moodle-completion"] as const

/**
 * How a profile import is read: the number locale (`id`, `en`, or `none` for only numbers with one reading; by
 * default the profile's own, `id` for `excel-id`) and, for `moodle-completion`, the course the rows complete.
 *
 * @since 0.5.0
 */
export interface Options {
  readonly locale?: Input.NumberLocale | "none"
  readonly course?: Elearning.CourseRef
}

/**
 * The id of a region's evaluation policy in `policy_versions` (as the demo seeds it).
 *
 * @since 0.5.0
 */
export const evaluationPolicyId = (region: string): string => `policy-${region}`

/** The region's latest published evaluation policy that core decodes, or undefined. */
const publishedPolicy = (region: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(
      sql<{ readonly version: number; readonly document: unknown }>`
        SELECT version, document FROM policy_versions WHERE policy_id = ${evaluationPolicyId(region)}
        ORDER BY version DESC`
    )
    for (const r of rows) {
      const document = typeof r.document === "string" ? JSON.parse(r.document) : r.document
      const decoded = Policy.decode(document)
      if (Result.isSuccess(decoded)) return { version: Number(r.version), policy: decoded.success }
    }
    return undefined
  })

const slug = (name: string): string =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "unit"

/**
 * Runs a profile import for the signed-in admin's region.
 *
 * @since 0.4.0
 */
export const importProfile = (user: User, name: string, csv: string, options: Options = {}) =>
  Effect.gen(function* () {
    const lang = yield* Problem.lang
    const profile = ImportProfile.profiles[name]
    if (profile === undefined) return yield* Problem.fail(Problem.NotFound, "notFound", { what: `profile ${name}` })
    const parsed = ImportProfile.parseCsv(csv, profile.delimiter)
    const issues: Array<Problem.Issue> = parsed.problems.map((p) => ({
      path: `payload.${p.line}`,
      message: p.message
    }))
    if (name === "moodle-completion") return yield* importMoodle(user, profile, parsed, issues, options, lang)
    const locale = options.locale === "none" ? undefined : (options.locale ?? profile.locale)
    const rows: Array<{ line: number; record: Record<string, unknown> }> = []
    for (const row of parsed.rows) {
      const r = ImportProfile.apply(profile, row.cells, { lang, ...(locale === undefined ? {} : { locale }) })
      // A locale of "none" reads numbers with one reading only (`apply` would fall back to the profile's).
      const problems =
        profile.convention && options.locale === "none"
          ? ImportProfile.readConvention(row.cells, { lang }).problems
          : r.problems
      const ids = profile.convention
        ? (["employee", "period", "scorecard"] as const).flatMap((k) => {
            const v = r.record[k]
            const p = typeof v === "string" ? ImportProfile.idProblem(k, v, lang) : undefined
            return p ? [p] : []
          })
        : []
      for (const p of [...ids, ...problems])
        issues.push({ path: ["payload", row.line, ...p.path].join("."), message: `${p.code}: ${p.message}` })
      if (problems.length === 0 && ids.length === 0) rows.push({ line: row.line, record: r.record })
    }
    if (parsed.rows.length === 0)
      issues.push({ path: "payload", message: lang === "en" ? "no rows" : "tidak ada baris" })
    const sql = yield* SqlClient.SqlClient
    if (name === "siasn-pegawai") {
      const known = yield* Effect.orDie(
        sql<{ readonly id: string; readonly name: string }>`SELECT id, name FROM units WHERE region = ${user.region}`
      )
      const byName = new Map(known.map((u) => [u.name.trim().toLowerCase(), u.id]))
      const ids = new Set(known.map((u) => u.id))
      for (const u of known) byName.set(u.id.toLowerCase(), u.id)
      const units: Array<{ id: string; name: string }> = []
      const employees: Array<{ nip: string; name: string; unit: string; jabatan: string }> = []
      const seen = new Set<string>()
      for (const { line, record } of rows) {
        const nip = record.nip as string
        const unitName = typeof record.unit === "string" ? record.unit.trim() : ""
        const jabatan = typeof record.jabatan === "string" ? record.jabatan.trim() : ""
        if (unitName === "")
          issues.push({
            path: `payload.${line}.Unit Kerja`,
            message: lang === "en" ? "required here" : "wajib di sini"
          })
        if (jabatan === "")
          issues.push({ path: `payload.${line}.Jabatan`, message: lang === "en" ? "required here" : "wajib di sini" })
        if (seen.has(nip)) issues.push({ path: `payload.${line}.NIP`, message: "duplicate" })
        seen.add(nip)
        if (unitName === "" || jabatan === "") continue
        let unit = byName.get(unitName.toLowerCase())
        if (unit === undefined) {
          let id = slug(unitName)
          for (let k = 2; ids.has(id); k++) id = `${slug(unitName).slice(0, 56)}-${k}`
          ids.add(id)
          byName.set(unitName.toLowerCase(), id)
          units.push({ id, name: unitName })
          unit = id
        }
        employees.push({ nip, name: record.name as string, unit, jabatan })
      }
      if (issues.length > 0)
        return yield* Problem.fail(Problem.Unprocessable, "rules", { detail: name }, issues.slice(0, 50))
      const written = yield* importOrg(user.nip, { region: user.region, units, employees })
      return {
        profile: name,
        region: user.region,
        rows: parsed.rows.length,
        units: units.length,
        employees: written.employees,
        results: 0
      }
    }
    // ekinerja-skp: results scored by core under the national policy; excel-id: under the region's published one.
    const scoring =
      name === "excel-id" ? yield* publishedPolicy(user.region) : { version: 0, policy: ratingPolicy as Policy.Policy }
    if (scoring === undefined)
      return yield* Problem.fail(Problem.Unprocessable, "noRegionPolicy", {
        region: user.region,
        policy: evaluationPolicyId(user.region)
      })
    const policyId = name === "excel-id" ? evaluationPolicyId(user.region) : ratingPolicy.id
    const nips = [...new Set(rows.map((r) => r.record.employee as string))]
    const found =
      nips.length === 0
        ? []
        : yield* Effect.orDie(
            sql<{
              readonly nip: string
            }>`SELECT nip FROM employees WHERE region = ${user.region} AND nip IN ${sql.in(nips)}`
          )
    const inRegion = new Set(found.map((f) => f.nip))
    const results: Array<Record<string, unknown>> = []
    const seen = new Set<string>()
    for (const { line, record } of rows) {
      const nip = record.employee as string
      const column = profile.convention ? "employee" : (profile.columns[0]?.from[0] ?? "NIP")
      if (!inRegion.has(nip)) {
        issues.push({
          path: `payload.${line}.${column}`,
          message: lang === "en" ? "unknown employee" : "pegawai tidak dikenal"
        })
        continue
      }
      const key = `${nip}/${record.period as string}`
      if (seen.has(key)) issues.push({ path: `payload.${line}`, message: "duplicate" })
      seen.add(key)
      const evaluated = Evaluation.evaluate(scoring.policy, ImportProfile.forScoring(record))
      if (Result.isFailure(evaluated)) {
        const e = evaluated.failure
        if (e._tag === "InvalidInput")
          for (const p of e.problems)
            issues.push({ path: ["payload", line, ...p.path].join("."), message: `${p.code}: ${p.message}` })
        else issues.push({ path: `payload.${line}`, message: e._tag })
        continue
      }
      results.push({
        nip,
        period: record.period as string,
        predikat: evaluated.success.predikat,
        score: evaluated.success.score?.text ?? null,
        policy_id: policyId,
        policy_version: scoring.version,
        result: JSON.stringify(evaluated.success)
      })
    }
    if (issues.length > 0)
      return yield* Problem.fail(Problem.Unprocessable, "rules", { detail: name }, issues.slice(0, 50))
    yield* Effect.orDie(
      sql.withTransaction(
        Effect.gen(function* () {
          for (let i = 0; i < results.length; i += 2000)
            yield* sql`INSERT INTO results ${sql.insert(results.slice(i, i + 2000) as never)}
              ON CONFLICT (nip, period) DO UPDATE SET predikat = excluded.predikat, score = excluded.score,
                policy_id = excluded.policy_id, policy_version = excluded.policy_version, result = excluded.result,
                version = results.version + 1`
          yield* Audit.append({
            actor: user.nip,
            action: "results.import",
            subject: `${user.region}/${name}`,
            payload: { rows: results.length }
          })
        })
      )
    )
    return {
      profile: name,
      region: user.region,
      rows: parsed.rows.length,
      units: 0,
      employees: 0,
      results: results.length
    }
  })

/**
 * `moodle-completion`: each row mapped by the profile (its column names in English or Indonesian, the completion
 * cell a date or a yes/no word), then handed to the Moodle import of `POST /api/elearning/moodle`, which matches
 * employees by NIP or e-mail and reports unmatched and malformed rows. A file that cannot be read at all (a missing
 * column, a CSV syntax error, no rows, no course) is refused.
 */
const importMoodle = (
  user: User,
  profile: ImportProfile.Profile,
  parsed: ReturnType<typeof ImportProfile.parseCsv>,
  issues: Array<Problem.Issue>,
  options: Options,
  lang: "id" | "en"
) =>
  Effect.gen(function* () {
    if (!Permission.allows(user, "elearning.import"))
      return yield* Problem.fail(Problem.Forbidden, "forbidden", { action: "elearning.import" })
    if (options.course === undefined)
      issues.push({ path: "course", message: lang === "en" ? "required for this profile" : "wajib untuk profil ini" })
    if (parsed.rows.length === 0)
      issues.push({ path: "payload", message: lang === "en" ? "no rows" : "tidak ada baris" })
    const rows: Array<Record<string, string>> = []
    for (const [i, row] of parsed.rows.entries()) {
      const r = ImportProfile.apply(profile, row.cells, { lang })
      // A missing column is the file's problem (reported once, for its first row); a bad cell is the row's.
      if (i === 0)
        for (const p of r.problems)
          if (p.code === "no-column")
            issues.push({ path: ["payload", row.line, ...p.path].join("."), message: `${p.code}: ${p.message}` })
      const text = (v: unknown): string => (typeof v === "string" ? v : "")
      const c = Elearning.moodleColumns
      rows.push({
        [c.nip]: text(r.record.employee),
        [c.email]: text(r.record.email),
        [c.completion]: r.record.completed === true ? "Completed" : "Not completed",
        [c.completedOn]: text(r.record.completedOn)
      })
    }
    if (issues.length > 0 || options.course === undefined)
      return yield* Problem.fail(Problem.Unprocessable, "rules", { detail: profile.name }, issues.slice(0, 50))
    const report = yield* importMoodleRows(user, {
      rows,
      columns: Elearning.moodleColumns,
      course: options.course
    })
    return {
      profile: profile.name,
      region: user.region,
      rows: parsed.rows.length,
      units: 0,
      employees: 0,
      results: 0,
      elearning: report
    }
  })
