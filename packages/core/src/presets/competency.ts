/**
 * Competency, JPM, development and IP ASN presets. Data only: every table carries its legal basis, and values the
 * domain reference lists as UNCONFIRMED are marked `confirmed: false`.
 *
 * @since 0.1.0
 */
import type { Catalogue, LevelMapping } from "../Competency.js"
import type { Policy as DevelopmentPolicy } from "../Development.js"
import type { Policy as JpmPolicy } from "../Jpm.js"
import type { Policy as IpAsnPolicy } from "../ProfessionalismIndex.js"

/**
 * The names of the competencies of {@link national} and {@link teknisExample} by id: the catalogues take their
 * names from here, so a display that needs only the names (a widget's table) does not carry the level descriptions.
 *
 * @category presets
 * @since 0.4.0
 */
export const competencyNames = {
  integritas: "Integritas",
  kerjasama: "Kerjasama",
  komunikasi: "Komunikasi",
  "orientasi-pada-hasil": "Orientasi pada Hasil",
  "pelayanan-publik": "Pelayanan Publik",
  "pengembangan-diri-dan-orang-lain": "Pengembangan Diri dan Orang Lain",
  "mengelola-perubahan": "Mengelola Perubahan",
  "pengambilan-keputusan": "Pengambilan Keputusan",
  "perekat-bangsa": "Perekat Bangsa",
  "pelayanan-perizinan": "Pelayanan Perizinan Berusaha",
  "pelayanan-kesehatan-dasar": "Pelayanan Kesehatan Dasar"
} as const

/**
 * The 8 kompetensi manajerial and the kompetensi sosial kultural Perekat Bangsa of PermenPAN-RB 38/2017, with the
 * level descriptions of the Kamus Kompetensi (levels 1–5). The level wording was read from a public copy of the
 * kamus (not the salinan), and the level-5 wording is unconfirmed, hence `confirmed: false`.
 *
 * @category presets
 * @since 0.1.0
 */
