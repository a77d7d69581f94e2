/**
 * The browser guards of the data the display widgets read, built from {@link guard} combinators and core's value
 * lists (plain arrays: importing them does not pull in Schema). Each guard that has a core Schema counterpart is
 * property-tested against it (`test/guard.test.ts`): same values accepted, same values refused, same problem paths.
 * Guards of core's results (`Jpm.match`, `Evaluation.evaluate`) check every enum a widget renders by, so an
 * unexpected value is a data problem with its path instead of an exception in the middle of rendering.
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

const nonEmpty = refine(string, (s) => s.length > 0, "Expected a non-empty string")

/** LegalBasis.Citation; a note is `{ id, en }` (both non-empty) or a plain string. */
export const citation = struct({
  regulation: nonEmpty,
  article: optional(string),
  note: optional(union(struct({ id: nonEmpty, en: nonEmpty }), string)),
  confirmed: boolean
})

/** LegalBasis.LegalBasis: one or more citations. */
export const legalBasis = array(citation, 1)

/** Quadrant.Rating. */
export const rating = literals(Quadrant.ratings)

/** Quadrant.Predikat. */
export const predikat = literals(Quadrant.predikats)

/** Quadrant.Ratings. */
export const ratings = struct({ hasilKerja: rating, perilakuKerja: rating })

const row = struct({
  "Dibawah Ekspektasi": predikat,
  "Sesuai Ekspektasi": predikat,
  "Diatas Ekspektasi": predikat
})

/** Quadrant.Matrix. */
export const matrix = struct({
  cells: struct({ "Dibawah Ekspektasi": row, "Sesuai Ekspektasi": row, "Diatas Ekspektasi": row }),
  legalBasis
})

/** Distribution.Guideline. */
export const guideline = struct({
  predikat: array(predikat, 1),
  op: literals(["at-most", "at-least", "present"]),
  percent: between(finite, 0, 100),
  legalBasis
})

/** Distribution.Policy. */
export const distributionPolicy = struct({
  minimumUnitSize: refine(int, (n) => n >= 1, "Expected a value greater than or equal to 1"),
  guidelines: struct(
    // Distribution.organisationPredikats, spelt out: importing core's Distribution module would bring its Schemas.
    Object.fromEntries(
      (["Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"] as const).map((p) => [p, array(guideline)])
    ) as Record<"Istimewa" | "Baik" | "Butuh Perbaikan" | "Kurang" | "Sangat Kurang", Guard<ReadonlyArray<unknown>>>
  )
})

/** Exact.Rounded as core's results carry it (read parts only). */
const rounded = struct({ value: finite, text: string }, false)

/** Band.Classification as a result carries it (read parts only). */
const classification = struct({ label: string, index: int }, false)

/** One row of a `Jpm.match` result: the enums the widgets render by. */
export const jpmRow = struct(
  {
    competency: string,
    required: finite,
    status: literals(["assessed", "not-assessed"]),
    individual: nullOr(finite),
    direction: literals(["below", "meets", "above", null]),
    jpm: nullOr(rounded)
  },
  false
)

/** The total of a `Jpm.match` result. */
export const jpmTotal = tagged("status", {
  complete: struct({ status: string, category: classification }, false),
  partial: struct({ status: string, category: classification }, false),
  incomplete: struct({ status: string, notAssessed: array(string) }, false)
})

/** A `Jpm.match` result (read parts). */
export const jpmMatch = struct({ position: string, rows: array(jpmRow), total: jpmTotal, trace: unknown }, false)

/** An `Evaluation.evaluate` result (read parts: the enums and the trace's kind). */
export const evaluated = struct(
  {
    employee: string,
    period: string,
    hasilKerja: rating,
    perilakuKerja: rating,
    predikat,
    trace: struct(
      {
        hasilKerja: tagged("source", {
          rating: struct({ source: string }, false),
          indicators: struct({ source: string }, false)
        }),
        perilakuKerja: tagged("source", {
          rating: struct({ source: string }, false),
          berakhlak: struct({ source: string }, false)
        })
      },
      false
    )
  },
  false
)

/** A `Survey.score` result (read parts: what `<asn-ikm-report>` renders). */
export const ikmScore = struct(
  {
    kind: literals(["ikm"]),
    respondents: int,
    elements: array(struct({ id: string, nrr: string, label: unknown }, false)),
    nilai: rounded,
    mutu: classification
  },
  false
)

/** A `Talent.place` result (read parts: what `<asn-nine-box>` renders). Levels spelt out as in core's Talent. */
export const talentPlacement = struct(
  {
    box: between(int, 1, 9),
    kinerja: literals(["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"]),
    potensial: struct(
      { level: literals(["Rendah", "Menengah", "Tinggi"]), classification: struct({ score: rounded }, false) },
      false
    )
  },
  false
)

/** SampleSize.Collected: the population (an integer ≥ 1) and the respondents (an integer ≥ 0). */
export const sampleCollected = struct({
  population: refine(int, (n) => n >= 1, "Expected a value greater than or equal to 1"),
  respondents: refine(int, (n) => n >= 0, "Expected a value greater than or equal to 0")
})
