/**
 * The policy handbook: a readable Markdown document generated from a policy document (and its rule set), in
 * Bahasa Indonesia or English, for policy teams. Every indicator, weight, band, mapping, quadrant cell, period
 * choice, distribution guideline and rule is rendered from the data; the worked examples are computed by the library
 * at generation time, so the handbook cannot drift from what the code does.
 *
 * @since 0.1.0
 */
import { Band, Behaviour, Evaluation, Exact, LegalBasis, Policy, Quadrant, type Rule } from "@pembinaan/core"
import { Result } from "effect"
import { cycleChapter } from "./handbook-cycle.js"
import type { Lang } from "./io.js"

type Citation = LegalBasis.Citation

const words = {
  id: {
    handbook: "Buku pedoman kebijakan",
    region: "Daerah",
    version: "Versi",
    effective: "Berlaku",
    until: "sampai",
    open: "seterusnya",
    illustrative:
      "**Ilustrasi.** Kebijakan ini disusun dari teks publik sebagai contoh; ini bukan peraturan resmi daerah tersebut.",
    generated: "Dokumen ini dibuat otomatis dari data kebijakan oleh `pembinaan policy docs`; jangan diedit manual.",
    legalBasis: "Dasar hukum",
    unconfirmed: "belum terkonfirmasi (dapat dikonfigurasi)",
    indicators: "Indikator",
    id: "Kode",
    label: "Nama",
    category: "Kategori",
    direction: "Arah",
    unit: "Satuan",
    cap: "Batas capaian (%)",
    directions: {
      "higher-is-better": "makin tinggi makin baik",
      "lower-is-better": "makin rendah makin baik",
      range: "rentang"
    },
    scorecards: "Kartu skor dan bobot",
    weight: "Bobot (%)",
    total: "Jumlah",
    hasilKerja: "Hasil kerja",
    hasilByRating:
      "Rating hasil kerja ditetapkan langsung oleh Pejabat Penilai (Dibawah, Sesuai atau Diatas Ekspektasi), sesuai panduan PermenPAN-RB 6/2022.",
    document: "Dokumen kebijakan (JSON)",
    documentIntro:
      "Inilah dokumen kebijakan yang dijelaskan buku pedoman ini, dalam format yang dibaca `pembinaan policy validate`. Untuk aturan daerah sendiri: salin berkas ini, ubah nilainya dan dasar hukumnya, periksa dengan `pembinaan policy validate berkas.json`, lalu nilai dengan `pembinaan score data.csv --policy berkas.json`.",
    roundsAcross: (example: string) =>
      `**Pembulatan sebelum penentuan pita: ya.** Nilai dibulatkan dulu, lalu dibandingkan dengan batas; pembulatan dapat memindahkan nilai melewati batas (${example}). Bila itu terjadi, jejak (trace) evaluasi memuat catatan \`edge\`.`,
    roundsNotAcross:
      "**Pembulatan sebelum penentuan pita: tidak.** Pembulatan ke bawah (`floor`) pada ketelitian batas memberi pita yang sama dengan nilai tanpa pembulatan, sesuai bunyi harfiah peraturan (misalnya 89,995 tetap di bawah batas 90).",
    scale: (min: number, max: number, scale: number, mode: string) =>
      `Nilai dihitung pada skala ${min}–${max} dan dibulatkan **satu kali** ke ${scale} angka desimal dengan mode \`${mode}\`, lalu dibandingkan dengan batas bawah (inklusif) setiap pita.`,
    scoringCapaian:
      "Nilai tiap indikator adalah capaiannya (persen): realisasi/target × 100 bila makin tinggi makin baik; (2 − realisasi/target) × 100, minimal 0, bila makin rendah makin baik; 100 bila realisasi dalam rentang, selain itu dihitung terhadap batas yang dilampaui. Capaian dibatasi oleh batas capaian indikator. Nilai akhir = Σ bobot/100 × nilai.",
    scoringIki:
      "Nilai tiap indikator adalah nilai capaian IKI menurut PermenPAN-RB 8/2021 (0–120) dari capaiannya; nilai akhir = Σ bobot/100 × nilai IKI.",
    bands: "Pita nilai",
    lower: "Batas bawah (≥)",
    upper: "Batas atas tercetak",
    mapping: "Dari nilai ke rating hasil kerja",
    perilakuKerja: "Perilaku kerja",
    perilakuByRating: "Rating perilaku kerja ditetapkan langsung oleh Pejabat Penilai.",
    berakhlak: (dibawah: number, diatas: number) =>
      `Perilaku kerja dinilai pada tujuh nilai BerAKHLAK. Bila ${dibawah} nilai atau lebih dinilai Dibawah Ekspektasi, rating perilaku adalah **Dibawah Ekspektasi**; bila tidak, dan ${diatas} nilai atau lebih dinilai Diatas Ekspektasi, ratingnya **Diatas Ekspektasi**; selain itu **Sesuai Ekspektasi**.`,
    quadrant: "Kuadran kinerja",
    quadrantIntro: "Predikat kinerja dibaca dari rating hasil kerja (baris) dan rating perilaku kerja (kolom).",
    period: "Periode evaluasi",
    cadence: { bulanan: "bulanan", triwulanan: "triwulanan" },
    cadenceText: (c: string) => `Evaluasi kinerja periodik dilakukan secara **${c}**.`,
    annual: {
      "annual-only":
        "Hasil tahunan ditetapkan dari evaluasi tahunan sendiri (aturan nasional); hasil periodik tidak dirata-ratakan.",
      last: "Hasil tahunan adalah hasil periode terakhir.",
      worst: "Hasil tahunan adalah hasil periode dengan predikat terburuk.",
      mean: "Hasil tahunan adalah rata-rata tepat nilai periodik, lalu diklasifikasikan dengan pita nilai.",
      trend: "Hasil tahunan adalah rata-rata berbobot (periode lebih akhir berbobot lebih besar: 1, 2, …, k)."
    },
    missing: (m: string, min: number) =>
      m === "reject"
        ? "Semua periode dalam setahun wajib dievaluasi."
        : `Periode yang hilang diperbolehkan, minimal ${min} periode.`,
    distribution: "Pola distribusi predikat (kurva)",
    distributionIntro: (n: number) =>
      `Pelanggaran pedoman ini menjadi **peringatan**, bukan kesalahan. Unit dengan kurang dari ${n} pegawai tidak dinilai.`,
    organisation: "Predikat organisasi",
    guideline: "Pedoman",
    ops: {
      "at-most": (p: string, x: number) => `${p} paling banyak ${x}%`,
      "at-least": (p: string, x: number) => `${p} paling sedikit ${x}%`,
      present: (p: string) => `harus ada ${p}`
    },
    or: " dan/atau ",
    examples: "Contoh perhitungan",
    examplesIntro: "Contoh berikut dihitung oleh pustaka saat dokumen ini dibuat (target dan realisasi rekaan).",
    example: "Contoh",
    scenario: ["semua target tepat tercapai", "melampaui target", "di bawah target"],
    measurement: "Target → realisasi",
    result: "Hasil",
    score: "Nilai",
    band: "Pita",
    rules: "Aturan penghargaan dan pembinaan",
    rulesIntro: (name: string) =>
      `Aturan dari kumpulan \`${name}\`, diurutkan menurut prioritas. Aturan eksklusif menekan aturan berprioritas lebih rendah dalam kelompoknya.`,
    outcomes: "Tindak lanjut",
    kind: "Jenis",
    severity: "Bobot keparahan",
    rule: "Aturan",
    when: "Bila",
    gives: "Maka",
    priority: "Prioritas",
    group: "Kelompok",
    exclusive: "eksklusif",
    referencesIntro:
      "Rujukan bertanda * belum terverifikasi dari teks peraturan (belum terkonfirmasi); nilainya dapat diubah dalam data kebijakan.",
    yes: "ya",
    no: "tidak"
  },
  en: {
    handbook: "Policy handbook",
    region: "Region",
    version: "Version",
    effective: "Effective",
    until: "until",
    open: "open-ended",
    illustrative:
      "**Illustrative.** This policy was built from public texts as an example; it is not the region's official regulation.",
    generated: "Generated from the policy data by `pembinaan policy docs`; do not edit by hand.",
    legalBasis: "Legal basis",
    unconfirmed: "unconfirmed (configurable)",
    indicators: "Indicators",
    id: "Id",
    label: "Name",
    category: "Category",
    direction: "Direction",
    unit: "Unit",
    cap: "Achievement cap (%)",
    directions: { "higher-is-better": "higher is better", "lower-is-better": "lower is better", range: "range" },
    scorecards: "Scorecards and weights",
    weight: "Weight (%)",
    total: "Total",
    hasilKerja: "Hasil kerja (work results)",
    hasilByRating:
      "The hasil kerja rating is set directly by the Pejabat Penilai (Dibawah, Sesuai or Diatas Ekspektasi), following the PermenPAN-RB 6/2022 guidance.",
    document: "Policy document (JSON)",
    documentIntro:
      "This is the policy document this handbook describes, in the format `pembinaan policy validate` reads. For a region's own rules: copy this file, edit its values and legal basis, check it with `pembinaan policy validate file.json`, and score with `pembinaan score data.csv --policy file.json`.",
    roundsAcross: (example: string) =>
      `**Rounds before banding: yes.** The score is rounded first and then compared with the edges; rounding can move a score across an edge (${example}). When it does, the evaluation trace carries an \`edge\` note.`,
    roundsNotAcross:
      "**Rounds before banding: no.** Rounding down (`floor`) at the edges' precision bands exactly as the unrounded score does, the literal reading of the regulation (89.995 stays below an edge of 90).",
    scale: (min: number, max: number, scale: number, mode: string) =>
      `The score is on a ${min}–${max} scale and rounded **once** to ${scale} decimal places with mode \`${mode}\`, then compared with each band's inclusive lower edge.`,
    scoringCapaian:
      "Each indicator's value is its achievement (capaian, percent): realisasi/target × 100 when higher is better; (2 − realisasi/target) × 100, at least 0, when lower is better; 100 inside a range target, otherwise measured against the bound crossed. Achievement is capped by the indicator's cap. Score = Σ weight/100 × value.",
    scoringIki:
      "Each indicator's value is the PermenPAN-RB 8/2021 IKI value (0–120) of its achievement; score = Σ weight/100 × IKI value.",
    bands: "Score bands",
    lower: "Lower edge (≥)",
    upper: "Printed upper edge",
    mapping: "From score to the hasil kerja rating",
    perilakuKerja: "Perilaku kerja (work behaviour)",
    perilakuByRating: "The perilaku kerja rating is set directly by the Pejabat Penilai.",
    berakhlak: (dibawah: number, diatas: number) =>
      `Behaviour is rated on the seven BerAKHLAK values. If ${dibawah} or more values are rated Dibawah Ekspektasi, the perilaku rating is **Dibawah Ekspektasi**; otherwise, if ${diatas} or more are rated Diatas Ekspektasi, it is **Diatas Ekspektasi**; otherwise **Sesuai Ekspektasi**.`,
    quadrant: "Performance quadrant (kuadran)",
    quadrantIntro: "The predikat is read from the hasil kerja rating (rows) and the perilaku kerja rating (columns).",
    period: "Evaluation periods",
    cadence: { bulanan: "monthly (bulanan)", triwulanan: "quarterly (triwulanan)" },
    cadenceText: (c: string) => `Periodic evaluations are **${c}**.`,
    annual: {
      "annual-only":
        "The annual result comes from the annual evaluation alone (the national rule); periodic results are not averaged.",
      last: "The annual result is the last period's result.",
      worst: "The annual result is the result of the period with the worst predikat.",
      mean: "The annual result is the exact mean of the periodic scores, classified with the score bands.",
      trend: "The annual result is a recency-weighted mean (weights 1, 2, …, k from the first to the last period)."
    },
    missing: (m: string, min: number) =>
      m === "reject" ? "Every period of the year must be evaluated." : `Missing periods are tolerated, down to ${min}.`,
    distribution: "Predikat distribution (kurva)",
    distributionIntro: (n: number) =>
      `A breach is a **warning**, not an error. Units with fewer than ${n} employees are not judged.`,
    organisation: "Organisation predikat",
    guideline: "Guideline",
    ops: {
      "at-most": (p: string, x: number) => `${p} at most ${x}%`,
      "at-least": (p: string, x: number) => `${p} at least ${x}%`,
      present: (p: string) => `some ${p} must be present`
    },
    or: " and/or ",
    examples: "Worked examples",
    examplesIntro: "Computed by the library when this handbook was generated (made-up targets and realisasi).",
    example: "Example",
    scenario: ["every target met exactly", "targets exceeded", "targets missed"],
    measurement: "Target → realisasi",
    result: "Result",
    score: "Score",
    band: "Band",
    rules: "Reward and remediation rules",
    rulesIntro: (name: string) =>
      `Rules of the set \`${name}\`, by priority. An exclusive rule suppresses lower-priority rules of its group.`,
    outcomes: "Outcomes",
    kind: "Kind",
    severity: "Severity",
    rule: "Rule",
    when: "When",
    gives: "Then",
    priority: "Priority",
    group: "Group",
    exclusive: "exclusive",
    referencesIntro:
      "References marked * were not verified from a regulation's text (UNCONFIRMED); their values can be changed in the policy data.",
    yes: "yes",
    no: "no"
  }
} as const

