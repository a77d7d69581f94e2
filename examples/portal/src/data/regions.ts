/**
 * The three seed regions of the demo: their preset policy (from `@pembinaan/core`), their units (OPD) and the
 * realistic target ranges the sample generator draws from. Unit names are real kinds of OPD; the people are
 * fictional.
 */
import { type Policy, Presets } from "@pembinaan/core"

/** The demo's regions. */
export const regionIds = ["bukittinggi", "muaratebo", "sawahlunto"] as const

/** A region id. */
export type RegionId = (typeof regionIds)[number]

/** `true` when the text is a region id. */
export const isRegionId = (u: unknown): u is RegionId => regionIds.includes(u as RegionId)

/** A unit (OPD) and, when it serves citizens directly, the service its SKM survey is about. */
export interface UnitSpec {
  readonly id: string
  readonly name: string
  /** Number of ASN generated for the unit. */
  readonly size: number
  /** The public service surveyed (SKM), or `null` for an internal unit. */
  readonly service: string | null
  /** Service users per survey period (the population for the Krejcie–Morgan sample size). */
  readonly population: number
}

/** How a sample target is drawn for one indicator. */
export type TargetSpec =
  | { readonly kind: "count"; readonly min: number; readonly max: number }
  | { readonly kind: "range"; readonly lower: number; readonly upper: number }

/** A region of the demo. */
export interface Region {
  readonly id: RegionId
  readonly name: string
  readonly province: string
  /** Prefix of the generated employee ids. */
  readonly code: string
  readonly policy: Policy.Policy
  readonly units: ReadonlyArray<UnitSpec>
  readonly targets: { readonly [indicator: string]: TargetSpec }
  /** The scorecard for a jabatan level (regions with a single scorecard ignore the level). */
  readonly scorecard: (jabatan: Jabatan) => string
  readonly lastNames: ReadonlyArray<string>
}

/** The jabatan levels used by the sample (a subset of core's `Competency.jabatanLevels`). */
export const jabatans = ["Administrator", "Pengawas", "JF Ahli Pertama", "Pelaksana"] as const

/** A jabatan level of the sample. */
export type Jabatan = (typeof jabatans)[number]

