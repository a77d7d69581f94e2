/**
 * The portal's view of a region: the generated sample plus what the user stored, scored with `@pembinaan/core`.
 * Pure (no DOM, no I/O): every number on the page comes from here, and every one of them from core.
 */
import {
  Calendar,
  Consequence,
  Cycle,
  Development,
  Distribution,
  Evaluation,
  Feedback,
  Jpm,
  Period,
  Presets,
  Quadrant,
  type Rule,
  SampleSize,
  Survey,
  Talent
} from "@pembinaan/core"
import { Result } from "effect"
import type { Stored } from "../store.js"
import { type Dataset, type Employee, quarters, type Unit } from "./generate.js"
import { type Region, type RegionId, regions } from "./regions.js"

/**
 * The 360° policy of the demo: an **illustrative** BKPSDM-style rule (atasan 50%, rekan kerja 30%, bawahan 20%,
 * at least 3 peers, groups under 3 raters not shown). Policy as data, not a regulation.
 */
export const feedbackPolicy: Feedback.Policy = {
  // core's illustrative preset with a smaller anonymity minimum, so that the small demo units show group breakdowns
  ...Presets.feedback.bkpsdm,
  anonymity: { ...Presets.feedback.bkpsdm.anonymity, minimumGroupSize: 3 }
}

/** One employee as the portal shows them. */
export interface EmployeeView {
  readonly employee: Employee
  /** The evaluation of each quarter (absent when the input could not be scored: see `problems`). */
  readonly evaluations: { readonly [period: string]: Evaluation.Evaluated }
  /** The input of each quarter (sample or stored). */
  readonly inputs: { readonly [period: string]: Evaluation.EvaluationInput }
  /** Periods whose input was entered by the user. */
  readonly edited: ReadonlyArray<string>
  readonly latest: Evaluation.Evaluated | undefined
  readonly feedback: Feedback.Result360 | undefined
  readonly feedbackRaters: number
  readonly jp: Development.EmployeeYear | undefined
  readonly jpm: Jpm.Match | undefined
  readonly potensial: number
  readonly placement: Talent.Placement | undefined
  /** The year's result under the region's annual strategy (`Period.annual`), or why there is none. */
  readonly annual: AnnualView
  /** Everything that follows from the year's quarterly results (`Consequence.follow`), as of the year's end. */
  readonly consequences: Consequence.Consequences | undefined
  /** What follows from each quarter's result (history up to that quarter), for the dashboards. */
  readonly quarterly: { readonly [period: string]: Consequence.Consequences }
}

/** The annual evaluation of one employee, with the quarters that were not scored stated explicitly. */
export interface AnnualView {
  readonly strategy: Period.Strategy
  /** Quarters of the year without a scored evaluation (never silently left out). */
  readonly missing: ReadonlyArray<string>
  /**
   * Quarters whose evaluation was entered in this browser after the periodic deadline (core's
   * `Cycle.nationalDeadlines.periodic`, days after the quarter's end). They are still used, and shown as late.
   */
  readonly late: ReadonlyArray<Late>
  readonly result:
    | { readonly status: "ok"; readonly evaluation: Period.AnnualEvaluation }
    | { readonly status: "missing-periods"; readonly required: number }
    | { readonly status: "annual-evaluation-missing" }
    | { readonly status: "failed"; readonly tag: string }
}

/** One unit as the portal shows it. */
export interface UnitView {
  readonly unit: Unit
  readonly employees: number
  /** Predikat counts of the latest quarter. */
  readonly distribution: Distribution.Report
  /** Mean score of the latest quarter, two decimals (display only). */
  readonly meanScore: string | undefined
  readonly ikm: Survey.Score | undefined
  readonly respondents: number
  /** Responses submitted in this browser. */
  readonly submitted: number
  readonly sample: SampleSize.Sufficiency | undefined
}