type Words = (typeof words)[Lang]

const citationText = (c: Citation, w: Words, lang: Lang): string => {
  const note = LegalBasis.noteText(c, lang)
  return `${c.regulation}${c.article ? `, ${c.article}` : ""}${note ? ` (${note})` : ""}${c.confirmed ? "" : ` — *${w.unconfirmed}*`}`
}

/** Numbers citations in order of first use, so the text says [3] and the list at the end says what [3] is. */
class References {
  readonly list: Array<Citation> = []
  private readonly index = new Map<string, number>()
  ref(c: Citation): string {
    const key = JSON.stringify([c.regulation, c.article ?? "", c.note ?? "", c.confirmed])
    let n = this.index.get(key)
    if (n === undefined) {
      this.list.push(c)
      n = this.list.length
      this.index.set(key, n)
    }
    return `[${n}]${c.confirmed ? "" : "*"}`
  }
  refs(lb: ReadonlyArray<Citation>): string {
    return lb.map((c) => this.ref(c)).join(", ")
  }
}

/**
 * Whether the table rounds before banding, with an example of a score that rounding moves across the first edge
 * above the minimum (89.995 → 90.00 → Baik).
 */
const roundingStatement = (table: Band.Table, w: Words): string => {
  if (!Band.roundsAcrossEdges(table)) return w.roundsNotAcross
  const edge = table.bands.find((b) => b.lower > table.range.min) ?? table.bands[0]
  if (!edge) return w.roundsAcross("—")
  const unit = Exact.fraction(1, 10n ** BigInt(table.rounding.scale + 1))
  const below = Exact.subtract(Exact.fromFinite(edge.lower), Exact.multiply(unit, Exact.int(5)))
  const c = Band.classify(table, below)
  if (Result.isFailure(c) || c.success.trace.edge === undefined) return w.roundsAcross(`${table.rounding.mode}`)
  return w.roundsAcross(`${Exact.format(below)} → ${c.success.score.text} → ${c.success.label}`)
}

