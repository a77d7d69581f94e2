/**
 * Reward and remediation rules as policy data: what a region does with an evaluation result.
 *
 * A {@link RuleSet} declares its **outcomes** (rewards, remediations, sanctions, development, restrictions; each with a
 * severity, the outcomes it conflicts with and its legal basis) and its **rules**: a condition over an employee's
 * {@link Facts} (predikat this period and in the last N, consecutive counts, score and score trend, JPM category, JP
 * compliance, discipline record, 9-box, the unit's IKM and mutu, and declared custom facts), combined with
 * `all` / `any` / `not`, and the outcomes it gives, with a **priority**, a **group** and an **exclusive** flag.
 *
 * Semantics:
 *
 * - Conditions are three-valued: a condition over a fact the document does not carry is **unknown**, never silently
 *   false or true; `all`, `any` and `not` follow Kleene logic; a rule fires only when its condition is **true**. The
 *   decision says which facts were missing.
 * - Rules are evaluated in order of **priority (higher first), then rule id**, so the array order of a rule set never
 *   matters. A rule that fires and is `exclusive` **suppresses every rule of strictly lower priority in its group**;
 *   rules of equal priority are never suppressed by each other.
 * - {@link evaluate} returns every decision (fired, not met, unknown, suppressed) with the condition tree, the value of
 *   each node and the data each atom saw.
 *
 * Static checks ({@link check}) report, with paths: unknown outcomes, unknown facts (a JPM category, flag or measure
 * the rule set does not declare), rules that can never fire (a contradictory condition, or one that implies the
 * condition of an exclusive rule of higher priority in the same group), and conflicting outcomes that two rules may
 * give together. The analysis is sound for what it reports (a rule reported as shadowed really never fires) and
 * conservative for conflicts (two rules are assumed able to fire together unless their conditions are provably
 * disjoint).
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Calendar from "./Calendar.js"
import * as Discipline from "./Discipline.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Limits from "./Limits.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// facts
// ---------------------------------------------------------------------------------------------------------------

/**
 * The mutu pelayanan of a unit (SKM, PermenPAN-RB 14/2017).
 *
 * @category models
 * @since 0.1.0
 */
export const Mutu = Schema.Literals(["A", "B", "C", "D"])

/**
 * @category models
 * @since 0.1.0
 */
export type Mutu = typeof Mutu.Type

/**
 * One evaluated period in an employee's history.
 *
 * @category models
 * @since 0.1.0
 */
export const PeriodFact = Schema.Struct({
  period: Schema.NonEmptyString,
  predikat: Quadrant.Predikat,
  score: Schema.optionalKey(Schema.Finite)
})

/**
 * @category models
 * @since 0.1.0
 */
export type PeriodFact = typeof PeriodFact.Type

/**
 * The facts about one employee that rules read: plain data any caller can fill from the scoring, competency,
 * development, discipline, talent and survey results. `history` is ordered **oldest first**; its last entry is the
 * current period. Every other part is optional: a rule over an absent part is unknown, not false.
 *
 * @category models
 * @since 0.1.0
 */
export const Facts = Schema.Struct({
  asOf: Calendar.IsoDate,
  history: Schema.Array(PeriodFact),
  jpm: Schema.optionalKey(
    Schema.Struct({ category: Schema.NonEmptyString, percent: Schema.optionalKey(Schema.Finite) })
  ),
  development: Schema.optionalKey(
    Schema.Struct({
      /** JP (jam pelajaran, 45 minutes each) completed, **not** clock hours: 3 clock hours are 4 JP. */
      jp: Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
      jpRequired: Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
    })
  ),
  discipline: Schema.optionalKey(Discipline.History),
  talentBox: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 9 })))),
  unit: Schema.optionalKey(
    Schema.Struct({
      ikm: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 })))),
      mutu: Schema.optionalKey(Mutu)
    })
  ),
  flags: Schema.optionalKey(Schema.Record(Schema.String, Schema.Boolean)),
  measures: Schema.optionalKey(Schema.Record(Schema.String, Schema.Finite))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Facts = typeof Facts.Type

// ---------------------------------------------------------------------------------------------------------------
// conditions
// ---------------------------------------------------------------------------------------------------------------

/**
 * A numeric comparison: `at-least` (≥), `above` (>), `at-most` (≤), `below` (<), `equal`. Compared exactly.
 *
 * @category models
 * @since 0.1.0
 */
export const Op = Schema.Literals(["at-least", "above", "at-most", "below", "equal"])

/**
 * @category models
 * @since 0.1.0
 */
export type Op = typeof Op.Type

/**
 * A condition. Atoms:
 *
 * - `predikat`: the current predikat is one of `in`;
 * - `predikat-last`: at least `atLeast` (default: all) of the last `last` periods have a predikat in `in`;
 * - `consecutive`: the run of periods ending now with a predikat in `in` is at least `atLeast` long;
 * - `score`: the current score compared with `value`;
 * - `trend`: over the last `last` scores, the `change` (last − first) or least-squares `slope` per period compared
 *   with `value`;
 * - `jpm`: the JPM category is one of `in`; `jp`: the JP hours meet the required minimum (`compliant`);
 * - `discipline`: a sanction of one of `levels` is (`present: true`) or is not present in `scope` (`ever`, `year` of
 *   `asOf`, `active` at `asOf`);
 * - `talent-box`: the 9-box number is one of `in`;
 * - `unit-ikm`, `unit-mutu`: the unit's IKM compared with `value`, its mutu one of `in`;
 * - `flag`, `measure`: a declared custom boolean or number fact.
 *
 * Combinators: `all` (true when every part is; `all: []` is true), `any` (`any: []` is false), `not`.
 *
 * @category models
 * @since 0.1.0
 */
export type Condition =
  | { readonly kind: "predikat"; readonly in: ReadonlyArray<Quadrant.Predikat> }
  | {
      readonly kind: "predikat-last"
      readonly last: number
      readonly in: ReadonlyArray<Quadrant.Predikat>
      readonly atLeast?: number
    }
  | { readonly kind: "consecutive"; readonly in: ReadonlyArray<Quadrant.Predikat>; readonly atLeast: number }
  | { readonly kind: "score"; readonly op: Op; readonly value: number }
  | {
      readonly kind: "trend"
      readonly last: number
      readonly measure: "change" | "slope"
      readonly op: Op
      readonly value: number
    }
  | { readonly kind: "jpm"; readonly in: ReadonlyArray<string> }
  | { readonly kind: "jp"; readonly compliant: boolean }
  | {
      readonly kind: "discipline"
      readonly levels: ReadonlyArray<Discipline.Level>
      readonly scope: "ever" | "year" | "active"
      readonly present: boolean
    }
  | { readonly kind: "talent-box"; readonly in: ReadonlyArray<number> }
  | { readonly kind: "unit-ikm"; readonly op: Op; readonly value: number }
  | { readonly kind: "unit-mutu"; readonly in: ReadonlyArray<Mutu> }
  | { readonly kind: "flag"; readonly name: string; readonly is: boolean }
  | { readonly kind: "measure"; readonly name: string; readonly op: Op; readonly value: number }
  | { readonly kind: "all"; readonly of: ReadonlyArray<Condition> }
  | { readonly kind: "any"; readonly of: ReadonlyArray<Condition> }
  | { readonly kind: "not"; readonly of: Condition }