export const national: Catalogue = {
  name: "Kamus Kompetensi Manajerial dan Sosial Kultural (PermenPAN-RB 38/2017)",
  competencies: [
    {
      id: "integritas",
      name: competencyNames.integritas,
      group: "manajerial",
      definition:
        "Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan, menciptakan budaya etika tinggi, bertanggungjawab atas tindakan atau keputusan beserta risiko yang menyertainya.",
      levels: [
        { level: 1, description: "Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi" },
        {
          level: 2,
          description:
            "Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi"
        },
        {
          level: 3,
          description:
            "Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal"
        },
        {
          level: 4,
          description:
            "Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi"
        },
        {
          level: 5,
          description: "Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional"
        }
      ]
    },
    {
      id: "kerjasama",
      name: competencyNames.kerjasama,
      group: "manajerial",
      definition:
        "Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumberdaya untuk mencapai tujuan strategis organisasi.",
      levels: [
        { level: 1, description: "Berpartisipasi dalam kelompok kerja" },
        { level: 2, description: "Menumbuhkan tim kerja yang partisipatif dan efektif" },
        { level: 3, description: "Efektif membangun tim kerja untuk peningkatan kinerja organisasi" },
        { level: 4, description: "Membangun komitmen tim, sinergi" },
        {
          level: 5,
          description: "Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi"
        }
      ]
    },
    {
      id: "komunikasi",
      name: competencyNames.komunikasi,
      group: "manajerial",
      definition:
        "Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif dan efektif; mempersuasi, meyakinkan dan membujuk orang lain dalam rangka mencapai tujuan organisasi.",
      levels: [
        { level: 1, description: "Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama" },
        {
          level: 2,
          description:
            "Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respon yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan, dll"
        },
        {
          level: 3,
          description:
            "Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif/rumit/kompleks"
        },
        {
          level: 4,
          description:
            "Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan"
        },
        {
          level: 5,
          description:
            "Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja"
        }
      ]
    },
    {
      id: "orientasi-pada-hasil",
      name: competencyNames["orientasi-pada-hasil"],
      group: "manajerial",
      definition:
        "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistimatis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil, untuk keberhasilan organisasi.",
      levels: [
        { level: 1, description: "Bertanggung jawab untuk memenuhi standar kerja" },
        {
          level: 2,
          description:
            "Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja"
        },
        {
          level: 3,
          description:
            "Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja"
        },
        {
          level: 4,
          description: "Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya"
        },
        { level: 5, description: "Meningkatkan mutu pencapaian kerja organisasi" }
      ]
    },
    {
      id: "pelayanan-publik",
      name: competencyNames["pelayanan-publik"],
      group: "manajerial",
      definition:
        "Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/golongan/partai politik.",
      levels: [
        { level: 1, description: "Menjalankan tugas mengikuti standar pelayanan" },
        {
          level: 2,
          description:
            "Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas-tugas pemerintahan/pelayanan publik secara transparan"
        },
        {
          level: 3,
          description:
            "Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja"
        },
        {
          level: 4,
          description:
            "Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional"
        },
        {
          level: 5,
          description:
            "Mampu memastikan kebijakan-kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik"
        }
      ]
    },
    {
      id: "pengembangan-diri-dan-orang-lain",
      name: competencyNames["pengembangan-diri-dan-orang-lain"],
      group: "manajerial",
      definition:
        "Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan kerja dan pengembangan karir jangka panjang, mendorong kemauan belajar sepanjang hidup, memberikan saran/bantuan, umpan balik, bimbingan untuk membantu orang lain untuk mengembangkan potensi dirinya.",
      levels: [
        { level: 1, description: "Pengembangan diri" },
        {
          level: 2,
          description:
            "Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan"
        },
        { level: 3, description: "Memberikan umpan balik, membimbing" },
        {
          level: 4,
          description: "Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran"
        },
        {
          level: 5,
          description:
            "Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil"
        }
      ]
    },
    {
      id: "mengelola-perubahan",
      name: competencyNames["mengelola-perubahan"],
      group: "manajerial",
      definition:
        "Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan insiatif perubahan, memimpin usaha perubahan, mengambil tanggung jawab pribadi untuk memastikan perubahan berhasil diimplementasikan secara efektif.",
      levels: [
        { level: 1, description: "Mengikuti perubahan dengan arahan" },
        { level: 2, description: "Proaktif beradaptasi mengikuti perubahan" },
        { level: 3, description: "Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat" },
        { level: 4, description: "Memimpin perubahan pada unit kerja" },
        {
          level: 5,
          description:
            "Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional"
        }
      ]
    },
    {
      id: "pengambilan-keputusan",
      name: competencyNames["pengambilan-keputusan"],
      group: "manajerial",
      definition:
        "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya, serta bertanggung jawab atas keputusan yang diambil.",
      levels: [
        { level: 1, description: "Mengumpulkan informasi untuk bertindak sesuai kewenangan" },
        { level: 2, description: "Menganalisis masalah secara mendalam" },
        {
          level: 3,
          description: "Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi"
        },
        {
          level: 4,
          description:
            "Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko"
        },
        {
          level: 5,
          description:
            "Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional"
        }
      ]
    },
    {
      id: "perekat-bangsa",
      name: competencyNames["perekat-bangsa"],
      group: "sosial-kultural",
      definition:
        "Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat di tengah kemajemukan Indonesia sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta diantara para pemangku kepentingan itu sendiri; menjaga, mengembangkan, dan mewujudkan rasa persatuan dan kesatuan dalam kehidupan bermasyarakat, berbangsa dan bernegara Indonesia.",
      levels: [
        { level: 1, description: "Peka memahami dan menerima kemajemukan" },
        { level: 2, description: "Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan" },
        { level: 3, description: "Mempromosikan, mengembangkan sikap toleransi dan persatuan" },
        {
          level: 4,
          description:
            "Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi"
        },
        { level: 5, description: "Wakil pemerintah untuk membangun hubungan sosial psikologis" }
      ]
    }
  ],
  legalBasis: [
    {
      regulation: "PermenPAN-RB 38/2017",
      article: "Lampiran, Kamus Kompetensi Manajerial dan Sosial Kultural",
      note: {
        id: "Uraian level dibaca dari salinan publik kamus kompetensi; rumusan level 5 belum terkonfirmasi",
        en: "Level descriptions read from a public copy of the kamus; level-5 wording unconfirmed"
      },
      confirmed: false
    },
    { regulation: "PP 11/2017", article: "Pasal 55(5), 109(4)–(5), 166(2)", confirmed: true }
  ]
}

