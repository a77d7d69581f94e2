import { Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import type { ReactiveController, ReactiveControllerHost } from "lit"

/**
 * The state an `<asn-predikat>` renders: a result, an input error, or nothing yet.
 *
 * @since 0.1.0
 */
export type PredikatState =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Classified"; readonly result: Quadrant.Outcome }
  | { readonly _tag: "Invalid"; readonly error: Quadrant.QuadrantError }

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
    const result = Quadrant.evaluate(matrix ?? Presets.national.quadrant, { hasilKerja, perilakuKerja })
    this.state = Result.isSuccess(result)
      ? { _tag: "Classified", result: result.success }
      : { _tag: "Invalid", error: result.failure }
  }
}
