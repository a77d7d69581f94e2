import { Presets, Quadrant } from "@pembinaan/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"

/**
 * The state an `<asn-predikat>` renders: a result, an input error, or nothing yet.
 *
 * @since 0.1.0
 */
export type PredikatState =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Classified"; readonly result: Quadrant.Outcome }
  | {
      readonly _tag: "Invalid"
      readonly error: Pick<Quadrant.UnknownRating, "_tag" | "field" | "value" | "expected">
    }

/**
 * Derives the predikat from the host's ratings through core's quadrant. No arithmetic lives in the element.
 *
 * @since 0.1.0
 */
export class PredikatController implements ReactiveController {
  state: PredikatState = { _tag: "Empty" }

  constructor(host: ReactiveControllerHost) {
    host.addController(this)
  }

  hostConnected(): void {}

  /** Recomputes the state from raw ratings (as attributes carry them) and the quadrant matrix. */
  update(hasilKerja: string | undefined, perilakuKerja: string | undefined, matrix?: Quadrant.Matrix): void {
    if (!hasilKerja || !perilakuKerja) {
      this.state = { _tag: "Empty" }
      return
    }
    // The same answer as core's `Quadrant.evaluate` for two strings (its UnknownRating names the first unknown
    // field), without its Schema decoder: attributes are always strings, so only the rating check can fail.
    for (const [field, value] of [
      ["hasilKerja", hasilKerja],
      ["perilakuKerja", perilakuKerja]
    ] as const) {
      if (!Quadrant.isRating(value)) {
        this.state = {
          _tag: "Invalid",
          error: { _tag: "UnknownRating", field, value, expected: [...Quadrant.ratings] }
        }
        return
      }
    }
    this.state = {
      _tag: "Classified",
      result: Quadrant.classify(matrix ?? Presets.national.quadrant, {
        hasilKerja: hasilKerja as Quadrant.Rating,
        perilakuKerja: perilakuKerja as Quadrant.Rating
      })
    }
  }
}