/**
 * An **example** of kompetensi teknis defined by an instansi (a DPMPTSP licensing service and a health service,
 * as in seed 004): replace it with the instansi pembina's own standard. Not a regulation's table.
 *
 * @category presets
 * @since 0.1.0
 */
export const teknisExample: Catalogue = {
  name: "Contoh kompetensi teknis instansi (ilustrasi)",
  competencies: [
    {
      id: "pelayanan-perizinan",
      name: competencyNames["pelayanan-perizinan"],
      group: "teknis",
      instansi: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (contoh)",
      definition:
        "Kemampuan memproses perizinan berusaha sesuai standar pelayanan dan ketentuan perizinan berbasis risiko.",
      levels: [
        {
          level: 1,
          description: "Memahami jenis dan persyaratan perizinan serta memproses berkas sederhana dengan arahan"
        },
        {
          level: 2,
          description: "Memproses perizinan secara mandiri sesuai standar pelayanan dan sistem perizinan elektronik"
        },
        { level: 3, description: "Menangani perizinan yang kompleks dan membimbing rekan kerja dalam unit pelayanan" },
        { level: 4, description: "Mengevaluasi dan menyempurnakan prosedur perizinan di tingkat instansi" },
        {
          level: 5,
          description: "Merumuskan kebijakan pelayanan perizinan daerah yang selaras dengan kebijakan nasional"
        }
      ]
    },
    {
      id: "pelayanan-kesehatan-dasar",
      name: competencyNames["pelayanan-kesehatan-dasar"],
      group: "teknis",
      instansi: "Dinas Kesehatan (contoh)",
      definition: "Kemampuan menyelenggarakan pelayanan kesehatan dasar di fasilitas kesehatan tingkat pertama.",
      levels: [
        { level: 1, description: "Melaksanakan tugas pelayanan kesehatan dasar sesuai prosedur dengan supervisi" },
        { level: 2, description: "Melaksanakan pelayanan kesehatan dasar secara mandiri sesuai standar" },
        { level: 3, description: "Mengoordinasikan pelayanan kesehatan dasar di unit kerja dan membimbing petugas" },
        { level: 4, description: "Mengevaluasi mutu pelayanan kesehatan dasar di tingkat instansi" },
        { level: 5, description: "Merumuskan kebijakan pelayanan kesehatan dasar daerah" }
      ]
    }
  ],
  legalBasis: [
    {
      regulation: "PermenPAN-RB 38/2017",
      note: {
        id: "Kompetensi teknis ditetapkan oleh instansi pembina; katalog ini ilustrasi, bukan peraturan",
        en: "Kompetensi teknis ditetapkan oleh instansi pembina; this catalogue is an illustration, not a regulation"
      },
      confirmed: false
    }
  ]
}

/**
 * The commonly used mapping from jabatan level to the required manajerial / sosial-kultural level. **Unconfirmed**:
 * the lampiran table of PermenPAN-RB 38/2017 was not read. Configure it from the instansi's Standar Kompetensi
 * Jabatan.
 *
 * @category presets
 * @since 0.1.0
 */