const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  [
    `| ${head.map(esc).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => esc(String(c))).join(" | ")} |`)
  ].join("\n")

const opSymbols: Record<Rule.Op, string> = { "at-least": "≥", above: ">", "at-most": "≤", below: "<", equal: "=" }

/**
 * Renders a rule condition in words (Indonesian with the decimal comma).
 *
 * @since 0.1.0
 */
export const conditionText = (c: Rule.Condition, lang: Lang): string =>
  lang === "id" ? indonesianNumbers(conditionWords(c, lang)) : conditionWords(c, lang)

const conditionWords = (c: Rule.Condition, lang: Lang): string => {
  const op = opSymbols
  const list = (xs: ReadonlyArray<string | number>) => xs.join(lang === "id" ? " atau " : " or ")
  const id = lang === "id"
  switch (c.kind) {
    case "predikat":
      return id ? `predikat periode ini ${list(c.in)}` : `this period's predikat is ${list(c.in)}`
    case "predikat-last":
      return id
        ? `dalam ${c.last} periode terakhir, ${c.atLeast ?? c.last} kali predikat ${list(c.in)}`
        : `in the last ${c.last} periods, ${c.atLeast ?? c.last} times ${list(c.in)}`
    case "consecutive":
      return id
        ? `${c.atLeast} periode berturut-turut terakhir berpredikat ${list(c.in)}`
        : `the last ${c.atLeast} consecutive periods are ${list(c.in)}`
    case "score":
      return id ? `nilai periode ini ${op[c.op]} ${c.value}` : `this period's score ${op[c.op]} ${c.value}`
    case "trend":
      return id
        ? `${c.measure === "change" ? "perubahan" : "kemiringan"} nilai dalam ${c.last} periode terakhir ${op[c.op]} ${c.value}`
        : `score ${c.measure} over the last ${c.last} periods ${op[c.op]} ${c.value}`
    case "jpm":
      return id ? `kategori JPM ${list(c.in)}` : `JPM category is ${list(c.in)}`
    case "jp":
      return id
        ? c.compliant
          ? "JP tahun ini memenuhi minimum"
          : "JP tahun ini di bawah minimum"
        : c.compliant
          ? "this year's JP meets the minimum"
          : "this year's JP is below the minimum"
    case "discipline": {
      const scope = {
        ever: id ? "pernah" : "ever",
        year: id ? "tahun ini" : "this year",
        active: id ? "sedang berlaku" : "in force"
      }[c.scope]
      return id
        ? `${c.present ? "ada" : "tidak ada"} hukuman disiplin ${list(c.levels)} (${scope})`
        : `${c.present ? "a" : "no"} ${list(c.levels)} disciplinary sanction (${scope})`
    }
    case "talent-box":
      return id ? `kotak talenta ${list(c.in)}` : `talent box ${list(c.in)}`
    case "unit-ikm":
      return id ? `IKM unit ${op[c.op]} ${c.value}` : `the unit's IKM ${op[c.op]} ${c.value}`
    case "unit-mutu":
      return id ? `mutu pelayanan unit ${list(c.in)}` : `the unit's service mutu is ${list(c.in)}`
    case "flag":
      return `${c.name} = ${c.is ? (id ? "ya" : "yes") : id ? "tidak" : "no"}`
    case "measure":
      return `${c.name} ${op[c.op]} ${c.value}`
    case "all":
      return c.of.length === 0
        ? id
          ? "selalu"
          : "always"
        : c.of.map((x) => `(${conditionText(x, lang)})`).join(id ? " dan " : " and ")
    case "any":
      return c.of.length === 0
        ? id
          ? "tidak pernah"
          : "never"
        : c.of.map((x) => `(${conditionText(x, lang)})`).join(id ? " atau " : " or ")
    case "not":
      return id ? `bukan (${conditionText(c.of, lang)})` : `not (${conditionText(c.of, lang)})`
  }
}