const Positive = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
const Predikats = Schema.Array(Quadrant.Predikat).pipe(Schema.check(Schema.isMinLength(1)))
const Self = Schema.suspend((): Schema.Codec<Condition> => Condition)

/**
 * The schema of {@link Condition} (recursive).
 *
 * @category models
 * @since 0.1.0
 */
export const Condition: Schema.Codec<Condition> = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("predikat"), in: Predikats }),
  Schema.Struct({
    kind: Schema.Literal("predikat-last"),
    last: Positive,
    in: Predikats,
    atLeast: Schema.optionalKey(Positive)
  }),
  Schema.Struct({ kind: Schema.Literal("consecutive"), in: Predikats, atLeast: Positive }),
  Schema.Struct({ kind: Schema.Literal("score"), op: Op, value: Schema.Finite }),
  Schema.Struct({
    kind: Schema.Literal("trend"),
    last: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(2))),
    measure: Schema.Literals(["change", "slope"]),
    op: Op,
    value: Schema.Finite
  }),
  Schema.Struct({
    kind: Schema.Literal("jpm"),
    in: Schema.Array(Schema.String).pipe(Schema.check(Schema.isMinLength(1)))
  }),
  Schema.Struct({ kind: Schema.Literal("jp"), compliant: Schema.Boolean }),
  Schema.Struct({
    kind: Schema.Literal("discipline"),
    levels: Schema.Array(Discipline.Level).pipe(Schema.check(Schema.isMinLength(1))),
    scope: Schema.Literals(["ever", "year", "active"]),
    present: Schema.Boolean
  }),
  Schema.Struct({
    kind: Schema.Literal("talent-box"),
    in: Schema.Array(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 9 })))).pipe(
      Schema.check(Schema.isMinLength(1))
    )
  }),
  Schema.Struct({ kind: Schema.Literal("unit-ikm"), op: Op, value: Schema.Finite }),
  Schema.Struct({
    kind: Schema.Literal("unit-mutu"),
    in: Schema.Array(Mutu).pipe(Schema.check(Schema.isMinLength(1)))
  }),
  Schema.Struct({ kind: Schema.Literal("flag"), name: Schema.NonEmptyString, is: Schema.Boolean }),
  Schema.Struct({ kind: Schema.Literal("measure"), name: Schema.NonEmptyString, op: Op, value: Schema.Finite }),
  Schema.Struct({ kind: Schema.Literal("all"), of: Schema.Array(Self) }),
  Schema.Struct({ kind: Schema.Literal("any"), of: Schema.Array(Self) }),
  Schema.Struct({ kind: Schema.Literal("not"), of: Self })
])

// ---------------------------------------------------------------------------------------------------------------
// rule sets
// ---------------------------------------------------------------------------------------------------------------

/**
 * The kinds of outcome.
 *
 * @category models
 * @since 0.1.0
 */
export const OutcomeKind = Schema.Literals(["reward", "development", "remediation", "sanction", "restriction"])

/**
 * @category models
 * @since 0.1.0
 */
export type OutcomeKind = typeof OutcomeKind.Type

/**
 * An outcome a rule can give. `severity` orders outcomes of one kind (for remediations: 1 = lightest); the harshest
 * remediation of an evaluation is the largest severity. `conflictsWith` names outcomes that must never be given
 * together.
 *
 * @category models
 * @since 0.1.0
 */