export const commonMapping: LevelMapping = {
  entries: [
    { jabatanLevel: "JPT Utama", level: 5 },
    { jabatanLevel: "JPT Madya", level: 5 },
    { jabatanLevel: "JPT Pratama", level: 4 },
    { jabatanLevel: "Administrator", level: 3 },
    { jabatanLevel: "Pengawas", level: 2 },
    { jabatanLevel: "Pelaksana", level: 1 },
    { jabatanLevel: "JF Ahli Utama", level: 4 },
    { jabatanLevel: "JF Ahli Madya", level: 3 },
    { jabatanLevel: "JF Ahli Muda", level: 2 },
    { jabatanLevel: "JF Ahli Pertama", level: 1 },
    { jabatanLevel: "JF Terampil", level: 1 }
  ],
  legalBasis: [
    {
      regulation: "PermenPAN-RB 38/2017",
      article: "Lampiran (standar kompetensi jabatan)",
      note: {
        id: "Pemetaan yang umum dipakai, belum dicocokkan dengan lampiran",
        en: "Common mapping, not verified against the lampiran"
      },
      confirmed: false
    }
  ]
}

const jpmRange = { min: 0, max: 500 }
const twoDecimals = { scale: 2, mode: "half-up" } as const

/**
 * JPM with the bands of Peraturan BRIN 3/2023 Pasal 33: Optimal `≥ 90`, Cukup Optimal `78 ≤ x < 90`, Kurang Optimal
 * `< 78`; JPM rounded half-up to 2 decimals before banding; no cap; a not-assessed competency leaves the total
 * incomplete. The national status of the 90/78 bands is unconfirmed (an agency regulation).
 *
 * @category presets
 * @since 0.1.0
 */
export const jpmBrin: JpmPolicy = {
  cap: "none",
  notAssessed: "incomplete",
  bands: {
    rounding: twoDecimals,
    range: jpmRange,
    outOfRange: "reject",
    bands: [
      { label: "Kurang Optimal", lower: 0, upper: 77.99 },
      { label: "Cukup Optimal", lower: 78, upper: 89.99 },
      { label: "Optimal", lower: 90 }
    ],
    legalBasis: [
      {
        regulation: "Peraturan BRIN 3/2023",
        article: "Pasal 33",
        note: {
          id: "Peraturan instansi; status nasional pita 90/78 belum terkonfirmasi (Peraturan BKN 26/2019 belum dibaca)",
          en: "Agency regulation; national status of the 90/78 bands unconfirmed (Peraturan BKN 26/2019 not read)"
        },
        confirmed: false
      }
    ]
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 38/2017",
      note: { id: "JPM = Σ individu / Σ standar × 100", en: "JPM = Σ individu / Σ standar × 100" },
      confirmed: false
    }
  ]
}

/**
 * JPM "tipe 1" of a public assessment-centre implementation: Memenuhi Syarat `≥ 80`, Masih Memenuhi Syarat
 * `68 ≤ x < 80`, Kurang Memenuhi Syarat `< 68`, with the total capped at 100. Code, not regulation.
 *
 * @category presets
 * @since 0.1.0
 */
export const jpmMemenuhiSyarat: JpmPolicy = {
  cap: "total",
  notAssessed: "incomplete",
  bands: {
    rounding: twoDecimals,
    range: jpmRange,
    outOfRange: "reject",
    bands: [
      { label: "Kurang Memenuhi Syarat", lower: 0 },
      { label: "Masih Memenuhi Syarat", lower: 68 },
      { label: "Memenuhi Syarat", lower: 80 }
    ],
    legalBasis: [
      { regulation: "Praktik assessment center (kode publik)", note: { id: "tipe 1", en: "tipe 1" }, confirmed: false }
    ]
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 38/2017",
      note: { id: "JPM = Σ individu / Σ standar × 100", en: "JPM = Σ individu / Σ standar × 100" },
      confirmed: false
    }
  ]
}

/**
 * JPM bands of Permen KP 39/2023 Pasal 52 for JPT and JF ahli utama: sangat baik `≥ 91`, baik `85–90`,
 * kurang `< 85` (half-open: `85 ≤ x < 91`).
 *
 * @category presets
 * @since 0.1.0
 */