const bukittinggi: Region = {
  id: "bukittinggi",
  name: "Kota Bukittinggi",
  province: "Sumatera Barat",
  code: "BKT",
  policy: Presets.bukittinggi.policy,
  units: [
    {
      id: "dukcapil",
      name: "Dinas Kependudukan dan Pencatatan Sipil",
      size: 24,
      service: "Layanan KTP-el dan KK",
      population: 90
    },
    {
      id: "dpmptsp",
      name: "Dinas Penanaman Modal dan PTSP",
      size: 20,
      service: "Layanan perizinan berusaha",
      population: 70
    },
    { id: "dinkes", name: "Dinas Kesehatan", size: 26, service: "Layanan Puskesmas Guguk Panjang", population: 110 },
    {
      id: "pariwisata",
      name: "Dinas Pariwisata",
      size: 16,
      service: "Layanan informasi wisata Jam Gadang",
      population: 60
    },
    { id: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan SDM", size: 18, service: null, population: 0 },
    {
      id: "kec-mks",
      name: "Kecamatan Mandiangin Koto Selayan",
      size: 16,
      service: "Layanan administrasi kecamatan",
      population: 50
    }
  ],
  targets: {
    "dokumen-selesai": { kind: "count", min: 80, max: 150 },
    "mutu-dokumen": { kind: "count", min: 85, max: 95 },
    "kehadiran-tepat-waktu": { kind: "count", min: 58, max: 62 },
    "keluhan-masyarakat": { kind: "count", min: 4, max: 8 },
    "dialog-publik": { kind: "range", lower: 2, upper: 4 }
  },
  scorecard: (jabatan) => (jabatan === "Administrator" || jabatan === "Pengawas" ? "struktural" : "pelaksana"),
  lastNames: ["Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Jambak", "Guci", "Malayu", "Sikumbang", "Pisang"]
}

const muaratebo: Region = {
  id: "muaratebo",
  name: "Kabupaten Tebo (Muaratebo)",
  province: "Jambi",
  code: "TBO",
  policy: Presets.muaratebo.policy,
  units: [
    {
      id: "dukcapil",
      name: "Dinas Kependudukan dan Pencatatan Sipil",
      size: 20,
      service: "Layanan akta kelahiran",
      population: 80
    },
    {
      id: "dpmptsp",
      name: "Dinas Penanaman Modal dan PTSP",
      size: 16,
      service: "Layanan izin usaha mikro",
      population: 60
    },
    {
      id: "pendidikan",
      name: "Dinas Pendidikan dan Kebudayaan",
      size: 22,
      service: "Layanan legalisir ijazah",
      population: 70
    },
    { id: "rsud", name: "RSUD Sultan Thaha Saifuddin", size: 24, service: "Layanan rawat jalan", population: 120 },
    { id: "bkpsdm", name: "BKPSDM Kabupaten Tebo", size: 18, service: null, population: 0 }
  ],
  targets: {
    "kegiatan-terlaksana": { kind: "count", min: 10, max: 16 },
    "kualitas-layanan": { kind: "count", min: 85, max: 90 },
    "waktu-laporan": { kind: "count", min: 5, max: 8 },
    "penerapan-hasil-pelatihan": { kind: "count", min: 3, max: 6 }
  },
  scorecard: () => "umum",
  lastNames: [
    "Hasibuan",
    "Saputra",
    "Syahputra",
    "Hidayat",
    "Rahman",
    "Harahap",
    "Nasution",
    "Siregar",
    "Ramadhan",
    "Firdaus"
  ]
}

const sawahlunto: Region = {
  id: "sawahlunto",
  name: "Kota Sawahlunto",
  province: "Sumatera Barat",
  code: "SWL",
  policy: Presets.sawahlunto.policy,
  units: [
    {
      id: "dukcapil",
      name: "Dinas Kependudukan dan Pencatatan Sipil",
      size: 18,
      service: "Layanan KTP-el dan KK",
      population: 60
    },
    {
      id: "dpmptsp",
      name: "Dinas Penanaman Modal dan PTSP",
      size: 14,
      service: "Layanan perizinan berusaha",
      population: 50
    },
    {
      id: "kebudayaan",
      name: "Dinas Kebudayaan, Peninggalan Bersejarah dan Permuseuman",
      size: 16,
      service: "Layanan Museum Goedang Ransoem",
      population: 80
    },
    {
      id: "kec-barangin",
      name: "Kecamatan Barangin",
      size: 14,
      service: "Layanan administrasi kecamatan",
      population: 40
    },
    { id: "bkpsdm", name: "BKPSDM Kota Sawahlunto", size: 14, service: null, population: 0 }
  ],
  targets: {
    "layanan-diselesaikan": { kind: "count", min: 100, max: 200 },
    "rata-rata-waktu-layanan": { kind: "count", min: 3, max: 5 },
    "nilai-komunikasi": { kind: "count", min: 80, max: 88 },
    "masukan-ditindaklanjuti": { kind: "count", min: 8, max: 12 }
  },
  scorecard: () => "pelayanan",
  lastNames: [
    "Chaniago",
    "Piliang",
    "Koto",
    "Tanjung",
    "Sinaga",
    "Simatupang",
    "Saputra",
    "Kurniawan",
    "Permata",
    "Wijaya"
  ]
}

/** Every region by id. */
export const regions: { readonly [K in RegionId]: Region } = { bukittinggi, muaratebo, sawahlunto }

/** Given names shared by the regions (fictional people). */
export const firstNames = [
  "Rahmat",
  "Yuliani",
  "Fitri",
  "Andi",
  "Rina",
  "Hendra",
  "Dewi",
  "Syafrizal",
  "Novita",
  "Zulkifli",
  "Rizki",
  "Mega",
  "Yusuf",
  "Silvia",
  "Irwan",
  "Ratna",
  "Febrian",
  "Wulan",
  "Taufik",
  "Elvira",
  "Afrizal",
  "Nurhayati",
  "Budi",
  "Sari",
  "Doni",
  "Lestari",
  "Fajar",
  "Indah",
  "Yoga",
  "Puspita"
] as const