export const Outcome = Schema.Struct({
  id: Schema.NonEmptyString,
  kind: OutcomeKind,
  label: Schema.NonEmptyString,
  severity: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  conflictsWith: Schema.optionalKey(Schema.Array(Schema.String)),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Outcome = typeof Outcome.Type

/**
 * A rule: when `when` is true, give the outcomes in `give`. See the module documentation for priority, group and
 * exclusivity.
 *
 * @category models
 * @since 0.1.0
 */
export const Rule = Schema.Struct({
  id: Schema.NonEmptyString,
  description: Schema.String,
  group: Schema.NonEmptyString,
  priority: Schema.Int,
  exclusive: Schema.Boolean,
  when: Condition,
  /** The outcomes the rule gives (not called `then`: an object with `then` is a thenable). */
  give: Schema.Array(Schema.String).pipe(Schema.check(Schema.isMinLength(1))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Rule = typeof Rule.Type

/**
 * A rule set: its vocabulary (the JPM categories, custom flags and measures its rules may read), its outcomes and its
 * rules.
 *
 * @category models
 * @since 0.1.0
 */
export const RuleSet = Schema.Struct({
  name: Schema.NonEmptyString,
  vocabulary: Schema.Struct({
    jpmCategories: Schema.Array(Schema.String),
    flags: Schema.Array(Schema.String),
    measures: Schema.Array(Schema.String)
  }),
  outcomes: Schema.Array(Outcome),
  rules: Schema.Array(Rule),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type RuleSet = typeof RuleSet.Type

// ---------------------------------------------------------------------------------------------------------------
// results
// ---------------------------------------------------------------------------------------------------------------

/**
 * A three-valued truth.
 *
 * @category models
 * @since 0.1.0
 */
export type Truth = "true" | "false" | "unknown"

/**
 * One node of an evaluated condition: where it is in the rule (`path`, from the rule), its kind, its value, the data
 * it saw (JSON-serialisable; numbers as exact text) and, for combinators, its children.
 *
 * @category models
 * @since 0.1.0
 */
export interface Node {
  readonly path: ReadonlyArray<string | number>
  readonly kind: Condition["kind"]
  readonly value: Truth
  readonly saw: { readonly [key: string]: unknown }
  readonly missing?: string
  readonly children?: ReadonlyArray<Node>
}

/**
 * What happened to one rule.
 *
 * @category models
 * @since 0.1.0
 */
export interface Decision {
  readonly rule: string
  readonly description: string
  readonly group: string
  readonly priority: number
  readonly exclusive: boolean
  readonly status: "fired" | "not-met" | "unknown" | "suppressed"
  readonly suppressedBy: string | undefined
  readonly outcomes: ReadonlyArray<string>
  readonly condition: Node
  readonly legalBasis: LegalBasis
}

/**
 * An outcome given, with the rules that gave it.
 *
 * @category models
 * @since 0.1.0
 */
export interface Given {
  readonly id: string
  readonly kind: OutcomeKind
  readonly label: string
  readonly severity: number
  readonly rules: ReadonlyArray<string>
  readonly legalBasis: LegalBasis
}

/**
 * The evaluation of a rule set against one employee's facts.
 *
 * @category models
 * @since 0.1.0
 */
export interface Evaluation {
  /** Every rule, by priority (higher first) then id. */
  readonly decisions: ReadonlyArray<Decision>
  /** The outcomes of fired rules, by kind, then severity (highest first), then id. */
  readonly outcomes: ReadonlyArray<Given>
  /** Pairs of declared-conflicting outcomes that were both given (none when the rule set passes {@link check}). */
  readonly conflicts: ReadonlyArray<readonly [string, string]>
  /** The facts some condition needed but the document did not carry. */
  readonly missing: ReadonlyArray<string>
  readonly trace: {
    readonly rule: "rule-set"
    readonly name: string
    readonly asOf: string
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// static analysis (private)
// ---------------------------------------------------------------------------------------------------------------

type Atom = Exclude<Condition, { kind: "all" | "any" | "not" }>

const subset = <A>(a: ReadonlyArray<A>, b: ReadonlyArray<A>): boolean => a.every((x) => b.includes(x))
const intersects = <A>(a: ReadonlyArray<A>, b: ReadonlyArray<A>): boolean => a.some((x) => b.includes(x))

/** The set of reals satisfying `x op value`, as an interval with open/closed ends. */
interface Interval {
  readonly lo: Exact.Exact | undefined
  readonly loOpen: boolean
  readonly hi: Exact.Exact | undefined
  readonly hiOpen: boolean
}
const interval = (op: Op, value: number): Interval => {
  const v = Exact.fromFinite(value)
  switch (op) {
    case "at-least":
      return { lo: v, loOpen: false, hi: undefined, hiOpen: false }
    case "above":
      return { lo: v, loOpen: true, hi: undefined, hiOpen: false }
    case "at-most":
      return { lo: undefined, loOpen: false, hi: v, hiOpen: false }
    case "below":
      return { lo: undefined, loOpen: false, hi: v, hiOpen: true }
    case "equal":
      return { lo: v, loOpen: false, hi: v, hiOpen: false }
  }
}
/** a ⊆ b */
const within = (a: Interval, b: Interval): boolean => {
  const lowOk =
    b.lo === undefined ||
    (a.lo !== undefined &&
      (Exact.compare(a.lo, b.lo) > 0 || (Exact.compare(a.lo, b.lo) === 0 && (a.loOpen || !b.loOpen))))
  const highOk =
    b.hi === undefined ||
    (a.hi !== undefined &&
      (Exact.compare(a.hi, b.hi) < 0 || (Exact.compare(a.hi, b.hi) === 0 && (a.hiOpen || !b.hiOpen))))
  return lowOk && highOk
}
const apart = (a: Interval, b: Interval): boolean => {
  const before = (x: Interval, y: Interval): boolean =>
    x.hi !== undefined &&
    y.lo !== undefined &&
    (Exact.compare(x.hi, y.lo) < 0 || (Exact.compare(x.hi, y.lo) === 0 && (x.hiOpen || y.loOpen)))
  return before(a, b) || before(b, a)
}

const numeric = (c: Atom): { key: string; range: Interval } | undefined => {
  switch (c.kind) {
    case "score":
      return { key: "score", range: interval(c.op, c.value) }
    case "unit-ikm":
      return { key: "unit-ikm", range: interval(c.op, c.value) }
    case "measure":
      return { key: `measure:${c.name}`, range: interval(c.op, c.value) }
    case "trend":
      return { key: `trend:${c.last}:${c.measure}`, range: interval(c.op, c.value) }
    default:
      return undefined
  }
}

const scopeWithin = (a: "ever" | "year" | "active", b: "ever" | "year" | "active"): boolean => a === b || b === "ever"

/** Sound: when a is true, b is true (for atoms). */
const atomImplies = (a: Atom, b: Atom): boolean => {
  const na = numeric(a)
  const nb = numeric(b)
  if (na && nb) return na.key === nb.key && within(na.range, nb.range)
  switch (b.kind) {
    case "predikat":
      if (a.kind === "predikat") return subset(a.in, b.in)
      if (a.kind === "consecutive") return subset(a.in, b.in)
      if (a.kind === "predikat-last") return (a.atLeast ?? a.last) === a.last && subset(a.in, b.in)
      return false
    case "consecutive":
      return a.kind === "consecutive" && a.atLeast >= b.atLeast && subset(a.in, b.in)
    case "predikat-last":
      return (
        a.kind === "predikat-last" &&
        a.last === b.last &&
        (a.atLeast ?? a.last) >= (b.atLeast ?? b.last) &&
        subset(a.in, b.in)
      )
    case "jpm":
    case "talent-box":
    case "unit-mutu":
      return a.kind === b.kind && subset((a as { in: ReadonlyArray<unknown> }).in, b.in as ReadonlyArray<unknown>)
    case "jp":
      return a.kind === "jp" && a.compliant === b.compliant
    case "flag":
      return a.kind === "flag" && a.name === b.name && a.is === b.is
    case "discipline":
      if (a.kind !== "discipline" || a.present !== b.present) return false
      return a.present
        ? subset(a.levels, b.levels) && scopeWithin(a.scope, b.scope)
        : subset(b.levels, a.levels) && scopeWithin(b.scope, a.scope)
    default:
      return false
  }
}

/** Sound: a and b can never both be true (for atoms). */
const atomsDisjoint = (a: Atom, b: Atom): boolean => {
  const na = numeric(a)
  const nb = numeric(b)
  if (na && nb) return na.key === nb.key && apart(na.range, nb.range)
  const current = (c: Atom): ReadonlyArray<Quadrant.Predikat> | undefined =>
    c.kind === "predikat" || c.kind === "consecutive"
      ? c.in
      : c.kind === "predikat-last" && (c.atLeast ?? c.last) === c.last
        ? c.in
        : undefined
  const ca = current(a)
  const cb = current(b)
  if (ca && cb) return !intersects(ca, cb)
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case "jpm":
    case "talent-box":
    case "unit-mutu":
      return !intersects(a.in as ReadonlyArray<unknown>, (b as { in: ReadonlyArray<unknown> }).in)
    case "jp":
      return a.compliant !== (b as typeof a).compliant
    case "flag":
      return a.name === (b as typeof a).name && a.is !== (b as typeof a).is
    case "discipline": {
      const d = b as typeof a
      if (a.present === d.present) return false
      const [yes, no] = a.present ? [a, d] : [d, a]
      return subset(yes.levels, no.levels) && scopeWithin(yes.scope, no.scope)
    }
    default:
      return false
  }
}

/**
 * Whether `a` being true guarantees `b` being true, for every facts document. Sound but incomplete: `true` is a
 * proof; `false` means "not proved".
 *
 * @example
 * ```ts
 * import { Rule } from "@pembinaan/core"
 * Rule.implies({ kind: "predikat", in: ["Sangat Kurang"] }, { kind: "predikat", in: ["Kurang/Misconduct", "Sangat Kurang"] })
 * // => true
 * ```
 *
 * @category analysis
 * @since 0.1.0
 */
export const implies = (a: Condition, b: Condition): boolean => {
  if (b.kind === "all") return b.of.every((c) => implies(a, c))
  if (a.kind === "any") return a.of.every((c) => implies(c, b))
  if (b.kind === "any" && b.of.some((c) => implies(a, c))) return true
  if (a.kind === "all" && a.of.some((c) => implies(c, b))) return true
  if (a.kind === "not" && b.kind === "not") return implies(b.of, a.of)
  if (b.kind === "not") return disjoint(a, b.of) && mentionsSameFacts(a, b.of)
  if (a.kind === "all" || a.kind === "not" || b.kind === "any") return false
  return atomImplies(a, b)
}

/** `a` true and `b` disjoint from it means `b` is false only if `b`'s facts are known whenever `a` is true. */
const mentionsSameFacts = (a: Condition, b: Condition): boolean => {
  // The facts certainly known when `c` is true: every atom of an `all`, the atom under a `not`; none under `any`.
  const facts = (c: Condition): ReadonlyArray<string> =>
    c.kind === "all"
      ? c.of.flatMap(facts)
      : c.kind === "any"
        ? []
        : c.kind === "not"
          ? c.of.kind === "all" || c.of.kind === "any" || c.of.kind === "not"
            ? []
            : [factOf(c.of)]
          : [factOf(c)]
  const fa = facts(a)
  return b.kind !== "all" && b.kind !== "any" && b.kind !== "not" && fa.includes(factOf(b))
}

const factOf = (c: Atom): string => {
  switch (c.kind) {
    case "predikat":
    case "predikat-last":
    case "consecutive":
      return "history.predikat"
    case "score":
    case "trend":
      return "history.score"
    case "jpm":
      return "jpm"
    case "jp":
      return "development"
    case "discipline":
      return "discipline"
    case "talent-box":
      return "talentBox"
    case "unit-ikm":
      return "unit.ikm"
    case "unit-mutu":
      return "unit.mutu"
    case "flag":
      return `flags.${c.name}`
    case "measure":
      return `measures.${c.name}`
  }
}

/**
 * Whether `a` and `b` can never both be true. Sound but incomplete.
 *
 * @example
 * ```ts
 * import { Rule } from "@pembinaan/core"
 * Rule.disjoint({ kind: "predikat", in: ["Sangat Baik"] }, { kind: "predikat", in: ["Sangat Kurang"] }) // => true
 * ```
 *
 * @category analysis
 * @since 0.1.0
 */
export const disjoint = (a: Condition, b: Condition): boolean => {
  if (a.kind === "all" && a.of.some((c) => disjoint(c, b))) return true
  if (b.kind === "all" && b.of.some((c) => disjoint(a, c))) return true
  if (a.kind === "any") return a.of.every((c) => disjoint(c, b))
  if (b.kind === "any") return b.of.every((c) => disjoint(a, c))
  if (a.kind === "not") return implies(b, a.of)
  if (b.kind === "not") return implies(a, b.of)
  if (a.kind === "all" || b.kind === "all") return false
  return atomsDisjoint(a, b)
}

const outranks = (a: Rule, b: Rule): boolean => a.priority > b.priority

/** Whether `upper`, when it fires, suppresses `lower`. */
const suppresses = (upper: Rule, lower: Rule): boolean =>
  upper.exclusive && upper.group === lower.group && outranks(upper, lower)

const walk = (
  c: Condition,
  path: ReadonlyArray<string | number>,
  visit: (atom: Atom, path: ReadonlyArray<string | number>) => void
): void => {
  if (c.kind === "all" || c.kind === "any") {
    c.of.forEach((x, i) => {
      walk(x, [...path, "of", i], visit)
    })
  } else if (c.kind === "not") walk(c.of, [...path, "of"], visit)
  else visit(c, path)
}

/**
 * Checks a decoded rule set and returns every problem with its path:
 *
 * - `duplicate`: a rule or outcome id given twice;
 * - `unknown-outcome`: `give` or `conflictsWith` naming an undeclared outcome;
 * - `unknown-fact`: a JPM category, flag or measure the vocabulary does not declare;
 * - `impossible`: `atLeast` above `last` in `predikat-last`;
 * - `never-fires`: a contradictory condition, or a condition that implies the condition of an exclusive rule of
 *   higher priority in the same group (the message names it);
 * - `conflicting-outcomes`: two rules (or one) that may fire together give outcomes declared in conflict, and neither
 *   suppresses the other.
 *
 * @example
 * ```ts
 * import { Presets, Rule } from "@pembinaan/core"
 * Rule.check(Presets.rules.national) // => []
 * ```
 *
 * @category analysis
 * @since 0.1.0
 */
export const check = (ruleSet: RuleSet): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const push = (path: ReadonlyArray<string | number>, code: string, message: string) =>
    out.push({ path: [...path], code, message })
  const outcomeIds = new Set<string>()
  ruleSet.outcomes.forEach((o, i) => {
    if (outcomeIds.has(o.id)) push(["outcomes", i, "id"], "duplicate", `outcome "${o.id}" is declared twice`)
    outcomeIds.add(o.id)
  })
  ruleSet.outcomes.forEach((o, i) => {
    ;(o.conflictsWith ?? []).forEach((c, j) => {
      if (!outcomeIds.has(c)) push(["outcomes", i, "conflictsWith", j], "unknown-outcome", `no outcome "${c}"`)
    })
  })
  const ruleIds = new Set<string>()
  const { vocabulary } = ruleSet
  ruleSet.rules.forEach((rule, i) => {
    if (ruleIds.has(rule.id)) push(["rules", i, "id"], "duplicate", `rule "${rule.id}" is declared twice`)
    ruleIds.add(rule.id)
    rule.give.forEach((id, j) => {
      if (!outcomeIds.has(id)) push(["rules", i, "give", j], "unknown-outcome", `no outcome "${id}"`)
    })
    walk(rule.when, ["rules", i, "when"], (atom, path) => {
      if (atom.kind === "jpm") {
        atom.in.forEach((label, k) => {
          if (!vocabulary.jpmCategories.includes(label)) {
            push([...path, "in", k], "unknown-fact", `JPM category "${label}" is not in the vocabulary`)
          }
        })
      } else if (atom.kind === "flag" && !vocabulary.flags.includes(atom.name)) {
        push([...path, "name"], "unknown-fact", `flag "${atom.name}" is not in the vocabulary`)
      } else if (atom.kind === "measure" && !vocabulary.measures.includes(atom.name)) {
        push([...path, "name"], "unknown-fact", `measure "${atom.name}" is not in the vocabulary`)
      } else if (atom.kind === "predikat-last" && (atom.atLeast ?? atom.last) > atom.last) {
        push([...path, "atLeast"], "impossible", `at least ${atom.atLeast} of the last ${atom.last} periods`)
      }
    })
  })
  ruleSet.rules.forEach((rule, i) => {
    if (disjoint(rule.when, rule.when)) {
      push(["rules", i, "when"], "never-fires", `the condition of rule "${rule.id}" contradicts itself`)
      return
    }
    const shadow = ruleSet.rules.find(
      (upper) => upper !== rule && suppresses(upper, rule) && implies(rule.when, upper.when)
    )
    if (shadow) {
      push(
        ["rules", i],
        "never-fires",
        `rule "${rule.id}" (priority ${rule.priority}) can never fire: whenever it applies, the exclusive rule ` +
          `"${shadow.id}" (priority ${shadow.priority}) in group "${rule.group}" applies too and suppresses it`
      )
    }
  })
  const conflicts = new Map<string, Set<string>>()
  for (const o of ruleSet.outcomes) {
    for (const c of o.conflictsWith ?? []) {
      if (!conflicts.has(o.id)) conflicts.set(o.id, new Set())
      if (!conflicts.has(c)) conflicts.set(c, new Set())
      conflicts.get(o.id)?.add(c)
      conflicts.get(c)?.add(o.id)
    }
  }
  ruleSet.rules.forEach((a, i) => {
    ruleSet.rules.forEach((b, j) => {
      if (j < i) return
      if (i !== j && (suppresses(a, b) || suppresses(b, a) || disjoint(a.when, b.when))) return
      for (const x of a.give) {
        for (const y of b.give) {
          if (conflicts.get(x)?.has(y) && (i !== j || x < y)) {
            push(
              ["rules", j, "give"],
              "conflicting-outcomes",
              i === j
                ? `rule "${a.id}" gives both "${x}" and "${y}", which are declared in conflict`
                : `rules "${a.id}" and "${b.id}" may fire together and give "${x}" and "${y}", which are declared ` +
                    `in conflict; make one exclusive with a higher priority in the same group, or make their conditions disjoint`
            )
          }
        }
      }
    })
  })
  return out
}

/**
 * Decodes a rule-set document and runs {@link check}; any problem fails with {@link Input.InvalidInput} (subject
 * `"RuleSet"`) listing every problem with its path. Never throws.
 *
 * Limits (since 0.4.0), checked first in linear time without recursion: conditions nest at most
 * {@link Limits.maxConditionDepth} (64) `all` / `any` / `not` levels (`too-deep`, with the path of the first
 * condition beyond), and the document at most {@link Limits.ruleSet} (160 levels, 1,000 items per array,
 * 1,000,000 values: `too-deep`, `too-long`, `too-large`).
 *
 * @example
 * ```ts
 * import { Rule } from "@pembinaan/core"
 * Rule.decodeRuleSet({ ...doc, rules: [{ ...rule, when: notNested800Times }] })
 * // => Result.fail(InvalidInput { problems: [{ path: ["rules", 0, "when", "of", "of", …], code: "too-deep" }] })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeRuleSet = (input: unknown): Result.Result<RuleSet, Input.InvalidInput> => {
  const tooBig = [...Limits.problems(input, Limits.ruleSet), ...Limits.conditionDepthProblems(input)].slice(0, 1)
  if (tooBig.length > 0) return Result.fail(new Input.InvalidInput({ subject: "RuleSet", problems: tooBig }))
  try {
    return Result.flatMap(Input.decode(RuleSet, "RuleSet")(input), (ruleSet) => {
      const found = check(ruleSet)
      return found.length === 0
        ? Result.succeed(ruleSet)
        : Result.fail(new Input.InvalidInput({ subject: "RuleSet", problems: found }))
    })
  } catch (e) {
    // a last line of defence: the limits above keep decoding and checking within the stack
    return Result.fail(
      new Input.InvalidInput({
        subject: "RuleSet",
        problems: [{ path: [], code: "unreadable", message: e instanceof Error ? e.message : String(e) }]
      })
    )
  }
}

// ---------------------------------------------------------------------------------------------------------------
// evaluation
// ---------------------------------------------------------------------------------------------------------------

const compareOp = (x: Exact.Exact, op: Op, value: number): boolean => {
  const c = Exact.compare(x, Exact.fromFinite(value))
  switch (op) {
    case "at-least":
      return c >= 0
    case "above":
      return c > 0
    case "at-most":
      return c <= 0
    case "below":
      return c < 0
    case "equal":
      return c === 0
  }
}

const truth = (b: boolean): Truth => (b ? "true" : "false")

const slopeOf = (ys: ReadonlyArray<Exact.Exact>): Exact.Exact => {
  const n = ys.length
  const mx = Exact.fraction(n - 1, 2)
  const my = Exact.multiply(Exact.sum(ys), Exact.fraction(1, n))
  let num = Exact.zero
  let den = Exact.zero
  ys.forEach((y, k) => {
    const dx = Exact.subtract(Exact.int(k), mx)
    num = Exact.add(num, Exact.multiply(dx, Exact.subtract(y, my)))
    den = Exact.add(den, Exact.multiply(dx, dx))
  })
  return den.n === 0n ? Exact.zero : Exact.multiply(num, { n: den.d, d: den.n })
}

const evalAtom = (c: Atom, facts: Facts, path: ReadonlyArray<string | number>): Node => {
  const node = (value: Truth, saw: Node["saw"], missing?: string): Node =>
    missing === undefined ? { path, kind: c.kind, value, saw } : { path, kind: c.kind, value, saw, missing }
  const h = facts.history
  const current = h[h.length - 1]
  switch (c.kind) {
    case "predikat":
      return current
        ? node(truth(c.in.includes(current.predikat)), { period: current.period, predikat: current.predikat })
        : node("unknown", {}, "history")
    case "predikat-last": {
      const need = c.atLeast ?? c.last
      const window = h.slice(-c.last)
      const count = window.filter((p) => c.in.includes(p.predikat)).length
      const absent = c.last - window.length
      const value: Truth = count >= need ? "true" : count + absent < need ? "false" : "unknown"
      const saw = { periods: window.map((p) => `${p.period}: ${p.predikat}`), matching: count, needed: need }
      return value === "unknown" ? node(value, saw, "history") : node(value, saw)
    }
    case "consecutive": {
      let run = 0
      for (let k = h.length - 1; k >= 0 && c.in.includes((h[k] as PeriodFact).predikat); k--) run++
      const saw = { run, periods: h.length, needed: c.atLeast }
      if (run >= c.atLeast) return node("true", saw)
      return run === h.length ? node("unknown", saw, "history") : node("false", saw)
    }
    case "score":
      return current?.score === undefined
        ? node("unknown", {}, "history.score")
        : node(truth(compareOp(Exact.fromFinite(current.score), c.op, c.value)), {
            period: current.period,
            score: Exact.format(Exact.fromFinite(current.score))
          })
    case "trend": {
      const window = h.slice(-c.last)
      if (window.length < c.last || window.some((p) => p.score === undefined)) {
        return node("unknown", { periods: window.map((p) => p.period) }, "history.score")
      }
      const ys = window.map((p) => Exact.fromFinite(p.score as number))
      const measured =
        c.measure === "change" ? Exact.subtract(ys[ys.length - 1] as Exact.Exact, ys[0] as Exact.Exact) : slopeOf(ys)
      return node(truth(compareOp(measured, c.op, c.value)), {
        scores: ys.map(Exact.format),
        [c.measure]: Exact.format(measured)
      })
    }
    case "jpm":
      return facts.jpm
        ? node(truth(c.in.includes(facts.jpm.category)), { category: facts.jpm.category })
        : node("unknown", {}, "jpm")
    case "jp": {
      const d = facts.development
      if (!d) return node("unknown", {}, "development")
      const compliant = Exact.greaterThanOrEqualTo(Exact.fromFinite(d.jp), Exact.fromFinite(d.jpRequired))
      return node(truth(compliant === c.compliant), { jp: d.jp, jpRequired: d.jpRequired, compliant })
    }
    case "discipline": {
      if (!facts.discipline) return node("unknown", {}, "discipline")
      const found = Discipline.matching(facts.discipline, c.levels, c.scope, facts.asOf)
      return node(truth(found.length > 0 === c.present), {
        scope: c.scope,
        asOf: facts.asOf,
        matching: found.map((s) => `${s.kind} (${s.effective})`)
      })
    }
    case "talent-box":
      return facts.talentBox === undefined
        ? node("unknown", {}, "talentBox")
        : node(truth(c.in.includes(facts.talentBox)), { talentBox: facts.talentBox })
    case "unit-ikm":
      return facts.unit?.ikm === undefined
        ? node("unknown", {}, "unit.ikm")
        : node(truth(compareOp(Exact.fromFinite(facts.unit.ikm), c.op, c.value)), {
            ikm: Exact.format(Exact.fromFinite(facts.unit.ikm))
          })
    case "unit-mutu":
      return facts.unit?.mutu === undefined
        ? node("unknown", {}, "unit.mutu")
        : node(truth(c.in.includes(facts.unit.mutu)), { mutu: facts.unit.mutu })
    case "flag": {
      const v = facts.flags?.[c.name]
      return v === undefined ? node("unknown", {}, `flags.${c.name}`) : node(truth(v === c.is), { [c.name]: v })
    }
    case "measure": {
      const v = facts.measures?.[c.name]
      return v === undefined
        ? node("unknown", {}, `measures.${c.name}`)
        : node(truth(compareOp(Exact.fromFinite(v), c.op, c.value)), { [c.name]: Exact.format(Exact.fromFinite(v)) })
    }
  }
}

const evalCondition = (c: Condition, facts: Facts, path: ReadonlyArray<string | number>): Node => {
  if (c.kind === "all" || c.kind === "any") {
    const children = c.of.map((x, i) => evalCondition(x, facts, [...path, "of", i]))
    const values = children.map((x) => x.value)
    const [absorbing, neutral] = c.kind === "all" ? (["false", "true"] as const) : (["true", "false"] as const)
    const value: Truth = values.includes(absorbing) ? absorbing : values.includes("unknown") ? "unknown" : neutral
    return { path, kind: c.kind, value, saw: {}, children }
  }
  if (c.kind === "not") {
    const child = evalCondition(c.of, facts, [...path, "of"])
    const value: Truth = child.value === "unknown" ? "unknown" : child.value === "true" ? "false" : "true"
    return { path, kind: "not", value, saw: {}, children: [child] }
  }
  return evalAtom(c, facts, path)
}

const collectMissing = (n: Node, into: Set<string>): void => {
  if (n.missing !== undefined && n.value === "unknown") into.add(n.missing)
  for (const child of n.children ?? []) collectMissing(child, into)
}

const byPriority = (a: Rule, b: Rule): number => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const factProblems = (ruleSet: RuleSet, facts: Facts): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const seen = new Set<string>()
  facts.history.forEach((p, i) => {
    if (seen.has(p.period)) {
      out.push({ path: ["history", i, "period"], code: "duplicate", message: `period ${p.period} is given twice` })
    }
    seen.add(p.period)
  })
  if (facts.jpm && !ruleSet.vocabulary.jpmCategories.includes(facts.jpm.category)) {
    out.push({
      path: ["jpm", "category"],
      code: "unknown-fact",
      message: `JPM category "${facts.jpm.category}" is not one of ${JSON.stringify(ruleSet.vocabulary.jpmCategories)}`
    })
  }
  for (const [part, declared] of [
    ["flags", ruleSet.vocabulary.flags],
    ["measures", ruleSet.vocabulary.measures]
  ] as const) {
    for (const name of Object.keys(facts[part] ?? {})) {
      if (!declared.includes(name)) {
        out.push({
          path: [part, name],
          code: "unknown-fact",
          message: `${part} "${name}" is not declared by the rule set`
        })
      }
    }
  }
  return out
}

/**
 * Evaluates a rule set against one employee's facts (untrusted: decoded; unknown custom facts, an undeclared JPM
 * category and duplicate periods are problems with paths). Pure and total: every rule gets a {@link Decision}.
 *
 * @example
 * ```ts
 * import { Presets, Rule } from "@pembinaan/core"
 * const r = Rule.evaluate(Presets.rules.national, {
 *   asOf: "2026-12-31",
 *   history: [{ period: "2026", predikat: "Butuh Perbaikan" }]
 * })
 * // r.success.outcomes.map((o) => o.id) => ["bimbingan-kinerja", …]
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (facts: unknown): (ruleSet: RuleSet) => Result.Result<Evaluation, Input.InvalidInput>
  (ruleSet: RuleSet, facts: unknown): Result.Result<Evaluation, Input.InvalidInput>
} = dual(
  2,
  (ruleSet: RuleSet, raw: unknown): Result.Result<Evaluation, Input.InvalidInput> =>
    Result.flatMap(Input.decode(Facts, "Facts")(raw), (facts) => {
      const found = factProblems(ruleSet, facts)
      if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Facts", problems: found }))
      return Result.succeed(run(ruleSet, facts))
    })
)

/**
 * Evaluates a rule set against facts that are already typed (built by the caller from decoded results), skipping
 * the Schema decode that {@link evaluate} does for untrusted input. The same checks on the facts' content apply
 * (unknown custom facts, an undeclared JPM category, duplicate periods).
 *
 * @example
 * ```ts
 * import { Presets, Rule } from "@pembinaan/core"
 * Rule.decide(Presets.rules.national, {
 *   asOf: "2026-12-31",
 *   history: [{ period: "2026", predikat: "Sangat Baik" }]
 * }) // => Result.succeed(evaluation with the Pasal 31 priorities given)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const decide: {
  (facts: Facts): (ruleSet: RuleSet) => Result.Result<Evaluation, Input.InvalidInput>
  (ruleSet: RuleSet, facts: Facts): Result.Result<Evaluation, Input.InvalidInput>
} = dual(2, (ruleSet: RuleSet, facts: Facts): Result.Result<Evaluation, Input.InvalidInput> => {
  const found = factProblems(ruleSet, facts)
  return found.length > 0
    ? Result.fail(new Input.InvalidInput({ subject: "Facts", problems: found }))
    : Result.succeed(run(ruleSet, facts))
})

/** What a rule set needs at every evaluation, derived once per rule-set object. */
interface Prepared {
  readonly rules: ReadonlyArray<Rule>
  readonly outcomes: ReadonlyMap<string, Outcome>
  readonly kindIndex: ReadonlyMap<OutcomeKind, number>
}

const preparedSets = new WeakMap<RuleSet, Prepared>()

const prepare = (ruleSet: RuleSet): Prepared => {
  let prepared = preparedSets.get(ruleSet)
  if (!prepared) {
    prepared = {
      rules: [...ruleSet.rules].sort(byPriority),
      outcomes: new Map(ruleSet.outcomes.map((o) => [o.id, o])),
      kindIndex: new Map(OutcomeKind.literals.map((k, i) => [k, i]))
    }
    preparedSets.set(ruleSet, prepared)
  }
  return prepared
}

const run = (ruleSet: RuleSet, facts: Facts): Evaluation => {
  const { rules, outcomes: outcomeById, kindIndex } = prepare(ruleSet)
  const blocks = new Map<string, Rule>()
  const missing = new Set<string>()
  const decisions: Array<Decision> = rules.map((rule) => {
    const condition = evalCondition(rule.when, facts, ["when"])
    collectMissing(condition, missing)
    const block = blocks.get(rule.group)
    const suppressedBy = block && block.priority > rule.priority ? block.id : undefined
    const status: Decision["status"] =
      condition.value === "true"
        ? suppressedBy
          ? "suppressed"
          : "fired"
        : condition.value === "unknown"
          ? "unknown"
          : "not-met"
    if (status === "fired" && rule.exclusive && !blocks.has(rule.group)) blocks.set(rule.group, rule)
    return {
      rule: rule.id,
      description: rule.description,
      group: rule.group,
      priority: rule.priority,
      exclusive: rule.exclusive,
      status,
      suppressedBy: status === "suppressed" ? suppressedBy : undefined,
      outcomes: rule.give,
      condition,
      legalBasis: rule.legalBasis
    }
  })
  const given = new Map<string, Array<string>>()
  for (const d of decisions) {
    if (d.status !== "fired") continue
    for (const id of d.outcomes) {
      const by = given.get(id)
      if (by) by.push(d.rule)
      else given.set(id, [d.rule])
    }
  }
  const outcomes: Array<Given> = []
  for (const [id, byRules] of given) {
    const o = outcomeById.get(id)
    if (!o) continue
    outcomes.push({ id, kind: o.kind, label: o.label, severity: o.severity, rules: byRules, legalBasis: o.legalBasis })
  }
  outcomes.sort(
    (a, b) =>
      (kindIndex.get(a.kind) ?? 0) - (kindIndex.get(b.kind) ?? 0) ||
      b.severity - a.severity ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
  const conflicts: Array<readonly [string, string]> = []
  for (const id of given.keys()) {
    const o = outcomeById.get(id)
    if (!o) continue
    for (const c of o.conflictsWith ?? []) {
      if (given.has(c)) conflicts.push(o.id < c ? [o.id, c] : [c, o.id])
    }
  }
  const unique = [...new Map(conflicts.map((p) => [p.join("\u0000"), p])).values()].sort((a, b) =>
    a.join() < b.join() ? -1 : 1
  )
  return {
    decisions,
    outcomes,
    conflicts: unique,
    missing: [...missing].sort(),
    trace: { rule: "rule-set", name: ruleSet.name, asOf: facts.asOf, legalBasis: ruleSet.legalBasis }
  }
}

/**
 * The largest severity among the outcomes of a kind in an evaluation (0 when none): how harsh the remediation is.
 *
 * @example
 * ```ts
 * import { Rule } from "@pembinaan/core"
 * Rule.harshest(evaluation, "remediation") // => 2 (konseling kinerja)
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const harshest: {
  (kind: OutcomeKind): (evaluation: Evaluation) => number
  (evaluation: Evaluation, kind: OutcomeKind): number
} = dual(2, (evaluation: Evaluation, kind: OutcomeKind): number =>
  evaluation.outcomes.filter((o) => o.kind === kind).reduce((m, o) => Math.max(m, o.severity), 0)
)

// ---------------------------------------------------------------------------------------------------------------
// compiled rule sets (batch scoring)
// ---------------------------------------------------------------------------------------------------------------

/**
 * What a compiled rule set decides for one employee: the rules that fired and what {@link Evaluation} carries
 * besides its per-rule decisions (no condition trees, no per-rule objects). Decisions with the same fired rules and
 * the same missing facts share one object: treat it as immutable.
 *
 * @category models
 * @since 0.3.0
 */
export interface Decided {
  /** The ids of the rules that fired, by priority (higher first) then id. */
  readonly fired: ReadonlyArray<string>
  /** As {@link Evaluation.outcomes}. */
  readonly outcomes: ReadonlyArray<Given>
  /** As {@link Evaluation.conflicts}. */
  readonly conflicts: ReadonlyArray<readonly [string, string]>
  /** As {@link Evaluation.missing}. */
  readonly missing: ReadonlyArray<string>
}

/**
 * A rule set compiled once for many evaluations ({@link compile}).
 *
 * @category models
 * @since 0.3.0
 */
export interface Compiled {
  readonly ruleSet: RuleSet
  /**
   * {@link decide} without the explanation: the same checks on the facts, the same fired rules, outcomes, conflicts
   * and missing facts, computed by closures prepared from the conditions instead of by building a condition tree
   * for every rule.
   */
  readonly decide: (facts: Facts) => Result.Result<Decided, Input.InvalidInput>
}

/** Three-valued truth as a number: 0 false, 1 true, 2 unknown. */
type Tri = 0 | 1 | 2

/** The per-call state of a compiled rule set: which missing facts were met (one flag per name). */
interface CompiledState {
  readonly missing: Uint8Array
}

type CompiledCondition = (facts: Facts, state: CompiledState) => Tri

/**
 * A numeric comparison on plain numbers. `Exact.fromFinite` maps finite doubles to rationals monotonically (each
 * double to a decimal that rounds back to it), so for finite numbers the order of the doubles is the order of their
 * exact values: this equals `compareOp(Exact.fromFinite(x), op, value)`.
 */
const compareNumber = (x: number, op: Op, value: number): boolean => {
  switch (op) {
    case "at-least":
      return x >= value
    case "above":
      return x > value
    case "at-most":
      return x <= value
    case "below":
      return x < value
    case "equal":
      return x === value
  }
}

const compareFact = (x: number, op: Op, value: number): boolean =>
  typeof x === "number" && Number.isFinite(x) ? compareNumber(x, op, value) : compareOp(Exact.fromFinite(x), op, value)

const compileCondition = (c: Condition, names: Map<string, number>): CompiledCondition => {
  const slot = (name: string): number => {
    let k = names.get(name)
    if (k === undefined) {
      k = names.size
      names.set(name, k)
    }
    return k
  }
  const unknown = (k: number, state: CompiledState): Tri => {
    state.missing[k] = 1
    return 2
  }
  switch (c.kind) {
    case "all":
    case "any": {
      const parts = c.of.map((x) => compileCondition(x, names))
      const absorbing: Tri = c.kind === "all" ? 0 : 1
      const neutral: Tri = c.kind === "all" ? 1 : 0
      // Every part is evaluated (no short circuit): the missing facts of every unknown atom are reported.
      return (facts, state) => {
        let sawAbsorbing = false
        let sawUnknown = false
        for (const part of parts) {
          const v = part(facts, state)
          if (v === absorbing) sawAbsorbing = true
          else if (v === 2) sawUnknown = true
        }
        return sawAbsorbing ? absorbing : sawUnknown ? 2 : neutral
      }
    }
    case "not": {
      const part = compileCondition(c.of, names)
      return (facts, state) => {
        const v = part(facts, state)
        return v === 2 ? 2 : v === 1 ? 0 : 1
      }
    }
    case "predikat": {
      const k = slot("history")
      const wanted = c.in
      return (facts, state) => {
        const h = facts.history
        const current = h[h.length - 1]
        return current ? (wanted.includes(current.predikat) ? 1 : 0) : unknown(k, state)
      }
    }
    case "predikat-last": {
      const k = slot("history")
      const need = c.atLeast ?? c.last
      const { last, in: wanted } = c
      return (facts, state) => {
        const h = facts.history
        const from = Math.max(0, h.length - last)
        let count = 0
        for (let i = from; i < h.length; i++) if (wanted.includes((h[i] as PeriodFact).predikat)) count++
        const absent = last - (h.length - from)
        return count >= need ? 1 : count + absent < need ? 0 : unknown(k, state)
      }
    }
    case "consecutive": {
      const k = slot("history")
      const { atLeast, in: wanted } = c
      return (facts, state) => {
        const h = facts.history
        let run = 0
        for (let i = h.length - 1; i >= 0 && wanted.includes((h[i] as PeriodFact).predikat); i--) run++
        return run >= atLeast ? 1 : run === h.length ? unknown(k, state) : 0
      }
    }
    case "score": {
      const k = slot("history.score")
      const { op, value } = c
      return (facts, state) => {
        const h = facts.history
        const score = h[h.length - 1]?.score
        return score === undefined ? unknown(k, state) : compareFact(score, op, value) ? 1 : 0
      }
    }
    case "talent-box": {
      const k = slot("talentBox")
      const wanted = c.in
      return (facts, state) =>
        facts.talentBox === undefined ? unknown(k, state) : wanted.includes(facts.talentBox) ? 1 : 0
    }
    case "unit-ikm": {
      const k = slot("unit.ikm")
      const { op, value } = c
      return (facts, state) => {
        const ikm = facts.unit?.ikm
        return ikm === undefined ? unknown(k, state) : compareFact(ikm, op, value) ? 1 : 0
      }
    }
    case "unit-mutu": {
      const k = slot("unit.mutu")
      const wanted = c.in
      return (facts, state) => {
        const mutu = facts.unit?.mutu
        return mutu === undefined ? unknown(k, state) : wanted.includes(mutu) ? 1 : 0
      }
    }
    case "flag": {
      const k = slot(`flags.${c.name}`)
      const { name, is } = c
      return (facts, state) => {
        const v = facts.flags?.[name]
        return v === undefined ? unknown(k, state) : v === is ? 1 : 0
      }
    }
    case "measure": {
      const k = slot(`measures.${c.name}`)
      const { name, op, value } = c
      return (facts, state) => {
        const v = facts.measures?.[name]
        return v === undefined ? unknown(k, state) : compareFact(v, op, value) ? 1 : 0
      }
    }
    default: {
      // The rarer atoms (trend, jpm, jp, discipline) reuse the traced evaluation of the atom: same value, same
      // missing fact (each kind has one).
      const atom = c
      const k = slot(
        atom.kind === "trend"
          ? "history.score"
          : atom.kind === "jpm"
            ? "jpm"
            : atom.kind === "jp"
              ? "development"
              : "discipline"
      )
      return (facts, state) => {
        const node = evalAtom(atom, facts, [])
        return node.value === "unknown" ? unknown(k, state) : node.value === "true" ? 1 : 0
      }
    }
  }
}

/** The outcomes, conflicts and missing facts of one set of fired rules, as {@link run} computes them. */
const decidedOf = (prepared: Prepared, fired: ReadonlyArray<Rule>, missingNames: ReadonlyArray<string>): Decided => {
  const given = new Map<string, Array<string>>()
  for (const rule of fired) {
    for (const id of rule.give) {
      const by = given.get(id)
      if (by) by.push(rule.id)
      else given.set(id, [rule.id])
    }
  }
  const outcomes: Array<Given> = []
  for (const [id, byRules] of given) {
    const o = prepared.outcomes.get(id)
    if (!o) continue
    outcomes.push({ id, kind: o.kind, label: o.label, severity: o.severity, rules: byRules, legalBasis: o.legalBasis })
  }
  outcomes.sort(
    (a, b) =>
      (prepared.kindIndex.get(a.kind) ?? 0) - (prepared.kindIndex.get(b.kind) ?? 0) ||
      b.severity - a.severity ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
  const conflicts: Array<readonly [string, string]> = []
  for (const id of given.keys()) {
    const o = prepared.outcomes.get(id)
    if (!o) continue
    for (const c of o.conflictsWith ?? []) {
      if (given.has(c)) conflicts.push(o.id < c ? [o.id, c] : [c, o.id])
    }
  }
  const unique = [...new Map(conflicts.map((p) => [p.join("\u0000"), p])).values()].sort((a, b) =>
    a.join() < b.join() ? -1 : 1
  )
  return { fired: fired.map((r) => r.id), outcomes, conflicts: unique, missing: [...missingNames].sort() }
}

/** At most this many distinct decisions are kept per compiled rule set; past it they are computed each time. */
const MAX_MEMO = 4096

const compiledSets = new WeakMap<RuleSet, Compiled>()

/**
 * Compiles a rule set once for many evaluations: each condition becomes a closure over the facts, and the outcomes
 * of each distinct combination of fired rules and missing facts are computed once. `compile(ruleSet).decide(facts)`
 * gives the same fired rules, outcomes, conflicts and missing facts as {@link decide}, and fails on the same facts
 * (`test/RuleCompiled.test.ts` checks both on generated rule sets and facts); it builds no explanation, so it is
 * what a batch uses when the trace is not written. Cached per rule-set object.
 *
 * @example
 * ```ts
 * import { Presets, Rule } from "@pembinaan/core"
 * const rules = Rule.compile(Presets.rules.national)
 * rules.decide({ asOf: "2026-12-31", history: [{ period: "2026", predikat: "Butuh Perbaikan" }] })
 * // => Result.succeed({ fired: [...], outcomes: [{ id: "bimbingan-kinerja", … }, …], conflicts: [], missing: [...] })
 * ```
 *
 * @category combinators
 * @since 0.3.0
 */
export const compile = (ruleSet: RuleSet): Compiled => {
  const hit = compiledSets.get(ruleSet)
  if (hit) return hit
  const prepared = prepare(ruleSet)
  const names = new Map<string, number>()
  const rules = prepared.rules
  const conditions = rules.map((rule) => compileCondition(rule.when, names))
  const state: CompiledState = { missing: new Uint8Array(names.size) }
  const groups = new Map<string, number>()
  const groupOf = rules.map((rule) => {
    let g = groups.get(rule.group)
    if (g === undefined) {
      g = groups.size
      groups.set(rule.group, g)
    }
    return g
  })
  const blockPriority = new Array<number>(groups.size)
  const blocked = new Uint8Array(groups.size)
  const fired = new Uint8Array(rules.length)
  // One memo key per (fired rules, missing facts): a number while both fit in 52 bits, else a list as text.
  const numericKeys = rules.length + names.size <= 52
  const memo = new Map<number | string, Result.Result<Decided, Input.InvalidInput>>()
  const keyOf = (): number | string => {
    if (numericKeys) {
      let key = 0
      let bit = 1
      for (let i = 0; i < rules.length; i++, bit *= 2) if (fired[i] === 1) key += bit
      for (let k = 0; k < names.size; k++, bit *= 2) if (state.missing[k] === 1) key += bit
      return key
    }
    return `${fired.join("")}|${state.missing.join("")}`
  }
  const decideFacts = (facts: Facts): Result.Result<Decided, Input.InvalidInput> => {
    // The content checks of `decide`; with one period and no JPM, flags or measures there is nothing to report.
    if (
      facts.history.length > 1 ||
      facts.jpm !== undefined ||
      facts.flags !== undefined ||
      facts.measures !== undefined
    ) {
      const found = factProblems(ruleSet, facts)
      if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Facts", problems: found }))
    }
    state.missing.fill(0)
    blocked.fill(0)
    for (let i = 0; i < rules.length; i++) {
      const value = (conditions[i] as CompiledCondition)(facts, state)
      const rule = rules[i] as Rule
      const g = groupOf[i] as number
      const suppressed = blocked[g] === 1 && (blockPriority[g] as number) > rule.priority
      const fires = value === 1 && !suppressed
      fired[i] = fires ? 1 : 0
      if (fires && rule.exclusive && blocked[g] === 0) {
        blocked[g] = 1
        blockPriority[g] = rule.priority
      }
    }
    const key = keyOf()
    const known = memo.get(key)
    if (known) return known
    const missingNames: Array<string> = []
    for (const [name, k] of names) if (state.missing[k] === 1) missingNames.push(name)
    const result = Result.succeed(
      decidedOf(
        prepared,
        rules.filter((_, i) => fired[i] === 1),
        missingNames
      )
    )
    if (memo.size < MAX_MEMO) memo.set(key, result)
    return result
  }
  const compiled: Compiled = { ruleSet, decide: decideFacts }
  compiledSets.set(ruleSet, compiled)
  return compiled
}