export const jpmKkpJpt: JpmPolicy = {
  cap: "none",
  notAssessed: "incomplete",
  bands: {
    rounding: twoDecimals,
    range: jpmRange,
    outOfRange: "reject",
    bands: [
      { label: "Kurang", lower: 0 },
      { label: "Baik", lower: 85 },
      { label: "Sangat Baik", lower: 91 }
    ],
    legalBasis: [
      {
        regulation: "Permen KP 39/2023",
        article: "Pasal 52",
        note: { id: "JPT dan JF ahli utama", en: "JPT dan JF ahli utama" },
        confirmed: true
      }
    ]
  },
  legalBasis: [{ regulation: "Permen KP 39/2023", article: "Pasal 52", confirmed: true }]
}

/**
 * JPM bands of Permen KP 39/2023 Pasal 52 for other jabatan: sangat baik `≥ 85`, baik `75–84`, kurang `< 75`.
 *
 * @category presets
 * @since 0.1.0
 */
export const jpmKkpOther: JpmPolicy = {
  cap: "none",
  notAssessed: "incomplete",
  bands: {
    rounding: twoDecimals,
    range: jpmRange,
    outOfRange: "reject",
    bands: [
      { label: "Kurang", lower: 0 },
      { label: "Baik", lower: 75 },
      { label: "Sangat Baik", lower: 85 }
    ],
    legalBasis: [
      {
        regulation: "Permen KP 39/2023",
        article: "Pasal 52",
        note: { id: "jabatan lainnya", en: "jabatan lainnya" },
        confirmed: true
      }
    ]
  },
  legalBasis: [{ regulation: "Permen KP 39/2023", article: "Pasal 52", confirmed: true }]
}

const duration = { basis: "duration" } as const

/**
 * Forms of pengembangan kompetensi (Peraturan LAN 10/2018; summary of PerLAN 5/2018) with JP credit by duration,
 * 1 JP = 45 minutes (unconfirmed: the regulation text was seen only quoted), the yearly minimum of 20 JP, the
 * recommendation rules of seeds 000/001/004 (mentoring and coaching for new ASN, e-learning for remote units) and a
 * Kirkpatrick evaluation needing at least 10 measured participants (a local choice: Kirkpatrick is not a national
 * mandate). JP-equivalence of nonklasikal forms is unconfirmed: every nonklasikal form is marked so.
 *
 * @category presets
 * @since 0.1.0
 */
