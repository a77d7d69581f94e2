/**
 * The browser guards of the data the display widgets read, built from {@link guard} combinators and core's value
 * lists (plain arrays: importing them does not pull in Schema). Each guard that has a core Schema counterpart is
 * property-tested against it (`test/guard.test.ts`): same values accepted, same values refused, same problem paths.
 * Guards of core's results (`Jpm.match`, `Evaluation.evaluate`) check every enum a widget renders by, so an
 * unexpected value is a data problem with its path instead of an exception in the middle of rendering.
 *
 * Every guard is built at module level and marked `@__PURE__`, so a widget's bundle keeps only the guards it uses.
 *
 * @internal
 */
import { Quadrant } from "@pembinaan/core"
import {
  array,
  between,
  boolean,
  finite,
  type Guard,
  int,
  literals,
  nullOr,
  optional,
  refine,
  string,
  struct,
  tagged,
  union,
  unknown
} from "./guard.js"

const nonEmpty = /* @__PURE__ */ refine(string, (s) => s.length > 0, "Expected a non-empty string")

/** LegalBasis.Citation; a note is `{ id, en }` (both non-empty) or a plain string. */
export const citation = /* @__PURE__ */ struct({
  regulation: nonEmpty,
  article: /* @__PURE__ */ optional(string),
  note: /* @__PURE__ */ optional(/* @__PURE__ */ union(/* @__PURE__ */ struct({ id: nonEmpty, en: nonEmpty }), string)),
  confirmed: boolean
})

/** LegalBasis.LegalBasis: one or more citations. */
export const legalBasis = /* @__PURE__ */ array(citation, 1)

/** Quadrant.Rating. */
export const rating = /* @__PURE__ */ literals(Quadrant.ratings)

/** Quadrant.Predikat. */
export const predikat = /* @__PURE__ */ literals(Quadrant.predikats)

/** Quadrant.Ratings. */
export const ratings = /* @__PURE__ */ struct({ hasilKerja: rating, perilakuKerja: rating })

const row = /* @__PURE__ */ struct({
  "Dibawah Ekspektasi": predikat,
  "Sesuai Ekspektasi": predikat,
  "Diatas Ekspektasi": predikat
})

/** Quadrant.Matrix. */
export const matrix = /* @__PURE__ */ struct({
  cells: /* @__PURE__ */ struct({ "Dibawah Ekspektasi": row, "Sesuai Ekspektasi": row, "Diatas Ekspektasi": row }),
  legalBasis
})

/** Distribution.Guideline. */
export const guideline = /* @__PURE__ */ struct({
  predikat: /* @__PURE__ */ array(predikat, 1),
  op: /* @__PURE__ */ literals(["at-most", "at-least", "present"]),
  percent: /* @__PURE__ */ between(finite, 0, 100),
  legalBasis
})

/** Distribution.Policy. */
export const distributionPolicy = /* @__PURE__ */ struct({
  minimumUnitSize: /* @__PURE__ */ refine(int, (n) => n >= 1, "Expected a value greater than or equal to 1"),
  guidelines: /* @__PURE__ */ struct(
    // Distribution.organisationPredikats, spelt out: importing core's Distribution module would bring its Schemas.
    Object.fromEntries(
      (["Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"] as const).map((p) => [
        p,
        /* @__PURE__ */ array(guideline)
      ])
    ) as Record<"Istimewa" | "Baik" | "Butuh Perbaikan" | "Kurang" | "Sangat Kurang", Guard<ReadonlyArray<unknown>>>
  )
})

/** Exact.Rounded as core's results carry it (read parts only). */
const rounded = /* @__PURE__ */ struct({ value: finite, text: string }, false)

/** Band.Classification as a result carries it (read parts only). */
const classification = /* @__PURE__ */ struct({ label: string, index: int }, false)

/** One row of a `Jpm.match` result: the enums the widgets render by. */
export const jpmRow = /* @__PURE__ */ struct(
  {
    competency: string,
    required: finite,
    status: /* @__PURE__ */ literals(["assessed", "not-assessed"]),
    individual: /* @__PURE__ */ nullOr(finite),
    direction: /* @__PURE__ */ literals(["below", "meets", "above", null]),
    jpm: /* @__PURE__ */ nullOr(rounded)
  },
  false
)

/** The total of a `Jpm.match` result. */
export const jpmTotal = /* @__PURE__ */ tagged("status", {
  complete: /* @__PURE__ */ struct({ status: string, category: classification }, false),
  partial: /* @__PURE__ */ struct({ status: string, category: classification }, false),
  incomplete: /* @__PURE__ */ struct({ status: string, notAssessed: /* @__PURE__ */ array(string) }, false)
})

