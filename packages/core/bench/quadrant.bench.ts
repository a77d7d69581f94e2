import { Presets, Quadrant } from "@pembinaan/core"
import { bench, describe } from "vitest"

// 100,000 employees' rating pairs, generated deterministically.
const N = 100_000
const inputs = Array.from({ length: N }, (_, i) => ({
  hasilKerja: Quadrant.ratings[i % 3] as Quadrant.Rating,
  perilakuKerja: Quadrant.ratings[Math.floor(i / 3) % 3] as Quadrant.Rating
}))

// The plain baseline: a hand-written nested lookup with no decoding and no trace.
const plain: Record<string, Record<string, string>> = {
  "Diatas Ekspektasi": {
    "Dibawah Ekspektasi": "Kurang/Misconduct",
    "Sesuai Ekspektasi": "Baik",
    "Diatas Ekspektasi": "Sangat Baik"
  },
  "Sesuai Ekspektasi": {
    "Dibawah Ekspektasi": "Kurang/Misconduct",
    "Sesuai Ekspektasi": "Baik",
    "Diatas Ekspektasi": "Baik"
  },
  "Dibawah Ekspektasi": {
    "Dibawah Ekspektasi": "Sangat Kurang",
    "Sesuai Ekspektasi": "Butuh Perbaikan",
    "Diatas Ekspektasi": "Butuh Perbaikan"
  }
}

// Results go to a sink so that the engine cannot drop the loops as dead code.
export let sink = 0

describe(`quadrant: ${N.toLocaleString("en")} employees`, () => {
  bench("plain baseline (object lookup)", () => {
    let n = 0
    for (const r of inputs) if (plain[r.hasilKerja]?.[r.perilakuKerja] === "Baik") n++
    sink = n
  })
  bench("Quadrant.classify (decoded input, with trace)", () => {
    let n = 0
    for (const r of inputs) if (Quadrant.classify(Presets.national.quadrant, r).predikat === "Baik") n++
    sink = n
  })
  bench("Quadrant.evaluate (decode + classify)", () => {
    let n = 0
    for (const r of inputs) {
      const out = Quadrant.evaluate(Presets.national.quadrant, r)
      if (out._tag === "Success" && out.success.predikat === "Baik") n++
    }
    sink = n
  })
})