/** Made-up measurements for a scorecard: exactly on target, above it, below it. */
const scenarioMeasurements = (policy: Policy.Policy, scorecardId: string, scenario: 0 | 1 | 2) => {
  const scorecard = policy.scorecards.find((s) => s.id === scorecardId)
  const factor = [1, 1.15, 0.7][scenario] as number
  return (scorecard?.weights ?? []).map((w) => {
    const def = policy.indicators.find((d) => d.id === w.indicator)
    const direction = def?.direction ?? "higher-is-better"
    if (direction === "range") {
      const realisasi = [100, 100, 60][scenario] as number
      return { indicator: w.indicator, target: { lower: 80, upper: 120 }, realisasi }
    }
    if (direction === "lower-is-better") {
      return { indicator: w.indicator, target: 10, realisasi: Math.round(10 * (2 - factor) * 100) / 100 }
    }
    return { indicator: w.indicator, target: 100, realisasi: Math.round(100 * factor * 100) / 100 }
  })
}

const ratingScenario: ReadonlyArray<Quadrant.Rating> = ["Sesuai Ekspektasi", "Diatas Ekspektasi", "Dibawah Ekspektasi"]

const examples = (policy: Policy.Policy, w: Words, lang: Lang): Array<string> => {
  const out: Array<string> = [`## ${w.examples}`, "", w.examplesIntro, ""]
  const scorecard = policy.scorecards[0]
  ;([0, 1, 2] as const).forEach((k) => {
    const rating = ratingScenario[k] as Quadrant.Rating
    const year = policy.effectivePeriod.from.slice(0, 4)
    const period = policy.period.cadence === "triwulanan" ? `${year}-Q1` : `${year}-01`
    const input: Record<string, unknown> = { employee: `contoh-${k + 1}`, period }
    if (policy.hasilKerja.source === "indicators" && scorecard) {
      input.scorecard = scorecard.id
      input.measurements = scenarioMeasurements(policy, scorecard.id, k)
    } else input.hasilKerja = rating
    if (policy.perilakuKerja.source === "berakhlak") {
      input.berakhlak = Object.fromEntries(
        Behaviour.coreValues.map((v, i) => [v, k === 2 && i === 0 ? "Dibawah Ekspektasi" : rating])
      )
    } else input.perilakuKerja = rating
    const result = Evaluation.evaluate(policy, input)
    out.push(`### ${w.example} ${k + 1}: ${w.scenario[k]}`, "")
    if (Result.isFailure(result)) {
      out.push("```json", JSON.stringify(result.failure), "```", "")
      return
    }
    const r = result.success
    const trace = JSON.parse(JSON.stringify(r.trace)) as Evaluation.Trace
    if (trace.hasilKerja.source === "indicators") {
      out.push(
        table(
          [
            w.indicators,
            w.weight,
            w.measurement,
            lang === "id" ? "Capaian / nilai" : "Achievement / value",
            lang === "id" ? "Tertimbang" : "Weighted"
          ],
          trace.hasilKerja.indicators.map((i) => {
            const m = (input.measurements as Array<{ indicator: string; target: unknown; realisasi: number }>).find(
              (x) => x.indicator === i.indicator
            )
            const target =
              typeof m?.target === "object"
                ? `${(m.target as { lower: number }).lower}–${(m.target as { upper: number }).upper}`
                : String(m?.target)
            return [i.label, i.weight, `${target} → ${m?.realisasi}`, i.value, i.weighted]
          })
        ),
        ""
      )
    }
    out.push(
      table(
        [w.score, w.band, w.hasilKerja, w.perilakuKerja, "Predikat"],
        [[r.score?.text ?? "—", r.band ?? "—", r.hasilKerja, r.perilakuKerja, `**${r.predikat}**`]]
      ),
      ""
    )
  })
  return out
}

