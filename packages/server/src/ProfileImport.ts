/**
 * Imports an export file through one of core's import profiles (`ImportProfile`, the same profiles
 * `pembinaan import --profile` applies): the CSV as the export wrote it (UTF-8; `;`, `,` or tab), each row mapped by
 * the profile, every problem reported with its line and column (an Excel-mangled NIP, an unreadable rating, a
 * missing column), and nothing written unless every row is clean; then one transaction with its audit entry.
 *
 * - `siasn-pegawai` → employees (and the units they name, created when new): the import of `POST /api/import`.
 * - `ekinerja-skp` → results: each row's two ratings scored by core's `Evaluation.evaluate` under the national
 *   policy (the export's own predikat is not trusted; the result keeps the trace), stored for the dashboards.
 * - `excel-id` (indicator measurements scored under a region's policy) and `moodle-completion` (training records)
 *   are not imported by the server yet: refused with 422 naming the CLI command that reads them.
 *
 * @since 0.4.0
 */
import { Evaluation, ImportProfile } from "@pembinaan/core"
import { Effect, Result } from "effect"
import { SqlClient } from "effect/sql"
import * as Audit from "./Audit.js"
import type { User } from "./Auth.js"
import { importOrg } from "./Handlers.js"
import * as Problem from "./Problem.js"
import { ratingPolicy } from "./WidgetHandlers.js"

/**
 * The profiles the server imports.
 *
 * @since 0.4.0
 */
export const served = ["siasn-pegawai", "ekinerja-skp"] as const

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
export const importProfile = (user: User, name: string, csv: string) =>
  Effect.gen(function* () {
    const lang = yield* Problem.lang
    const profile = ImportProfile.profiles[name]
    if (profile === undefined) return yield* Problem.fail(Problem.NotFound, "notFound", { what: `profile ${name}` })
    if (!(served as ReadonlyArray<string>).includes(name))
      return yield* Problem.fail(Problem.Unprocessable, "profileNotServed", { profile: name })
    const parsed = ImportProfile.parseCsv(csv, profile.delimiter)
    const issues: Array<Problem.Issue> = parsed.problems.map((p) => ({
      path: `payload.${p.line}`,
      message: p.message
    }))
    const rows: Array<{ line: number; record: Record<string, unknown> }> = []
    for (const row of parsed.rows) {
      const r = ImportProfile.apply(profile, row.cells, { lang })
      for (const p of r.problems)
        issues.push({ path: ["payload", row.line, ...p.path].join("."), message: `${p.code}: ${p.message}` })
      if (r.problems.length === 0) rows.push({ line: row.line, record: r.record })
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
    // ekinerja-skp: results scored by core under the national policy.
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
      const column = ImportProfile.profiles[name]?.columns[0]?.from[0] ?? "NIP"
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
      const evaluated = Evaluation.evaluate(ratingPolicy, ImportProfile.forScoring(record))
      if (Result.isFailure(evaluated)) {
        issues.push({ path: `payload.${line}`, message: evaluated.failure._tag })
        continue
      }
      results.push({
        nip,
        period: record.period as string,
        predikat: evaluated.success.predikat,
        score: null,
        policy_id: ratingPolicy.id,
        policy_version: 0,
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
