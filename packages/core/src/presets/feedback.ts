/**
 * 360-degree feedback policies as data.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Feedback.js"

/**
 * An illustrative 360 policy modelled on a public BKPSDM implementation (REFERENCE.md §10): atasan 50 %, rekan kerja
 * 30 %, bawahan 20 % on a 1–5 scale; at least 3 peers when peers rate at all (otherwise the result is insufficient,
 * not a peer score of 0); the atasan is required; groups of fewer than 5 anonymous raters are never shown. No
 * national regulation sets rater weights (UNCONFIRMED): replace these with the region's own.
 *
 * @category presets
 * @since 0.1.0
 */
export const bkpsdm: Policy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [{ group: "rekan-kerja", minimum: 3, onShortfall: "insufficient" }],
  required: ["atasan"],
  anonymity: { minimumGroupSize: 5, identified: ["atasan", "diri-sendiri"] },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: [
    { regulation: "PermenPAN-RB 6/2022", article: "Pasal 18–19 (umpan balik berkelanjutan)", confirmed: true },
    {
      regulation: "PP 30/2019",
      article: "Pasal 41 ayat (3)–(4) (penilaian oleh rekan kerja setingkat dan bawahan langsung)",
      confirmed: true
    },
    {
      regulation: "Contoh aplikasi 360 BKPSDM (kode publik)",
      note: {
        id: "bobot 50/30/20 dan kuorum 3 rekan kerja berasal dari satu penerapan daerah; tidak ada aturan nasional yang menetapkannya",
        en: "weights 50/30/20 and the 3-peer quorum come from one regional implementation; no national rule sets them"
      },
      confirmed: false
    }
  ]
}