/** The view of a region. */
export interface Model {
  readonly region: Region
  readonly data: Dataset
  readonly employees: ReadonlyArray<EmployeeView>
  readonly units: ReadonlyArray<UnitView>
  readonly latestPeriod: string
  readonly distribution: Distribution.Report
  readonly jpReport: Development.YearReport | undefined
  /** Inputs that core refused, with the reason (should stay empty for the sample). */
  readonly problems: ReadonlyArray<string>
}

/**
 * The consequence policies of each region: its rule set and remediation plan types (core presets), the illustrative
 * TPP policy paid by predikat (`Presets.allowance.tuba`: an example, not the region's Perkada), the Satyalancana Karya
 * Satya rule and the national development policy.
 */
export const consequencePolicies: { readonly [K in RegionId]: Consequence.Policies } = {
  bukittinggi: {
    rules: Presets.regionRules.bukittinggi,
    plans: Presets.regionRules.bukittinggiPlans,
    allowance: Presets.allowance.tuba,
    satyalancana: Presets.rules.satyalancana,
    development: Presets.competency.development
  },
  muaratebo: {
    rules: Presets.regionRules.muaratebo,
    plans: Presets.rules.nationalPlans,
    allowance: Presets.allowance.tuba,
    satyalancana: Presets.rules.satyalancana,
    development: Presets.competency.development
  },
  sawahlunto: {
    rules: Presets.regionRules.sawahlunto,
    plans: Presets.rules.nationalPlans,
    allowance: Presets.allowance.tuba,
    satyalancana: Presets.rules.satyalancana,
    development: Presets.competency.development
  }
}

/** The last day of a quarter (`2026-Q2` → `2026-06-30`). */
export const quarterEnd = (period: string): string => {
  const m = /^(\d{4})-Q([1-4])$/.exec(period)
  if (!m) return period
  return `${m[1]}-${["03-31", "06-30", "09-30", "12-31"][Number(m[2]) - 1]}`
}

/** A quarter evaluated after its deadline. */
export interface Late {
  readonly period: string
  /** The day the evaluation was entered. */
  readonly entered: string
  /** The last day of the periodic deadline. */
  readonly due: string
}

/** The periodic evaluation deadline of a quarter: its last day plus the national periodic deadline's days. */
export const periodicDue = (period: string): string => {
  const end = Calendar.dayNumber(quarterEnd(period))
  return end === undefined ? period : Calendar.fromDayNumber(end + Cycle.nationalDeadlines.periodic.days)
}

/** The entered evaluations that came after their quarter's deadline. */
export const lateOf = (entered: ReadonlyArray<{ readonly period: string; readonly at: string }>): ReadonlyArray<Late> =>
  entered.flatMap(({ period, at }) => {
    const day = at.slice(0, 10)
    const due = periodicDue(period)
    return day !== "" && day > due ? [{ period, entered: day, due }] : []
  })

/** The annual result of one employee from the quarters that were scored. */
export const annualOf = (
  policy: Region["policy"],
  year: number,
  evaluations: { readonly [period: string]: Evaluation.Evaluated }
): Omit<AnnualView, "late"> => {
  const expected = Period.periodsOf(policy.period.cadence, year)
  const missing = expected.filter((p) => evaluations[p] === undefined)
  const periodic = expected.flatMap((p) => {
    const e = evaluations[p]
    return e ? [{ period: p, score: e.score?.value ?? 0, predikat: e.predikat, perilakuKerja: e.perilakuKerja }] : []
  })
  const strategy = policy.period.annual
  const r = Period.annual(policy, { year, periodic })
  if (Result.isSuccess(r)) return { strategy, missing, result: { status: "ok", evaluation: r.success } }
  const f = r.failure
  if (f._tag === "MissingPeriods")
    return { strategy, missing, result: { status: "missing-periods", required: f.required } }
  if (f._tag === "AnnualEvaluationMissing")
    return { strategy, missing, result: { status: "annual-evaluation-missing" } }
  return { strategy, missing, result: { status: "failed", tag: f._tag } }
}

const ok = <A, E>(r: Result.Result<A, E>): A | undefined => (Result.isSuccess(r) ? r.success : undefined)

const mean2 = (xs: ReadonlyArray<number>): string | undefined =>
  xs.length === 0 ? undefined : (Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100).toFixed(2)