/** A `Jpm.match` result (read parts). */
export const jpmMatch = /* @__PURE__ */ struct(
  { position: string, rows: /* @__PURE__ */ array(jpmRow), total: jpmTotal, trace: unknown },
  false
)

/** An `Evaluation.evaluate` result (read parts: the enums and the trace's kind). */
export const evaluated = /* @__PURE__ */ struct(
  {
    employee: string,
    period: string,
    hasilKerja: rating,
    perilakuKerja: rating,
    predikat,
    trace: /* @__PURE__ */ struct(
      {
        hasilKerja: /* @__PURE__ */ tagged("source", {
          rating: /* @__PURE__ */ struct({ source: string }, false),
          indicators: /* @__PURE__ */ struct({ source: string }, false)
        }),
        perilakuKerja: /* @__PURE__ */ tagged("source", {
          rating: /* @__PURE__ */ struct({ source: string }, false),
          berakhlak: /* @__PURE__ */ struct({ source: string }, false)
        })
      },
      false
    )
  },
  false
)

/** A `Survey.score` result (read parts: what `<asn-ikm-report>` renders). */
export const ikmScore = /* @__PURE__ */ struct(
  {
    kind: /* @__PURE__ */ literals(["ikm"]),
    respondents: int,
    elements: /* @__PURE__ */ array(/* @__PURE__ */ struct({ id: string, nrr: string, label: unknown }, false)),
    nilai: rounded,
    mutu: classification
  },
  false
)

/** A `Talent.place` result (read parts: what `<asn-nine-box>` renders). Levels spelt out as in core's Talent. */
export const talentPlacement = /* @__PURE__ */ struct(
  {
    box: /* @__PURE__ */ between(int, 1, 9),
    kinerja: /* @__PURE__ */ literals(["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"]),
    potensial: /* @__PURE__ */ struct(
      {
        level: /* @__PURE__ */ literals(["Rendah", "Menengah", "Tinggi"]),
        classification: /* @__PURE__ */ struct({ score: rounded }, false)
      },
      false
    )
  },
  false
)

/** SampleSize.Collected: the population (an integer ≥ 1) and the respondents (an integer ≥ 0). */
export const sampleCollected = /* @__PURE__ */ struct({
  population: /* @__PURE__ */ refine(int, (n) => n >= 1, "Expected a value greater than or equal to 1"),
  respondents: /* @__PURE__ */ refine(int, (n) => n >= 0, "Expected a value greater than or equal to 0")
})

/** Exact.Rounding: a scale 0–12 and a rounding mode. */
export const rounding = /* @__PURE__ */ struct({
  scale: /* @__PURE__ */ between(int, 0, 12),
  mode: /* @__PURE__ */ literals(["half-up", "half-even", "half-down", "up", "down", "ceiling", "floor"])
})

const kinerjaLevel = /* @__PURE__ */ literals(["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"])
const boxNumber = /* @__PURE__ */ between(int, 1, 9)
const potensialRow = /* @__PURE__ */ struct({ Rendah: boxNumber, Menengah: boxNumber, Tinggi: boxNumber })

/**
 * Talent.Policy (its shape; `Talent.policyProblems` checks the rest, as `Talent.decodePolicy` does). Levels spelt
 * out as in core's Talent.
 */
export const talentPolicy = /* @__PURE__ */ struct({
  kinerja: /* @__PURE__ */ struct({
    mapping: /* @__PURE__ */ struct({
      "Sangat Baik": kinerjaLevel,
      Baik: kinerjaLevel,
      "Butuh Perbaikan": kinerjaLevel,
      "Kurang/Misconduct": kinerjaLevel,
      "Sangat Kurang": kinerjaLevel
    }),
    legalBasis
  }),
  potensial: /* @__PURE__ */ struct({
    rounding,
    range: /* @__PURE__ */ struct({ min: finite, max: finite }),
    outOfRange: /* @__PURE__ */ literals(["reject", "clamp"]),
    cutoffs: /* @__PURE__ */ struct({ menengah: finite, tinggi: finite }),
    inclusive: /* @__PURE__ */ literals(["lower", "upper"]),
    legalBasis
  }),
  boxes: /* @__PURE__ */ struct({
    "Di Atas Ekspektasi": potensialRow,
    "Sesuai Ekspektasi": potensialRow,
    "Di Bawah Ekspektasi": potensialRow
  }),
  actions: /* @__PURE__ */ array(/* @__PURE__ */ struct({ box: boxNumber, actions: /* @__PURE__ */ array(nonEmpty) })),
  legalBasis
})

/** Talent.Candidate: `{ employee?, predikat, potensial }`. */
export const talentCandidate = /* @__PURE__ */ struct({
  employee: /* @__PURE__ */ optional(nonEmpty),
  predikat,
  potensial: finite
})
