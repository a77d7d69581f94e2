/**
 * The SKP cycle over HTTP: core's `Cycle` state machine, one row per employee and year holding the events and the
 * folded state with a version. Every action names the version it was made against; a stale version is a 409 with
 * the current state (optimistic concurrency). The actor is always the token's NIP (`by` is set by the server), and
 * core's permission table (`Permission.national`) is checked on every request with the actor's relation to the
 * employee (self, pejabat penilai, atasan pejabat penilai, same unit, same region).
 *
 * @since 0.4.0
 */
import { Calendar, type Consequence, type Permission as CorePermission, Cycle, Presets } from "@pembinaan/core"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "effect/http-api"
import { Authentication } from "./Auth.js"
import {
  BadRequest,
  Conflict,
  Forbidden,
  Internal,
  NotFound,
  TooLarge,
  Unauthorized,
  Unprocessable,
  Unsupported
} from "./Problem.js"

const errors = [BadRequest, TooLarge, Unsupported, Internal, Unauthorized, Forbidden, NotFound] as const

/**
 * A cycle as the API returns it.
 *
 * @since 0.4.0
 */
export const CycleView = Schema.Struct({ id: Schema.String, version: Schema.Number, state: Schema.Unknown })

/**
 * One cycle in a list: who it is of, the signed-in user's part in it (`admin` for the region's BKPSDM admin who is
 * no party), its status and its state.
 *
 * @since 0.4.0
 */
export const CycleSummary = Schema.Struct({
  id: Schema.String,
  version: Schema.Number,
  year: Schema.Number,
  nip: Schema.String,
  name: Schema.String,
  unit: Schema.String,
  status: Schema.String,
  as: Schema.Literals(["pegawai", "pejabat-penilai", "atasan-pejabat-penilai", "admin"]),
  state: Schema.Unknown
})

/**
 * @since 0.4.0
 */
export type CycleSummary = typeof CycleSummary.Type

/**
 * The cycle policy the server runs (national quadrant, periods and deadlines).
 *
 * @since 0.4.0
 */
export const policy: Cycle.Policy = {
  name: "Siklus SKP nasional",
  quadrant: Presets.national.quadrant,
  period: Presets.nationalPolicy.policy.period,
  deadlines: Cycle.nationalDeadlines,
  legalBasis: [{ regulation: "PermenPAN-RB 6/2022", confirmed: true }]
}

/**
 * The permission action of each event: core's `Cycle.permissionFor`; the administrative events (`Open`, `Finalise`)
 * need `employee.edit` (open, BKPSDM) and `cycle.read` (finalise, any party: core checks the window).
 *
 * @since 0.4.0
 */
export const actionOf = (tag: Cycle.EventTag): CorePermission.Action =>
  Cycle.permissionFor[tag] ?? (tag === "Open" ? "employee.edit" : "cycle.read")

/**
 * The cycle endpoints.
 *
 * @since 0.4.0
 */
export class CycleGroup extends HttpApiGroup.make("cycle")
  .add(
    HttpApiEndpoint.post("open", "/cycles", {
      payload: Schema.Struct({
        year: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 2000, maximum: 2200 }))),
        pegawai: Schema.String,
        pejabatPenilai: Schema.String,
        atasanPejabatPenilai: Schema.String,
        at: Calendar.IsoDate
      }),
      success: CycleView.pipe(HttpApiSchema.status(201)),
      error: [...errors, Conflict, Unprocessable]
    }),
    HttpApiEndpoint.get("list", "/cycles", {
      query: { year: Schema.optionalKey(Schema.NumberFromString.pipe(Schema.check(Schema.isInt()))) },
      success: Schema.Array(CycleSummary),
      error: [...errors]
    }),
    HttpApiEndpoint.get("get", "/cycles/:id", {
      params: { id: Schema.String },
      success: CycleView,
      error: [...errors]
    }),
    HttpApiEndpoint.post("act", "/cycles/:id/events", {
      params: { id: Schema.String },
      payload: Schema.Struct({ version: Schema.Int, event: Schema.Record(Schema.String, Schema.Unknown) }),
      success: Schema.Struct({
        id: Schema.String,
        version: Schema.Number,
        state: Schema.Unknown,
        messages: Schema.Struct({ id: Schema.String, en: Schema.String })
      }),
      error: [...errors, Conflict, Unprocessable]
    }),
    HttpApiEndpoint.get("result", "/cycles/:id/result", {
      params: { id: Schema.String },
      query: { on: Schema.optionalKey(Calendar.IsoDate) },
      success: Schema.Unknown,
      error: [...errors]
    }),
    HttpApiEndpoint.get("consequences", "/cycles/:id/consequences", {
      params: { id: Schema.String },
      query: { on: Schema.optionalKey(Calendar.IsoDate) },
      success: Schema.Unknown,
      error: [...errors, Unprocessable]
    }),
    HttpApiEndpoint.get("permissions", "/permissions", {
      success: Schema.Unknown,
      error: [...errors]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(
    OpenApi.annotations({ title: "Siklus SKP", description: "The SKP cycle with optimistic concurrency" })
  ) {}

/** Re-exported so handlers and tests see one Consequence policy. */
export const consequencePolicies: Consequence.Policies = {
  rules: Presets.rules.national,
  plans: Presets.rules.nationalPlans
}
