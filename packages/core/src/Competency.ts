/**
 * Kompetensi ASN: the competency catalogue and job competency standards (Standar Kompetensi Jabatan) of
 * PermenPAN-RB 38/2017.
 *
 * A {@link Catalogue} is policy data: the eight **manajerial** competencies, the **sosial kultural** competency
 * Perekat Bangsa, and the **teknis** competencies an instansi defines for its own jabatan, each with levels 1–5 and
 * an Indonesian description per level. A {@link Standard} says which level a position requires for each competency.
 * The common mapping "jabatan level → required manajerial level" ({@link LevelMapping}) is shipped as a configurable
 * default and is **unconfirmed** (the regulation's lampiran table was not read); {@link standardFor} builds a standard
 * from it, and an instansi may instead publish its own standards as data.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The three competency groups of PermenPAN-RB 38/2017: `manajerial`, `sosial-kultural` and `teknis`.
 *
 * @category models
 * @since 0.1.0
 */
export const groups = ["manajerial", "sosial-kultural", "teknis"] as const

/**
 * A competency group.
 *
 * @category models
 * @since 0.1.0
 */
export const Group = Schema.Literals(groups)

/**
 * @category models
 * @since 0.1.0
 */
export type Group = typeof Group.Type

/**
 * A competency level: an integer from 1 to 5.
 *
 * @category models
 * @since 0.1.0
 */
export const Level = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 5 })))

/**
 * @category models
 * @since 0.1.0
 */
export type Level = typeof Level.Type

/**
 * A stable competency id: lower-case words joined by hyphens (`"integritas"`, `"perekat-bangsa"`).
 *
 * @category models
 * @since 0.1.0
 */
export const Id = Schema.String.pipe(Schema.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)))

/**
 * @category models
 * @since 0.1.0
 */
export type Id = typeof Id.Type

/**
 * The description of one level of a competency (Indonesian, as in the Kamus Kompetensi).
 *
 * @category models
 * @since 0.1.0
 */
export const LevelDescription = Schema.Struct({
  level: Level,
  description: Schema.NonEmptyString,
  indicators: Schema.optionalKey(Schema.Array(Schema.NonEmptyString))
})

/**
 * @category models
 * @since 0.1.0
 */
export type LevelDescription = typeof LevelDescription.Type

/**
 * One competency: id, name, group, definition and exactly five level descriptions (levels 1–5 in order).
 * `instansi` names the agency that defines a teknis competency.
 *
 * @category models
 * @since 0.1.0
 */