/**
 * Generates the handbook of a policy (and optionally its rule set) as Markdown.
 *
 * @example
 * ```ts
 * import { handbook } from "@pembinaan/cli"
 * import { Presets } from "@pembinaan/core"
 * handbook(Presets.bukittinggi.policy, { lang: "id", rules: Presets.regionRules.bukittinggi }).startsWith("# Buku pedoman")
 * // => true
 * ```
 *
 * @since 0.1.0
 */
export const handbook = (
  policy: Policy.Policy,
  options: { readonly lang: Lang; readonly rules?: Rule.RuleSet }
): string => {
  const { lang } = options
  const w = words[lang]
  const refs = new References()
  const basis = (lb: ReadonlyArray<Citation>): string => `${w.legalBasis}: ${refs.refs(lb)}.`
  const out: Array<string> = [
    `# ${w.handbook}: ${policy.title}`,
    "",
    `> ${w.generated}`,
    "",
    table(
      [w.region, w.version, w.effective, "Id"],
      [
        [
          policy.region,
          policy.version,
          `${policy.effectivePeriod.from} ${w.until} ${policy.effectivePeriod.to ?? w.open}`,
          `\`${policy.id}\``
        ]
      ]
    ),
    ""
  ]
  if (policy.illustrative) out.push(w.illustrative, "")
  out.push(basis(policy.legalBasis), "")

  // hasil kerja
  out.push(`## ${w.hasilKerja}`, "")
  const hk = policy.hasilKerja
  if (hk.source === "rating") out.push(w.hasilByRating, "", basis(hk.legalBasis), "")
  else {
    if (policy.indicators.length > 0) {
      out.push(
        `### ${w.indicators}`,
        "",
        table(
          [w.id, w.label, w.category, w.direction, w.unit, w.cap],
          policy.indicators.map((d) => [
            `\`${d.id}\``,
            d.label,
            d.category,
            w.directions[d.direction],
            d.unit ?? "—",
            d.cap ?? "—"
          ])
        ),
        ""
      )
    }
    out.push(`### ${w.scorecards}`, "")
    for (const s of policy.scorecards) {
      const total = s.weights.reduce((n, x) => n + x.weight, 0)
      out.push(
        `**${s.label}** (\`${s.id}\`)${s.description ? `: ${s.description}` : ""}`,
        "",
        table(
          [w.indicators, w.weight],
          [
            ...s.weights.map((x) => [
              policy.indicators.find((d) => d.id === x.indicator)?.label ?? x.indicator,
              x.weight
            ]),
            [`**${w.total}**`, `**${Math.round(total * 1e9) / 1e9}**`]
          ]
        ),
        ""
      )
    }
    out.push(
      w.scale(hk.scale.min, hk.scale.max, hk.scale.rounding.scale, hk.scale.rounding.mode),
      "",
      roundingStatement(hk.bands, w),
      "",
      hk.scoring.method === "capaian" ? w.scoringCapaian : w.scoringIki,
      "",
      basis(hk.scoring.legalBasis),
      "",
      `### ${w.bands}`,
      "",
      table(
        [w.label, w.lower, w.upper],
        hk.bands.bands.map((b) => [b.label, b.lower, b.upper ?? "—"])
      ),
      "",
      basis(hk.bands.legalBasis),
      "",
      `### ${w.mapping}`,
      "",
      table(
        [w.label, w.lower, w.upper],
        hk.mapping.bands.map((b) => [b.label, b.lower, b.upper ?? "—"])
      ),
      "",
      basis(hk.mapping.legalBasis),
      "",
      basis(hk.legalBasis),
      ""
    )
  }

  // perilaku kerja
  out.push(`## ${w.perilakuKerja}`, "")
  const pk = policy.perilakuKerja
  out.push(
    pk.source === "rating" ? w.perilakuByRating : w.berakhlak(pk.dibawahIfAtLeast, pk.diatasIfAtLeast),
    "",
    basis(pk.legalBasis),
    ""
  )

  // quadrant
  const cols = [...Quadrant.ratings]
  out.push(
    `## ${w.quadrant}`,
    "",
    w.quadrantIntro,
    "",
    table(
      [`${w.hasilKerja} \\ ${w.perilakuKerja}`, ...cols],
      [...Quadrant.ratings].reverse().map((h) => [h, ...cols.map((p) => policy.quadrant.cells[h][p])])
    ),
    "",
    basis(policy.quadrant.legalBasis),
    ""
  )

  // periods
  const annual = policy.period.annual
  out.push(
    `## ${w.period}`,
    "",
    w.cadenceText(w.cadence[policy.period.cadence]),
    w.annual[annual.strategy],
    annual.strategy === "annual-only" ? "" : w.missing(annual.missing, annual.minPeriods),
    "",
    basis(policy.period.legalBasis),
    ""
  )

  // distribution
  const dist = policy.distribution
  const rows: Array<Array<string>> = []
  for (const [org, guidelines] of Object.entries(dist.guidelines)) {
    for (const g of guidelines) {
      rows.push([org, w.ops[g.op](g.predikat.join(w.or), g.percent), refs.refs(g.legalBasis)])
    }
  }
  out.push(`## ${w.distribution}`, "", w.distributionIntro(dist.minimumUnitSize), "")
  if (rows.length > 0) out.push(table([w.organisation, w.guideline, w.legalBasis], rows), "")

  out.push(...examples(policy, w, lang))
  out.push(...cycleChapter(policy, lang, (lb) => refs.refs(lb)))

  // rules
  const rules = options.rules
  if (rules) {
    out.push(`## ${w.rules}`, "", w.rulesIntro(rules.name), "", basis(rules.legalBasis), "", `### ${w.outcomes}`, "")
    out.push(
      table(
        [w.id, w.label, w.kind, w.severity, w.legalBasis],
        rules.outcomes.map((o) => [`\`${o.id}\``, o.label, o.kind, o.severity, refs.refs(o.legalBasis)])
      ),
      "",
      `### ${w.rule}`,
      ""
    )
    const ordered = [...rules.rules].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
    for (const r of ordered) {
      out.push(
        `#### \`${r.id}\`: ${r.description}`,
        "",
        `- ${w.group}: ${r.group}; ${w.priority}: ${r.priority}${r.exclusive ? `; ${w.exclusive}` : ""}`,
        `- ${w.when}: ${conditionText(r.when, lang)}`,
        `- ${w.gives}: ${r.give.map((g) => rules.outcomes.find((o) => o.id === g)?.label ?? g).join("; ")}`,
        `- ${basis(r.legalBasis)}`,
        ""
      )
    }
  }

  // the policy document itself, as the preset's JSON file holds it
  out.push(
    `## ${w.document}`,
    "",
    w.documentIntro,
    "",
    "```json",
    JSON.stringify(Policy.encode(policy), null, 2),
    "```",
    ""
  )

  // references
  out.push(
    `## ${w.legalBasis}`,
    "",
    w.referencesIntro,
    "",
    ...refs.list.map((c, i) => `${i + 1}. ${citationText(c, w, lang)}`),
    ""
  )
  const text = `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`
  return lang === "id" ? indonesianNumbers(text) : text
}

/**
 * Writes the decimal numbers of an Indonesian text with the decimal comma (`40.25` → `40,25`, `13500/127 ≈ 106.299213`
 * → `13500/127 ≈ 106,299213`). Core writes decimals with a point and never groups thousands, so every `digits.digits`
 * is a decimal; version numbers (`1.0.0`), code (`` `...` `` and fenced blocks) and addresses (`https://…`) are left
 * as they are.
 *
 * @example
 * ```ts
 * indonesianNumbers("Nilai 40.25, versi 1.0.0, `0.5`") // => "Nilai 40,25, versi 1.0.0, `0.5`"
 * ```
 *
 * @since 0.4.0
 */
export const indonesianNumbers = (markdown: string): string =>
  markdown
    .split(/(```[\s\S]*?```|`[^`\n]*`|\S*:\/\/\S*)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![\d.])(\d+)\.(\d+)(?![\d]|\.\d)/g, "$1,$2")))
    .join("")