export const development: DevelopmentPolicy = {
  minutesPerJp: 45,
  yearlyMinimumJp: 20,
  rounding: { scale: 2, mode: "floor" },
  forms: [
    { id: "pelatihan", name: "Pelatihan", kind: "klasikal", credit: duration, confirmed: true },
    { id: "seminar", name: "Seminar", kind: "klasikal", credit: duration, confirmed: true },
    { id: "workshop", name: "Workshop / lokakarya", kind: "klasikal", credit: duration, confirmed: true },
    { id: "kursus", name: "Kursus", kind: "klasikal", credit: duration, confirmed: true },
    { id: "penataran", name: "Penataran", kind: "klasikal", credit: duration, confirmed: false },
    { id: "coaching", name: "Coaching", kind: "nonklasikal", credit: duration, confirmed: false },
    { id: "mentoring", name: "Mentoring", kind: "nonklasikal", credit: duration, confirmed: false },
    { id: "e-learning", name: "E-learning", kind: "nonklasikal", credit: duration, confirmed: false },
    {
      id: "pelatihan-jarak-jauh",
      name: "Pelatihan jarak jauh",
      kind: "nonklasikal",
      credit: duration,
      confirmed: false
    },
    { id: "magang", name: "Magang / praktik kerja", kind: "nonklasikal", credit: duration, confirmed: false },
    {
      id: "patok-banding",
      name: "Patok banding (benchmarking)",
      kind: "nonklasikal",
      credit: duration,
      confirmed: false
    },
    {
      id: "pertukaran-pegawai",
      name: "Pertukaran PNS dengan pegawai swasta",
      kind: "nonklasikal",
      credit: duration,
      confirmed: false
    },
    { id: "detasering", name: "Detasering (secondment)", kind: "nonklasikal", credit: duration, confirmed: false },
    { id: "belajar-mandiri", name: "Belajar mandiri", kind: "nonklasikal", credit: duration, confirmed: false },
    { id: "komunitas-belajar", name: "Komunitas belajar", kind: "nonklasikal", credit: duration, confirmed: false },
    {
      id: "penugasan-program-prioritas",
      name: "Penugasan terkait program prioritas",
      kind: "nonklasikal",
      credit: duration,
      confirmed: false
    }
  ],
  recommendation: {
    byGroup: {
      manajerial: ["pelatihan", "coaching", "workshop", "seminar", "e-learning"],
      "sosial-kultural": ["workshop", "seminar", "komunitas-belajar", "e-learning"],
      teknis: ["pelatihan", "magang", "kursus", "patok-banding", "e-learning"]
    },
    priorities: [
      {
        id: "asn-baru",
        when: { newAsn: true },
        forms: ["mentoring", "coaching"],
        boost: 2,
        reason: "ASN baru: mentoring dan coaching oleh atasan/pegawai senior"
      },
      {
        id: "unit-terpencil",
        when: { remote: true },
        forms: ["e-learning", "pelatihan-jarak-jauh"],
        boost: 1,
        reason: "unit kerja terpencil: pembelajaran daring tanpa harus datang ke pusat"
      }
    ],
    maxPerCompetency: 3
  },
  effectiveness: {
    minParticipants: 10,
    rounding: twoDecimals,
    reactionScale: { min: 1, max: 4 },
    behaviourScale: { min: 1, max: 5 }
  },
  legalBasis: [
    {
      regulation: "Peraturan LAN 10/2018",
      note: {
        id: "Pengembangan kompetensi PNS paling sedikit 20 JP per tahun (dikutip dari PerLAN 5/2018)",
        en: "Pengembangan kompetensi PNS paling sedikit 20 JP per tahun (quoted from PerLAN 5/2018)"
      },
      confirmed: true
    },
    {
      regulation: "Peraturan LAN 5/2018",
      note: {
        id: "1 JP = 45 menit: hanya terlihat dalam kutipan sekunder; kesetaraan JP bentuk nonklasikal belum terkonfirmasi",
        en: "1 JP = 45 menit: seen only in a secondary quote; JP-equivalence of nonklasikal forms unconfirmed"
      },
      confirmed: false
    },
    {
      regulation: "UU 20/2023",
      article: "Pasal 49",
      note: { id: "pembelajaran terintegrasi", en: "pembelajaran terintegrasi" },
      confirmed: true
    },
    {
      regulation: "Kirkpatrick (model evaluasi pelatihan)",
      note: {
        id: "Model pilihan (mis. Perka LAPAN 13/2019); bukan kewajiban nasional; jumlah peserta minimum adalah pilihan lokal",
        en: "Optional model (e.g. LAPAN Perka 13/2019); not a national mandate; minimum participants is a local choice"
      },
      confirmed: false
    }
  ]
}

/**
 * Indeks Profesionalitas ASN: weights 25/40/30/5 (PermenPAN-RB 38/2018, Peraturan BKN 8/2019) and the five
 * categories, lower-inclusive (`≥ 91, ≥ 81, ≥ 71, ≥ 61`) with floor rounding to 2 decimals. Only S3 = 25, S2 = 20
 * and the 15-point training items were read; every other point value is marked unconfirmed.
 *
 * @category presets
 * @since 0.1.0
 */
