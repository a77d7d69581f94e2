import type { Quadrant } from "@pembinaan/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import type { RatingMessages as Messages } from "../../messages/rating.js"

/**
 * The scales of `<asn-rating-input>`:
 * - `ekspektasi`: the three PermenPAN-RB 6/2022 ratings (`Quadrant.ratings`), submitted as their names;
 * - `skm`: the four SKM answers of PermenPAN-RB 14/2017, submitted as `"1"`..`"4"`;
 * - `1-5`: a five-point scale, submitted as `"1"`..`"5"`.
 *
 * @since 0.2.0
 */
export const ratingScales = ["ekspektasi", "skm", "1-5"] as const

/**
 * @since 0.2.0
 */
export type RatingScale = (typeof ratingScales)[number]

/**
 * One choice of a rating scale: the submitted value, its visible label, and a short marker (the digit) for numeric scales.
 *
 * @since 0.2.0
 */
export interface RatingOption {
  readonly value: string
  readonly label: string
  readonly marker?: string
}

/**
 * The three PermenPAN-RB 6/2022 ratings in ascending order, as core's `Quadrant.ratings`. Written out here (checked
 * against core by type and by a test) so that a rating input does not import core's schemas: a value import of
 * `Quadrant` costs about 25 kB gzip of effect Schema in a browser bundle.
 */
const ekspektasi = [
  "Dibawah Ekspektasi",
  "Sesuai Ekspektasi",
  "Diatas Ekspektasi"
] as const satisfies ReadonlyArray<Quadrant.Rating>

const values: { readonly [K in RatingScale]: ReadonlyArray<string> } = {
  ekspektasi,
  skm: ["1", "2", "3", "4"],
  "1-5": ["1", "2", "3", "4", "5"]
}

/** Whether a string is one of the scales. */
export const isRatingScale = (u: string | undefined): u is RatingScale =>
  (ratingScales as ReadonlyArray<string | undefined>).includes(u)

/** Keys of the radio-group pattern and where they move. */
const moves: Readonly<Record<string, "next" | "previous" | "first" | "last">> = {
  ArrowRight: "next",
  ArrowDown: "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  Home: "first",
  End: "last"
}

/**
 * Derives the options, the selected and the focusable option of a rating input, and the index a key moves to.
 * The element only renders and forwards intent.
 *
 * @since 0.2.0
 */
export class RatingController implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this)
  }

  hostConnected(): void {}

  /** The options of a scale in the host's locale; `labels` replaces the labels when it has one per option. */
  options(scale: string | undefined, t: Messages, labels?: ReadonlyArray<string>): ReadonlyArray<RatingOption> {
    const s: RatingScale = isRatingScale(scale) ? scale : "ekspektasi"
    const own: ReadonlyArray<string> = labels && labels.length === values[s].length ? labels : this.defaults(s, t)
    return values[s].map((value, i) => {
      const label = own[i] ?? value
      return s === "ekspektasi" ? { value, label } : { value, label, marker: value }
    })
  }

  private defaults(scale: RatingScale, t: Messages): ReadonlyArray<string> {
    return scale === "ekspektasi" ? t.ekspektasiLabels : scale === "skm" ? t.skmLabels : t.fiveLabels
  }

  /** The value if it is one of the options, otherwise `""` (nothing selected). */
  selected(options: ReadonlyArray<RatingOption>, value: string): string {
    return options.some((o) => o.value === value) ? value : ""
  }

  /** The option that takes part in the tab order (roving tabindex): the selected one, else the first. */
  tabStop(options: ReadonlyArray<RatingOption>, value: string): number {
    return Math.max(
      0,
      options.findIndex((o) => o.value === value)
    )
  }

  /** The index a key moves to from `from` (wrapping like native radios), or `undefined` for other keys. */
  move(key: string, from: number, count: number): number | undefined {
    const move = moves[key]
    if (move === undefined || count === 0) return undefined
    if (move === "first") return 0
    if (move === "last") return count - 1
    return move === "next" ? (from + 1) % count : (from - 1 + count) % count
  }
}
