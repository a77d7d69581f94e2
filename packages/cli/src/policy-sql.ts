/**
 * `pembinaan policy sql <file|preset> --dialect duckdb|postgres [--rules <file|preset>] [--facts …]`: prints the policy
 * (and a rule set, when given) compiled to SQL.
 *
 * @since 0.1.0
 */
import type { ParseArgsConfig } from "node:util"
import { PolicySql } from "@pembinaan/core"
import { Result } from "effect"
import { ExitCode, type Io, type Lang } from "./io.js"
import { loadPolicy, loadRules } from "./load.js"
import { presets } from "./presets.js"

const presetNames = Object.keys(presets).join(", ")

const help: Record<Lang, string> = {
  id: `Pemakaian: pembinaan policy sql <berkas|preset> --dialect duckdb|postgres [--source <tabel>] [--input-scale N]
       [--rules <berkas|preset>] [--facts unit,talent-box,jpm,development,flags,measures]

Mencetak kebijakan sebagai satu kueri SQL yang dapat dibaca (DuckDB atau PostgreSQL): nilai, pita, rating hasil dan
perilaku kerja, dan predikat untuk setiap baris tabel evaluasi, dengan aritmetika bilangan bulat yang eksak dan mode
pembulatan kebijakan. Kolom masukan dicetak di awal kueri. Dengan --rules, kueri juga memutuskan kumpulan aturan pada
periode baris itu (kolom fired_rules dan outcomes); jejak tidak dikompilasi. Preset: ${presetNames}.
  --dialect duckdb|postgres  dialek SQL
  --source <tabel>           tabel atau subkueri masukan (bawaan: evaluations)
  --input-scale N            desimal maksimum pada angka masukan (bawaan: 6)
  --rules <berkas|preset>    kumpulan aturan yang diputuskan dalam kueri yang sama (bawaan: tanpa aturan)
  --facts <daftar>           kelompok fakta aturan yang ada sebagai kolom; fakta lain dianggap tidak diketahui
`,
  en: `Usage: pembinaan policy sql <file|preset> --dialect duckdb|postgres [--source <table>] [--input-scale N]
       [--rules <file|preset>] [--facts unit,talent-box,jpm,development,flags,measures]

Prints the policy as one readable SQL query (DuckDB or PostgreSQL): score, band, hasil and perilaku kerja ratings and
predikat for every row of an evaluations table, with exact integer arithmetic and the policy's rounding mode. The
input columns are listed at the top of the query. With --rules the query also decides a rule set on the row's period
(columns fired_rules and outcomes); the trace is not compiled. Presets: ${presetNames}.
  --dialect duckdb|postgres  the SQL dialect
  --source <table>           the input table or subquery (default: evaluations)
  --input-scale N            the most decimals an input number may have (default: 6)
  --rules <file|preset>      a rule set decided in the same query (default: none)
  --facts <list>             the rule fact groups the source carries as columns; other facts are unknown
`
}

/**
 * The `policy sql` command, in the shape of the other commands (registered in `commands.ts`).
 *
 * @since 0.1.0
 */
export const policySql = {
  path: ["policy", "sql"],
  usage: "policy sql <file|preset> --dialect duckdb|postgres",
  summary: {
    id: "mencetak kebijakan sebagai kueri SQL (DuckDB, PostgreSQL)",
    en: "print the policy as an SQL query (DuckDB, PostgreSQL)"
  },
  help,
  options: {
    dialect: { type: "string" },
    source: { type: "string" },
    "input-scale": { type: "string" },
    rules: { type: "string" },
    facts: { type: "string" }
  } satisfies NonNullable<ParseArgsConfig["options"]>,
  run: async (
    args: {
      readonly values: Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>
      readonly positionals: ReadonlyArray<string>
    },
    io: Io,
    lang: Lang
  ): Promise<number> => {
    const usage = (message: string) => {
      io.stderr(`${message}\n\n${help[lang]}`)
      return ExitCode.usage
    }
    const [spec, ...extra] = args.positionals
    const { dialect, source, "input-scale": scaleSpec, rules: rulesSpec, facts: factsSpec } = args.values
    if (!spec || extra.length > 0)
      return usage(lang === "en" ? "give exactly one policy" : "berikan tepat satu kebijakan")
    if (dialect !== "duckdb" && dialect !== "postgres") return usage("--dialect: duckdb | postgres")
    if (source !== undefined && typeof source !== "string") return usage("--source <table>")
    const inputScale = scaleSpec === undefined ? undefined : Number(scaleSpec)
    if (inputScale !== undefined && !Number.isInteger(inputScale)) return usage("--input-scale: 0..12")
    const facts =
      typeof factsSpec === "string"
        ? factsSpec
            .split(",")
            .map((f) => f.trim())
            .filter((f) => f !== "")
        : []
    const known = PolicySql.Fact.literals as ReadonlyArray<string>
    const unknownFact = facts.find((f) => !known.includes(f))
    if (unknownFact !== undefined) return usage(`--facts: ${known.join(", ")}`)
    if (facts.length > 0 && typeof rulesSpec !== "string") return usage("--facts needs --rules")
    const policy = (await loadPolicy(io, spec))?.policy
    if (!policy) return ExitCode.invalidInput
    const rules = typeof rulesSpec === "string" ? await loadRules(io, rulesSpec) : null
    if (rules === undefined) return ExitCode.invalidInput
    const compiled = PolicySql.compile(policy, {
      dialect,
      ...(source === undefined ? {} : { source }),
      ...(inputScale === undefined ? {} : { inputScale }),
      ...(rules === null ? {} : { rules, facts: facts as ReadonlyArray<PolicySql.Fact> })
    })
    if (Result.isFailure(compiled)) {
      const e = compiled.failure
      io.stderr(
        `${JSON.stringify({ error: e._tag, reason: e.reason, path: e.path, message: PolicySql.message(e, lang) })}\n`
      )
      return ExitCode.invalidInput
    }
    const c = compiled.success
    const inputs = c.inputs.map((i) => `--   ${i.name} (${i.type}): ${i.description}`).join("\n")
    await io.stdout(`-- Input columns:\n${inputs}\n${c.sql}`)
    return ExitCode.ok
  }
}