export const ipAsn: IpAsnPolicy = {
  dimensions: [
    {
      id: "kualifikasi",
      weight: 25,
      mode: "one-of",
      items: [
        { id: "s3", label: "S3 (doktor)", points: 25, confirmed: true },
        { id: "s2", label: "S2 (magister)", points: 20, confirmed: true },
        { id: "s1-d4", label: "S1 / D4", points: 15, confirmed: false },
        { id: "d3", label: "D3", points: 10, confirmed: false },
        { id: "sma-d1-d2", label: "SMA / D1 / D2", points: 5, confirmed: false },
        { id: "di-bawah-sma", label: "Di bawah SMA", points: 1, confirmed: false }
      ],
      legalBasis: [
        {
          regulation: "Peraturan BKN 8/2019",
          note: {
            id: "S3 = 25, S2 = 20; jenjang di bawahnya belum terkonfirmasi",
            en: "S3 = 25, S2 = 20; lower levels unconfirmed"
          },
          confirmed: true
        }
      ]
    },
    {
      id: "kompetensi",
      weight: 40,
      mode: "sum-capped",
      items: [
        { id: "diklat-kepemimpinan", label: "Diklat kepemimpinan sesuai jabatan", points: 15, confirmed: true },
        { id: "diklat-fungsional", label: "Diklat fungsional (JF)", points: 15, confirmed: true },
        { id: "diklat-teknis", label: "Diklat teknis ≥ 20 JP dalam 2 tahun", points: 15, confirmed: true },
        { id: "seminar-workshop", label: "Seminar / workshop / magang / kursus", points: 10, confirmed: false }
      ],
      legalBasis: [
        {
          regulation: "Peraturan BKN 8/2019",
          article: "Pasal 8",
          note: {
            id: "tabel hanya terbaca sebagian; poin seminar belum terkonfirmasi",
            en: "table partially read; seminar points unconfirmed"
          },
          confirmed: false
        }
      ]
    },
    {
      id: "kinerja",
      weight: 30,
      mode: "one-of",
      items: [
        { id: "sangat-baik", label: "Sangat Baik", points: 30, confirmed: false },
        { id: "baik", label: "Baik", points: 25, confirmed: false },
        { id: "butuh-perbaikan", label: "Butuh Perbaikan", points: 20, confirmed: false },
        { id: "kurang", label: "Kurang/Misconduct", points: 15, confirmed: false },
        { id: "sangat-kurang", label: "Sangat Kurang", points: 10, confirmed: false }
      ],
      legalBasis: [
        {
          regulation: "Peraturan BKN 8/2019",
          note: { id: "tabel poin kinerja belum terkonfirmasi", en: "kinerja point table unconfirmed" },
          confirmed: false
        }
      ]
    },
    {
      id: "disiplin",
      weight: 5,
      mode: "one-of",
      items: [
        { id: "tidak-pernah", label: "Tidak pernah dijatuhi hukuman disiplin", points: 5, confirmed: false },
        { id: "ringan", label: "Pernah dijatuhi hukuman disiplin ringan", points: 3, confirmed: false },
        { id: "sedang", label: "Pernah dijatuhi hukuman disiplin sedang", points: 2, confirmed: false },
        { id: "berat", label: "Pernah dijatuhi hukuman disiplin berat", points: 1, confirmed: false }
      ],
      legalBasis: [
        {
          regulation: "Peraturan BKN 8/2019",
          note: { id: "tabel poin disiplin belum terkonfirmasi", en: "disiplin point table unconfirmed" },
          confirmed: false
        }
      ]
    }
  ],
  categories: {
    rounding: { scale: 2, mode: "floor" },
    range: { min: 0, max: 100 },
    outOfRange: "reject",
    bands: [
      { label: "Sangat Rendah", lower: 0, upper: 60.99 },
      { label: "Rendah", lower: 61, upper: 70.99 },
      { label: "Sedang", lower: 71, upper: 80.99 },
      { label: "Tinggi", lower: 81, upper: 90.99 },
      { label: "Sangat Tinggi", lower: 91, upper: 100 }
    ],
    legalBasis: [
      {
        regulation: "PermenPAN-RB 38/2018",
        note: { id: "kategori menurut pemberitaan kontan.co.id", en: "categories as reported by kontan.co.id" },
        confirmed: false
      }
    ]
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 38/2018",
      note: {
        id: "Pengukuran Indeks Profesionalitas ASN; bobot 25/40/30/5",
        en: "Pengukuran Indeks Profesionalitas ASN; weights 25/40/30/5"
      },
      confirmed: true
    },
    {
      regulation: "Peraturan BKN 8/2019",
      note: {
        id: "Pedoman pengukuran; status penggantiannya belum terkonfirmasi",
        en: "Pedoman pengukuran; replacement status unconfirmed"
      },
      confirmed: true
    }
  ]
}
