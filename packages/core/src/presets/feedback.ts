/**
 * 360-degree feedback policies as data.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Feedback.js"

/**
 * An illustrative 360 policy modelled on a public BKPSDM implementation (REFERENCE.md §10): atasan 50 %, rekan kerja
 * 30 %, bawahan 20 % on a 1–5 scale; one group threshold of 5 raters: at least 5 peers when peers rate at all
 * (otherwise the result is insufficient, not a peer score of 0), and no anonymous group of fewer than 5 is shown
 * (with complementary suppression); the atasan is required. The source implementation asks for 3 peers; here the
 * quorum is the anonymity threshold, so that users see one number. No national regulation sets rater weights
 * (UNCONFIRMED): replace these with the region's own.
 *
 * @category presets
 * @since 0.1.0
 */
export const bkpsdm: Policy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [{ group: "rekan-kerja", onShortfall: "insufficient" }],
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
        id: "bobot 50/30/20 berasal dari satu penerapan daerah (yang meminta minimal 3 rekan kerja); di sini satu ambang 5 penilai berlaku untuk kuorum dan anonimitas; tidak ada aturan nasional yang menetapkannya",
        en: "weights 50/30/20 come from one regional implementation (which asks for at least 3 peers); here one threshold of 5 raters applies to quorum and anonymity; no national rule sets them"
      },
      confirmed: false
    }
  ]
}
