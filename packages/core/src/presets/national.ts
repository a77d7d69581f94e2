/**
 * The national baseline policy: PermenPAN-RB 6/2022. Data only.
 *
 * @since 0.1.0
 */
import type { Matrix } from "../Quadrant.js"

/**
 * The kuadran kinerja pegawai of PermenPAN-RB 6/2022 (Lampiran pp.99, 102–103): `cells[hasilKerja][perilakuKerja]`.
 *
 * @category presets
 * @since 0.1.0
 */
export const quadrant: Matrix = {
  cells: {
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
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 6/2022",
      article: "Lampiran Bab IV, Kuadran Kinerja Pegawai (hlm. 99, 102–103)",
      confirmed: true
    }
  ]
}
