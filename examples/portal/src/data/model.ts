/**
 * The portal's view of a region: the generated sample plus what the user stored, scored with `@pembinaan/core`.
 * Pure (no DOM, no I/O): every number on the page comes from here, and every one of them from core.
 */
import {
  Development,
  Distribution,
  Evaluation,
  Feedback,
  Jpm,
  Presets,
  Quadrant,
  SampleSize,
  Survey,
  Talent
} from "@pembinaan/core"
import { Result } from "effect"
import type { Stored } from "../store.js"
import { type Dataset, type Employee, quarters, type Unit } from "./generate.js"
import { type Region, regions } from "./regions.js"

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
  for (const r of stored.evaluations) overrides.set(`${r.employee}|${r.period}`, r.input)

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
    return {
      employee,
      evaluations,
      inputs,
      edited,
      latest,
      feedback: ratings.length > 0 ? ok(Feedback.aggregate(feedbackPolicy, ratings)) : undefined,
      feedbackRaters: ratings.length,
      jp: jpBy.get(employee.id),
      jpm: assessment ? ok(Jpm.match(Presets.competency.jpmBrin, assessment)) : undefined,
      potensial,
      placement: latest ? ok(Talent.place(Presets.talent.policy, { predikat: latest.predikat, potensial })) : undefined
    }
  })

  const check = (views: ReadonlyArray<EmployeeView>): Distribution.Report =>
    Distribution.check(policy.distribution, {
      organisation: "Baik",
      counts: Distribution.count(views.flatMap((v) => (v.latest ? [v.latest.predikat] : [])))
    })

  const units: Array<UnitView> = data.units.map((unit) => {
    const staff = employees.filter((v) => v.employee.unit === unit.id)
    const sampleResponses = data.surveys.filter((s) => s.unit === unit.id).map((s) => s.response)
    const submitted = stored.surveys.filter((s) => s.unit === unit.id).map((s) => s.response)
    const responses = [...sampleResponses, ...submitted]
    const ikm = unitIkm(responses)
    return {
      unit,
      employees: staff.length,
      distribution: check(staff),
      meanScore: mean2(staff.flatMap((v) => (v.latest?.score ? [v.latest.score.value] : []))),
      ikm,
      respondents: responses.length,
      submitted: submitted.length,
      sample:
        unit.population > 0
          ? ok(
              SampleSize.sufficiency(Presets.skm.krejcieMorgan, {
                population: Math.max(unit.population, responses.length),
                respondents: responses.length
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

/** The predikat order of the regulation, best first. */
export const predikatOrder: ReadonlyArray<Quadrant.Predikat> = Quadrant.predikats