export const Definition = Schema.Struct({
  id: Id,
  name: Schema.NonEmptyString,
  group: Group,
  definition: Schema.optionalKey(Schema.String),
  instansi: Schema.optionalKey(Schema.NonEmptyString),
  levels: Schema.Array(LevelDescription)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Definition = typeof Definition.Type

/**
 * A catalogue of competencies as policy data, with its legal basis.
 *
 * @category models
 * @since 0.1.0
 */
export const Catalogue = Schema.Struct({
  name: Schema.NonEmptyString,
  competencies: Schema.Array(Definition),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Catalogue = typeof Catalogue.Type

/**
 * One requirement of a standard: the competency id and the required level.
 *
 * @category models
 * @since 0.1.0
 */
export const Requirement = Schema.Struct({
  competency: Id,
  level: Level
})

/**
 * @category models
 * @since 0.1.0
 */
export type Requirement = typeof Requirement.Type

/**
 * A job competency standard (Standar Kompetensi Jabatan): the required level per competency for one position.
 * Requirements are ordered; the order is kept in every result.
 *
 * @category models
 * @since 0.1.0
 */
export const Standard = Schema.Struct({
  position: Schema.NonEmptyString,
  jabatanLevel: Schema.optionalKey(Schema.NonEmptyString),
  requirements: Schema.Array(Requirement).pipe(Schema.check(Schema.isMinLength(1))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Standard = typeof Standard.Type

/**
 * The common jabatan levels, from highest to lowest (PermenPAN-RB 38/2017 vocabulary).
 *
 * @category models
 * @since 0.1.0
 */
export const jabatanLevels = [
  "JPT Utama",
  "JPT Madya",
  "JPT Pratama",
  "Administrator",
  "Pengawas",
  "Pelaksana",
  "JF Ahli Utama",
  "JF Ahli Madya",
  "JF Ahli Muda",
  "JF Ahli Pertama",
  "JF Terampil"
] as const

/**
 * A mapping from jabatan level to the required manajerial and sosial-kultural level. Policy data; the shipped
 * default is the unverified common mapping and says so in its legal basis.
 *
 * @category models
 * @since 0.1.0
 */
export const LevelMapping = Schema.Struct({
  entries: Schema.Array(Schema.Struct({ jabatanLevel: Schema.NonEmptyString, level: Level })).pipe(
    Schema.check(Schema.isMinLength(1))
  ),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type LevelMapping = typeof LevelMapping.Type

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A competency id that the catalogue does not define.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownCompetency extends Data.TaggedError("UnknownCompetency")<{
  readonly competency: string
  readonly catalogue: string
}> {}

/**
 * A jabatan level that the mapping does not list.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownJabatanLevel extends Data.TaggedError("UnknownJabatanLevel")<{
  readonly jabatanLevel: string
  readonly known: ReadonlyArray<string>
}> {}

/**
 * A competency whose catalogue entry does not describe the level asked for (only possible with an unvalidated
 * catalogue: {@link decodeCatalogue} requires levels 1–5).
 *
 * @category errors
 * @since 0.1.0
 */
export class UndescribedLevel extends Data.TaggedError("UndescribedLevel")<{
  readonly competency: string
  readonly level: number
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type CompetencyError = UnknownCompetency | UnknownJabatanLevel | UndescribedLevel | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

type Path = ReadonlyArray<string | number>

/**
 * Checks a decoded catalogue and returns every problem with its path: duplicate ids, a competency whose levels are
 * not exactly 1, 2, 3, 4, 5 in order, a teknis competency without `instansi`.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.catalogueProblems(Presets.competency.national) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const catalogueProblems = (catalogue: Catalogue, at: Path = []): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const seen = new Map<string, number>()
  catalogue.competencies.forEach((c, i) => {
    const first = seen.get(c.id)
    if (first !== undefined) {
      out.push({
        path: [...at, "competencies", i, "id"],
        code: "duplicate",
        message: `competency id "${c.id}" is already used at competencies[${first}]`
      })
    } else seen.set(c.id, i)
    const levels = c.levels.map((l) => l.level)
    if (levels.length !== 5 || levels.some((l, k) => l !== k + 1)) {
      out.push({
        path: [...at, "competencies", i, "levels"],
        code: "levels",
        message: `a competency must describe levels 1, 2, 3, 4, 5 in order; got [${levels.join(", ")}]`
      })
    }
    if (c.group === "teknis" && c.instansi === undefined) {
      out.push({
        path: [...at, "competencies", i, "instansi"],
        code: "missing",
        message: "a teknis competency must name the instansi that defines it"
      })
    }
  })
  return out
}

/**
 * Checks a standard against a catalogue and returns every problem with its path: a competency the catalogue does not
 * define, a competency required twice.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.standardProblems(Presets.competency.national, { ...standard, requirements: [{ competency: "x", level: 1 }] })
 * // => [{ path: ["requirements", 0, "competency"], code: "unknown", ... }]
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const standardProblems: {
  (standard: Standard, at?: Path): (catalogue: Catalogue) => ReadonlyArray<Input.Problem>
  (catalogue: Catalogue, standard: Standard, at?: Path): ReadonlyArray<Input.Problem>
} = dual(
  (args) => args.length >= 2 && isCatalogueLike(args[0]),
  (catalogue: Catalogue, standard: Standard, at: Path = []): ReadonlyArray<Input.Problem> => {
    const out: Array<Input.Problem> = []
    const ids = new Set(catalogue.competencies.map((c) => c.id))
    const seen = new Set<string>()
    standard.requirements.forEach((r, i) => {
      if (!ids.has(r.competency)) {
        out.push({
          path: [...at, "requirements", i, "competency"],
          code: "unknown",
          message: `competency "${r.competency}" is not in the catalogue "${catalogue.name}"`
        })
      }
      if (seen.has(r.competency)) {
        out.push({
          path: [...at, "requirements", i, "competency"],
          code: "duplicate",
          message: `competency "${r.competency}" is required more than once`
        })
      }
      seen.add(r.competency)
    })
    return out
  }
)

const isCatalogueLike = (u: unknown): boolean =>
  typeof u === "object" && u !== null && "competencies" in u && Array.isArray((u as Catalogue).competencies)

/**
 * Checks a level mapping: every jabatan level listed once.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.mappingProblems(Presets.competency.commonMapping) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const mappingProblems = (mapping: LevelMapping, at: Path = []): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const seen = new Set<string>()
  mapping.entries.forEach((e, i) => {
    if (seen.has(e.jabatanLevel)) {
      out.push({
        path: [...at, "entries", i, "jabatanLevel"],
        code: "duplicate",
        message: `jabatan level "${e.jabatanLevel}" is listed more than once`
      })
    }
    seen.add(e.jabatanLevel)
  })
  return out
}

const validated = <A>(
  subject: string,
  a: A,
  found: ReadonlyArray<Input.Problem>
): Result.Result<A, Input.InvalidInput> =>
  found.length === 0 ? Result.succeed(a) : Result.fail(new Input.InvalidInput({ subject, problems: found }))

/**
 * Decodes and validates a catalogue document, reporting every problem with its path.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.decodeCatalogue(Presets.competency.national) // => Result.succeed(catalogue)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeCatalogue = (input: unknown): Result.Result<Catalogue, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Catalogue, "CompetencyCatalogue")(input), (c) =>
    validated("CompetencyCatalogue", c, catalogueProblems(c))
  )

/**
 * Decodes a level mapping document and validates it.
 *
 * @example
 * ```ts
 * import { Competency } from "@pembinaan/core"
 * Competency.decodeMapping({ entries: [{ jabatanLevel: "Pelaksana", level: 9 }], legalBasis })
 * // => Result.fail(InvalidInput { problems: [{ path: ["entries", 0, "level"], ... }] })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeMapping = (input: unknown): Result.Result<LevelMapping, Input.InvalidInput> =>
  Result.flatMap(Input.decode(LevelMapping, "LevelMapping")(input), (m) =>
    validated("LevelMapping", m, mappingProblems(m))
  )

/**
 * Decodes a standard document and validates it against a catalogue.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.decodeStandard(Presets.competency.national)({ position: "Analis", requirements: [], legalBasis })
 * // => Result.fail(InvalidInput { problems: [{ path: ["requirements"], ... }] })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeStandard =
  (catalogue: Catalogue) =>
  (input: unknown): Result.Result<Standard, Input.InvalidInput> =>
    Result.flatMap(Input.decode(Standard, "CompetencyStandard")(input), (s) =>
      validated("CompetencyStandard", s, standardProblems(catalogue, s))
    )

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Combines catalogues (for example the national catalogue and an instansi's teknis competencies) into one,
 * failing with every duplicate id listed.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * const all = Competency.combine("Kota Bukittinggi", [Presets.competency.national, Presets.competency.teknisExample])
 * // => Result.succeed({ name: "Kota Bukittinggi", competencies: [...11 competencies], ... })
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const combine = (
  name: string,
  catalogues: ReadonlyArray<Catalogue>
): Result.Result<Catalogue, Input.InvalidInput> => {
  const first = catalogues[0]
  if (first === undefined) {
    return Result.fail(
      new Input.InvalidInput({
        subject: "CompetencyCatalogue",
        problems: [{ path: [], code: "empty", message: "combine needs at least one catalogue" }]
      })
    )
  }
  const combined: Catalogue = {
    name,
    competencies: catalogues.flatMap((c) => c.competencies),
    legalBasis: catalogues.flatMap((c) => c.legalBasis)
  }
  const found = catalogueProblems(combined)
  return found.length === 0
    ? Result.succeed(combined)
    : Result.fail(new Input.InvalidInput({ subject: "CompetencyCatalogue", problems: found }))
}

/**
 * Builds a job competency standard from a level mapping: every manajerial and sosial-kultural competency of the
 * catalogue at the level the mapping gives the position's jabatan level, followed by the teknis requirements given.
 * The result carries the mapping's legal basis (unconfirmed for the shipped default).
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * const s = Competency.standardFor(Presets.competency.national, Presets.competency.commonMapping, {
 *   position: "Kepala Subbagian Umum",
 *   jabatanLevel: "Pengawas"
 * })
 * // => Result.succeed({ requirements: [{ competency: "integritas", level: 2 }, ... 9 in all] })
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const standardFor = (
  catalogue: Catalogue,
  mapping: LevelMapping,
  position: {
    readonly position: string
    readonly jabatanLevel: string
    readonly teknis?: ReadonlyArray<Requirement>
  }
): Result.Result<Standard, CompetencyError> => {
  const entry = mapping.entries.find((e) => e.jabatanLevel === position.jabatanLevel)
  if (entry === undefined) {
    return Result.fail(
      new UnknownJabatanLevel({
        jabatanLevel: position.jabatanLevel,
        known: mapping.entries.map((e) => e.jabatanLevel)
      })
    )
  }
  const generic = catalogue.competencies
    .filter((c) => c.group !== "teknis")
    .map((c) => ({ competency: c.id, level: entry.level }))
  const standard: Standard = {
    position: position.position,
    jabatanLevel: position.jabatanLevel,
    requirements: [...generic, ...(position.teknis ?? [])],
    legalBasis: mapping.legalBasis
  }
  if (standard.requirements.length === 0) {
    return Result.fail(
      new Input.InvalidInput({
        subject: "CompetencyStandard",
        problems: [{ path: ["requirements"], code: "empty", message: "the standard requires no competency" }]
      })
    )
  }
  const found = standardProblems(catalogue, standard)
  if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "CompetencyStandard", problems: found }))
  return Result.succeed(standard)
}

// ---------------------------------------------------------------------------------------------------------------
// getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * Looks up a competency by id.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.get(Presets.competency.national, "integritas") // => Result.succeed({ name: "Integritas", ... })
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const get: {
  (id: string): (catalogue: Catalogue) => Result.Result<Definition, UnknownCompetency>
  (catalogue: Catalogue, id: string): Result.Result<Definition, UnknownCompetency>
} = dual(2, (catalogue: Catalogue, id: string): Result.Result<Definition, UnknownCompetency> => {
  const found = catalogue.competencies.find((c) => c.id === id)
  return found
    ? Result.succeed(found)
    : Result.fail(new UnknownCompetency({ competency: id, catalogue: catalogue.name }))
})

/**
 * The Indonesian description of one level of a competency.
 *
 * @example
 * ```ts
 * import { Competency, Presets } from "@pembinaan/core"
 * Competency.describe(Presets.competency.national, "integritas", 1)
 * // => Result.succeed("Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi")
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const describe = (
  catalogue: Catalogue,
  id: string,
  level: Level
): Result.Result<string, UnknownCompetency | UndescribedLevel> =>
  Result.flatMap(get(catalogue, id), (c): Result.Result<string, UndescribedLevel> => {
    const found = c.levels.find((l) => l.level === level)
    return found ? Result.succeed(found.description) : Result.fail(new UndescribedLevel({ competency: id, level }))
  })
