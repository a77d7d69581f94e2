/**
 * Perilaku kerja: the seven BerAKHLAK core values of ASN (PermenPAN-RB 6/2022, Lampiran p.25) on which work
 * behaviour is rated.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * The BerAKHLAK values, as stable ids in their regulation order.
 *
 * @category models
 * @since 0.1.0
 */
export const coreValues = [
  "berorientasi-pelayanan",
  "akuntabel",
  "kompeten",
  "harmonis",
  "loyal",
  "adaptif",
  "kolaboratif"
] as const

/**
 * One BerAKHLAK value id.
 *
 * @category models
 * @since 0.1.0
 */
export const CoreValue = Schema.Literals(coreValues)

/**
 * @category models
 * @since 0.1.0
 */
export type CoreValue = typeof CoreValue.Type

/**
 * Display names of the values: the Indonesian name (the regulation's term) and an English gloss.
 *
 * @example
 * ```ts
 * import { Behaviour } from "@pembinaan/core"
 * Behaviour.labels["berorientasi-pelayanan"].id // => "Berorientasi Pelayanan"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const labels: { readonly [K in CoreValue]: { readonly id: string; readonly en: string } } = {
  "berorientasi-pelayanan": { id: "Berorientasi Pelayanan", en: "Service-oriented" },
  akuntabel: { id: "Akuntabel", en: "Accountable" },
  kompeten: { id: "Kompeten", en: "Competent" },
  harmonis: { id: "Harmonis", en: "Harmonious" },
  loyal: { id: "Loyal", en: "Loyal" },
  adaptif: { id: "Adaptif", en: "Adaptive" },
  kolaboratif: { id: "Kolaboratif", en: "Collaborative" }
}