/** Scores a unit's responses (sample plus submitted) with the national SKM template and policy. */
export const unitIkm = (responses: ReadonlyArray<Survey.Response>): Survey.Score | undefined =>
  responses.length === 0
    ? undefined
    : ok(Survey.score(Presets.skm.policy, { template: Presets.skm.national2017, responses }))

/** Builds the region's view from its sample and the stored submissions. */
export const buildModel = (data: Dataset, stored: Stored): Model => {
  const region = regions[data.region]
  const policy = region.policy
  const problems: Array<string> = []
  const latestPeriod = quarters[quarters.length - 1] as string

  const overrides = new Map<string, Evaluation.EvaluationInput>()
  const submittedAt = new Map<string, string>()
  for (const r of stored.evaluations) {
    overrides.set(`${r.employee}|${r.period}`, r.input)
    submittedAt.set(`${r.employee}|${r.period}`, r.submittedAt)
  }

  const feedbackBy = new Map<string, Array<Feedback.Rating>>()
  for (const f of [...data.feedback, ...stored.feedback]) {
    const list = feedbackBy.get(f.subject) ?? []
    list.push(f.rating)
    feedbackBy.set(f.subject, list)
  }

  const jpReport = ok(
    Development.yearly(Presets.competency.development, {
      year: data.year,
      employees: data.employees.map((e) => e.id),
      activities: data.training
    })
  )
  const jpBy = new Map(jpReport?.employees.map((e) => [e.employee, e]) ?? [])
  const competencyBy = new Map(data.competency.map((c) => [c.employee, c.assessment]))
  const inputsBy = new Map<string, Array<Evaluation.EvaluationInput>>()
  for (const input of data.evaluations) {
    const list = inputsBy.get(input.employee) ?? []
    list.push(input)
    inputsBy.set(input.employee, list)
  }

  const ikmBy = new Map<
    string,
    { readonly score: Survey.Score | undefined; readonly responses: number; readonly submitted: number }
  >()
  for (const unit of data.units) {
    const sampleResponses = data.surveys.filter((s) => s.unit === unit.id).map((s) => s.response)
    const submitted = stored.surveys.filter((s) => s.unit === unit.id).map((s) => s.response)
    const responses = [...sampleResponses, ...submitted]
    ikmBy.set(unit.id, { score: unitIkm(responses), responses: responses.length, submitted: submitted.length })
  }
  const policies = consequencePolicies[region.id]

  const employees: Array<EmployeeView> = data.employees.map((employee) => {
    const evaluations: Record<string, Evaluation.Evaluated> = {}
    const inputs: Record<string, Evaluation.EvaluationInput> = {}
    const edited: Array<string> = []
    for (const sample of inputsBy.get(employee.id) ?? []) {
      const override = overrides.get(`${employee.id}|${sample.period}`)
      const input = override ?? sample
      if (override) edited.push(sample.period)
      inputs[sample.period] = input
      const r = Evaluation.evaluate(policy, input)
      if (Result.isSuccess(r)) evaluations[sample.period] = r.success
      else problems.push(`${employee.id} ${sample.period}: ${r.failure._tag}`)
    }
    const latest = evaluations[latestPeriod]
    const ratings = feedbackBy.get(employee.id) ?? []
    const assessment = competencyBy.get(employee.id)
    const potensial = data.potensial[employee.id] ?? 0
    const jp = jpBy.get(employee.id)
    const jpm = assessment ? ok(Jpm.match(Presets.competency.jpmBrin, assessment)) : undefined
    const placement = latest
      ? ok(Talent.place(Presets.talent.policy, { predikat: latest.predikat, potensial }))
      : undefined
    const ikm = ikmBy.get(employee.unit)?.score
    const scored = quarters.flatMap((q) => {
      const e = evaluations[q]
      return e ? [{ period: q, predikat: e.predikat, ...(e.score ? { score: e.score.value } : {}) }] : []
    })
    const facts = (history: ReadonlyArray<Rule.PeriodFact>, asOf: string): Rule.Facts => ({
      asOf,
      history,
      ...(ikm ? { unit: { ikm: ikm.nilai.value, mutu: ikm.mutu.label as Rule.Mutu } } : {}),
      ...(jp && jpReport ? { development: { jp: jp.total.value, jpRequired: jpReport.minimumJp } } : {}),
      ...(jpm && jpm.total.status !== "incomplete" ? { jpm: { category: jpm.total.category.label } } : {}),
      ...(placement ? { talentBox: placement.box } : {}),
      discipline: []
    })
    const follow = (history: ReadonlyArray<Rule.PeriodFact>, asOf: string, full: boolean) => {
      const r = Consequence.follow(full ? policies : { rules: policies.rules, plans: policies.plans }, {
        employee: employee.id,
        facts: facts(history, asOf),
        ...(full ? { service: { tmtCpns: tmtCpnsOf(employee.id), asOf, discipline: [] } } : {}),
        ...(full && jpm
          ? {
              development: {
                catalogue: Presets.competency.national,
                match: jpm,
                profile: { newAsn: tmtCpnsOf(employee.id) > `${data.year - 2}`, remote: false }
              }
            }
          : {})
      })
      if (Result.isFailure(r)) problems.push(`${employee.id}: ${r.failure._tag}`)
      return ok(r)
    }
    const quarterly: Record<string, Consequence.Consequences> = {}
    scored.forEach((fact, k) => {
      const c = follow(scored.slice(0, k + 1), quarterEnd(fact.period), false)
      if (c) quarterly[fact.period] = c
    })
    return {
      employee,
      evaluations,
      inputs,
      edited,
      latest,
      feedback: ratings.length > 0 ? ok(Feedback.aggregate(feedbackPolicy, ratings)) : undefined,
      feedbackRaters: ratings.length,
      jp,
      jpm,
      potensial,
      placement,
      annual: {
        ...annualOf(policy, data.year, evaluations),
        late: lateOf(edited.map((period) => ({ period, at: submittedAt.get(`${employee.id}|${period}`) ?? "" })))
      },
      consequences: scored.length > 0 ? follow(scored, `${data.year}-12-31`, true) : undefined,
      quarterly
    }
  })

  const check = (views: ReadonlyArray<EmployeeView>): Distribution.Report =>
    Distribution.check(policy.distribution, {
      organisation: "Baik",
      counts: Distribution.count(views.flatMap((v) => (v.latest ? [v.latest.predikat] : [])))
    })

  const units: Array<UnitView> = data.units.map((unit) => {
    const staff = employees.filter((v) => v.employee.unit === unit.id)
    const counted = ikmBy.get(unit.id)
    const ikm = counted?.score
    const respondents = counted?.responses ?? 0
    return {
      unit,
      employees: staff.length,
      distribution: check(staff),
      meanScore: mean2(staff.flatMap((v) => (v.latest?.score ? [v.latest.score.value] : []))),
      ikm,
      respondents,
      submitted: counted?.submitted ?? 0,
      sample:
        unit.population > 0
          ? ok(
              SampleSize.sufficiency(Presets.skm.krejcieMorgan, {
                population: Math.max(unit.population, respondents),
                respondents
              })
            )
          : undefined
    }
  })

  return {
    region,
    data,
    employees,
    units,
    latestPeriod,
    distribution: check(employees),
    jpReport,
    problems
  }
}

/**
 * The TMT CPNS of a sample employee, for the Satyalancana Karya Satya: **illustrative**, derived from the employee's
 * number (no PRNG draw, so the rest of the sample is unchanged): between 1993 and 2024, the first of a month.
 */
export const tmtCpnsOf = (id: string): string => {
  const n = Number(id.slice(-4)) || 0
  const year = 1993 + ((n * 7) % 32)
  const month = ((n * 5) % 12) + 1
  return `${year}-${String(month).padStart(2, "0")}-01`
}

/** The predikat order of the regulation, best first. */
export const predikatOrder: ReadonlyArray<Quadrant.Predikat> = Quadrant.predikats
