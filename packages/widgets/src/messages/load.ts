/**
 * Messages of loading data (every display widget), Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const loadId = {
  loading: "Memuat data…",
  noData: "Belum ada data.",
  loadHttp: (status: number) => `Data tidak dapat dimuat (HTTP ${status}).`,
  loadNetwork: "Data tidak dapat dimuat. Periksa koneksi lalu muat ulang halaman.",
  loadJson: "Data bukan JSON yang valid.",
  loadShape: (count: number) => `Data tidak sesuai format (${count} masalah).`,
  loadTimeout: (seconds: number) =>
    `Data tidak dimuat dalam ${seconds} detik. Periksa koneksi lalu muat ulang halaman.`,
  loadTooLarge: (megabytes: number) => `Data terlalu besar untuk ditampilkan (batasnya ${megabytes} MB).`,
  loadRender: "Data tidak dapat ditampilkan: ada nilai yang tidak dikenal."
}

/** @internal */
export type LoadMessages = typeof loadId

/** @internal */
export const loadEn: LoadMessages = {
  loading: "Loading data…",
  noData: "No data yet.",
  loadHttp: (status) => `The data could not be loaded (HTTP ${status}).`,
  loadNetwork: "The data could not be loaded. Check the connection and reload the page.",
  loadJson: "The data is not valid JSON.",
  loadShape: (count) =>
    `The data does not have the expected format (${count} ${count === 1 ? "problem" : "problems"}).`,
  loadTimeout: (seconds) =>
    `The data did not load within ${seconds} seconds. Check the connection and reload the page.`,
  loadTooLarge: (megabytes) => `The data is too large to show (the limit is ${megabytes} MB).`,
  loadRender: "The data cannot be shown: it holds a value this widget does not know."
}

/** @internal */
export const load: Section<LoadMessages> = { id: loadId, en: loadEn }
