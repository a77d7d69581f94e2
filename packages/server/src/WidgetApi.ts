/**
 * The JSON of the display widgets that read people's results through `src`: `<asn-scorecard>`, `<asn-nine-box>` and
 * `<asn-competency-gap>`, each exactly the shape the widget reads (core's results: `Evaluation.evaluate`,
 * `Feedback.aggregate`, `Talent.place`, `Jpm.match`), and the two inputs the server keeps for them: potensial scores
 * (for the nine-box) and competency assessments (for the gap). The handlers are in `WidgetHandlers.ts`.
 *
 * @since 0.4.0
 */
import { Jpm } from "@pembinaan/core"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "effect/http-api"
import { Authentication } from "./Auth.js"
import {
  BadRequest,
  Forbidden,
  Internal,
  NotFound,
  TooLarge,
  Unauthorized,
  Unprocessable,
  Unsupported
} from "./Problem.js"

const authed = [BadRequest, TooLarge, Unsupported, Internal, Unauthorized, Forbidden] as const

const Nip = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{18}$/)))
const Id = Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)))
const Period = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{4}(-Q[1-4]|-\d{2})?$/)))
const Year = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 2000, maximum: 2100 })))

/**
 * Potensial scores of a period (from an assessment centre or a talent review), one per employee: the nine-box
 * places each employee with the predikat of the same period.
 *
 * @since 0.4.0
 */
export const PotensialImport = Schema.Struct({
  period: Period,
  scores: Schema.Array(
    Schema.Struct({
      nip: Nip,
      potensial: Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 })))
    })
  ).pipe(Schema.check(Schema.isMinLength(1)), Schema.check(Schema.isMaxLength(100_000)))
})

/**
 * An employee's competency assessment against the standard of the position (core's `Jpm.Assessment`); a new one
 * replaces the last.
 *
 * @since 0.4.0
 */
export const CompetencyAssessmentIn = Schema.Struct({ nip: Nip, assessment: Jpm.Assessment })

/**
 * The widget data group.
 *
 * @since 0.4.0
 */
export class WidgetGroup extends HttpApiGroup.make("widgets")
  .add(
    HttpApiEndpoint.post("potensial", "/talent/potensial", {
      payload: PotensialImport,
      success: Schema.Struct({ period: Schema.String, stored: Schema.Number }),
      error: [...authed, NotFound, Unprocessable]
    }),
    HttpApiEndpoint.post("assessment", "/competency/assessments", {
      payload: CompetencyAssessmentIn,
      success: Schema.Struct({ nip: Schema.String, stored: Schema.Literal(true) }),
      error: [...authed, NotFound, Unprocessable]
    }),
    HttpApiEndpoint.get("scorecard", "/widgets/scorecard", {
      query: { nip: Nip, year: Year },
      success: Schema.Unknown.annotate({
        description:
          "`<asn-scorecard>` data: `{ employee: { name, jabatan, unit }, policy: { title }, evaluation, feedback?, competency?, asOf }` with core's `Evaluation.evaluate` result of the cycle's annual evaluation, the 360 aggregate once released, and the `Jpm.match` of the stored assessment."
      }),
      error: [...authed, NotFound, Unprocessable]
    }),
    HttpApiEndpoint.get("nineBox", "/widgets/nine-box", {
      query: { period: Period, unit: Schema.optionalKey(Id) },
      success: Schema.Unknown.annotate({
        description:
          "`<asn-nine-box>` data: `{ policy, people: [{ employee, name, unit, placement }] }` with core's `Talent.place` for every employee with both a predikat and a potensial score in the period."
      }),
      error: [...authed]
    }),
    HttpApiEndpoint.get("competencyGap", "/widgets/competency-gap", {
      query: { nip: Schema.optionalKey(Nip), unit: Schema.optionalKey(Id) },
      success: Schema.Unknown.annotate({
        description:
          "`<asn-competency-gap>` data: `{ match }` (core's `Jpm.match`) for one employee (`nip`), or `{ matches }` for a unit or the region."
      }),
      error: [...authed, NotFound, Unprocessable]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(
    OpenApi.annotations({
      title: "Data widget",
      description: "The JSON of <asn-scorecard>, <asn-nine-box> and <asn-competency-gap>, and their inputs"
    })
  ) {}
