/**
 * Deterministic demo data for three regions (Kota Bukittinggi, Kabupaten Tebo, Kota Sawahlunto): units, employees,
 * a year of quarterly results, SKM responses through server-issued tickets, 360 ratings, and the demo users (a
 * pegawai, a pejabat penilai, an atasan and a BKPSDM admin per region). The same seed always gives the same data
 * (a seeded PRNG, no clock). Seeding is one transaction and only runs on an empty database. SKP cycles of the demo
 * unit are seeded once when there are none (so an older demo database gains them): for the demo pegawai the 2025
 * cycle agreed and monitored (ready for the annual evaluation) and the 2026 cycle opened (the plan is still to be
 * proposed); for three colleagues with the same pejabat penilai, two 2025 cycles ready for evaluation and one
 * evaluated and waiting for the atasan's approval.
 *
 * @since 0.4.0
 */
import { createHash } from "node:crypto"
import { Behaviour, Cycle, Presets } from "@pembinaan/core"
import { Effect, Result } from "effect"
import { SqlClient } from "effect/sql"
import * as Audit from "./Audit.js"
import type { Role } from "./Auth.js"
import { policy as cyclePolicy } from "./CycleApi.js"
import * as DemoProgrammes from "./DemoProgrammes.js"

/**
 * A demo user.
 *
 * @since 0.4.0
 */
export interface DemoUser {
  readonly nip: string
  readonly name: string
  readonly region: string
  readonly roles: ReadonlyArray<Role>
  readonly label: string
}

interface RegionSpec {
  readonly id: string
  readonly name: string
  readonly code: string
  readonly units: ReadonlyArray<{ id: string; name: string; size: number; service?: string }>
  readonly lastNames: ReadonlyArray<string>
}

/**
 * The three demo regions.
 *
 * @since 0.4.0
 */
export const regions: ReadonlyArray<RegionSpec> = [
  {
    id: "bukittinggi",
    name: "Kota Bukittinggi",
    code: "13",
    units: [
      { id: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan SDM", size: 8 },
      { id: "dukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", size: 12, service: "Layanan KTP-el dan KK" },
      { id: "dpmptsp", name: "Dinas Penanaman Modal dan PTSP", size: 10, service: "Layanan perizinan berusaha" },
      { id: "dinkes", name: "Dinas Kesehatan", size: 12, service: "Layanan Puskesmas Guguk Panjang" }
    ],
    lastNames: ["Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Jambak", "Guci", "Malayu"]
  },
  {
    id: "muaratebo",
    name: "Kabupaten Tebo (Muaratebo)",
    code: "15",
    units: [
      { id: "bkpsdm", name: "BKPSDM Kabupaten Tebo", size: 8 },
      { id: "dukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", size: 12, service: "Layanan KTP-el dan KK" },
      { id: "rsud", name: "RSUD Sultan Thaha Saifuddin", size: 12, service: "Layanan rawat jalan" },
      { id: "pendidikan", name: "Dinas Pendidikan dan Kebudayaan", size: 10 }
    ],
    lastNames: ["Hasibuan", "Nasution", "Lubis", "Harahap", "Siregar", "Ramadhan", "Firdaus", "Saputra"]
  },
  {
    id: "sawahlunto",
    name: "Kota Sawahlunto",
    code: "13",
    units: [
      { id: "bkpsdm", name: "BKPSDM Kota Sawahlunto", size: 8 },
      { id: "dukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", size: 10, service: "Layanan KTP-el dan KK" },
      {
        id: "kebudayaan",
        name: "Dinas Kebudayaan, Peninggalan Bersejarah dan Permuseuman",
        size: 10,
        service: "Layanan Museum Goedang Ransoem"
      },
      { id: "kec-barangin", name: "Kecamatan Barangin", size: 8, service: "Layanan administrasi kecamatan" }
    ],
    lastNames: ["Chaniago", "Piliang", "Tanjung", "Sinaga", "Simatupang", "Kurniawan", "Permata", "Wijaya"]
  }
]

const firstNames = [
  "Andi",
  "Rina",
  "Dedi",
  "Sari",
  "Budi",
  "Yanti",
  "Fajar",
  "Lestari",
  "Rizki",
  "Dewi",
  "Hendra",
  "Putri"
]

/** A small seeded PRNG (mulberry32 over a SHA-256 of the seed). */
const seeded = (seed: string) => {
  let a = createHash("sha256").update(seed).digest().readUInt32LE(0)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The NIP of the i-th demo employee of a region: birth date, appointment month, sex, sequence. */
const nipOf = (region: number, i: number): string => {
  const year = 1970 + ((i * 7 + region * 3) % 30)
  const month = String(1 + ((i + region) % 12)).padStart(2, "0")
  const day = String(1 + ((i * 3) % 28)).padStart(2, "0")
  const tmt = `${year + 24}${String(1 + (i % 12)).padStart(2, "0")}`
  return `${year}${month}${day}${tmt}${1 + (i % 2)}${String(100 + region * 100 + i).padStart(3, "0")}`
}

interface DemoEmployee {
  readonly nip: string
  readonly name: string
  readonly unit: string
  readonly jabatan: string
}

/**
 * The employees of a region (deterministic). The first of the BKPSDM unit is the admin; in every other unit the
 * first is the atasan (Kepala), the second the pejabat penilai (Kepala Bidang), the rest staff.
 *
 * @since 0.4.0
 */
export const employees = (r: number): ReadonlyArray<DemoEmployee> => {
  const spec = regions[r] as RegionSpec
  const random = seeded(`pembinaan-demo-${spec.id}`)
  const out: Array<DemoEmployee> = []
  for (const unit of spec.units) {
    for (let k = 0; k < unit.size; k++) {
      const i = out.length
      const first = firstNames[Math.floor(random() * firstNames.length)] as string
      const last = spec.lastNames[Math.floor(random() * spec.lastNames.length)] as string
      out.push({
        nip: nipOf(r, i),
        name: `${first} ${last}`,
        unit: unit.id,
        jabatan: k === 0 ? "Kepala" : k === 1 ? "Kepala Bidang" : k < 5 ? "Analis" : "Pelaksana"
      })
    }
  }
  return out
}

/**
 * The demo users: per region a pegawai, a pejabat penilai, an atasan (all in the second unit) and a BKPSDM admin.
 *
 * @since 0.4.0
 */
export const users: ReadonlyArray<DemoUser> = regions.flatMap((spec, r) => {
  const staff = employees(r)
  const admin = staff.find((e) => e.unit === "bkpsdm") as DemoEmployee
  const unit = spec.units[1]?.id
  const inUnit = staff.filter((e) => e.unit === unit)
  const atasan = inUnit[0] as DemoEmployee
  const penilai = inUnit[1] as DemoEmployee
  const pegawai = inUnit[2] as DemoEmployee
  return [
    { ...pegawai, region: spec.id, roles: ["pegawai"], label: `Pegawai — ${spec.name}` },
    { ...penilai, region: spec.id, roles: ["pegawai", "pejabat-penilai"], label: `Pejabat penilai — ${spec.name}` },
    { ...atasan, region: spec.id, roles: ["pegawai", "atasan"], label: `Atasan — ${spec.name}` },
    { ...admin, region: spec.id, roles: ["pegawai", "admin-bkpsdm"], label: `Admin BKPSDM — ${spec.name}` }
  ].map((u) => ({ nip: u.nip, name: u.name, region: u.region, roles: u.roles as ReadonlyArray<Role>, label: u.label }))
})

const quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]

/**
 * The position standard of the demo's competency assessments (three competencies of the national catalogue); the
 * server's tests assess against it too.
 *
 * @since 0.5.0
 */
export const demoStandard = {
  position: "Analis Kebijakan Ahli Muda",
  requirements: [
    { competency: "integritas", level: 3 },
    { competency: "kerjasama", level: 3 },
    { competency: "komunikasi", level: 3 }
  ],
  legalBasis: Presets.competency.jpmMemenuhiSyarat.legalBasis
}

const presetPolicies: Record<string, unknown> = {
  bukittinggi: Presets.bukittinggi.policy,
  muaratebo: Presets.muaratebo.policy,
  sawahlunto: Presets.sawahlunto.policy
}

/**
 * The SKP plan the demo uses for an employee of a unit: one RHK utama cascaded from the unit head's RHK, with a
 * quantity and a time indicator, and one ekspektasi.
 *
 * @since 0.4.0
 */
export const demoPlan = (unitName: string, service: string | undefined): Cycle.Plan => ({
  rhk: [
    {
      id: "rhk-1",
      text: `Terlaksananya ${service ? service.charAt(0).toLowerCase() + service.slice(1) : "tugas pokok"} di ${unitName}`,
      kind: "utama",
      intervensi: "rhk-kepala-1",
      indicators: [
        { id: "ind-1", text: "Berkas yang diselesaikan", target: "400", satuan: "berkas", aspek: "kuantitas" },
        { id: "ind-2", text: "Berkas selesai tepat waktu", target: "90", satuan: "%", aspek: "waktu" }
      ]
    }
  ],
  ekspektasi: [{ value: "berorientasi-pelayanan", text: "Menanggapi pemohon pada hari yang sama" }]
})

const good = { hasilKerja: "Sesuai Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" } as const

/** The events of a demo cycle up to a stage: `opened`, `monitored` (agreed, realisasi and periodic evaluations) or
 * `evaluated` (the annual evaluation too). */
const demoEvents = (
  year: number,
  parties: {
    readonly pegawai: string
    readonly pejabatPenilai: string
    readonly atasan: string
    readonly admin: string
  },
  plan: Cycle.Plan,
  stage: "opened" | "monitored" | "evaluated"
): ReadonlyArray<Record<string, unknown>> => {
  const events: Array<Record<string, unknown>> = [
    {
      _tag: "Open",
      by: parties.admin,
      at: `${year}-01-02`,
      id: `skp-${year}-${parties.pegawai}`,
      year,
      pegawai: parties.pegawai,
      pejabatPenilai: parties.pejabatPenilai,
      atasanPejabatPenilai: parties.atasan
    }
  ]
  if (stage === "opened") return events
  events.push(
    { _tag: "ProposePlan", by: parties.pegawai, at: `${year}-01-10`, plan },
    { _tag: "AgreePlan", by: parties.pejabatPenilai, at: `${year}-01-15` }
  )
  const quarterEnds = [`${year}-04-06`, `${year}-07-06`, `${year}-10-06`, `${year + 1}-01-06`]
  for (const [q, at] of quarterEnds.entries()) {
    events.push(
      {
        _tag: "RecordRealisasi",
        by: parties.pegawai,
        at,
        period: `${year}-Q${q + 1}`,
        indicator: "ind-1",
        value: String(95 + q * 7),
        evidence: []
      },
      {
        _tag: "EvaluatePeriod",
        by: parties.pejabatPenilai,
        at,
        period: `${year}-Q${q + 1}`,
        ratings: good
      }
    )
    if (q === 1)
      events.push({
        _tag: "GiveFeedback",
        by: parties.pejabatPenilai,
        at,
        indicator: "ind-2",
        text: "Ketepatan waktu sudah baik; pertahankan pencatatan berkas harian."
      })
  }
  if (stage === "evaluated")
    events.push({ _tag: "EvaluateAnnual", by: parties.pejabatPenilai, at: `${year + 1}-01-08`, ratings: good })
  return events
}

/**
 * Seeds the demo SKP cycles when there are none; returns whether it seeded.
 *
 * @since 0.4.0
 */
export const seedCycles = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const existing = yield* sql<{ readonly n: bigint | number }>`SELECT count(*) AS n FROM cycles`
  if (Number(existing[0]?.n ?? 0) > 0) return false
  yield* sql.withTransaction(
    Effect.gen(function* () {
      for (const [r, spec] of regions.entries()) {
        const demo = users.filter((u) => u.region === spec.id)
        const [pegawai, penilai, atasan, admin] = demo as [DemoUser, DemoUser, DemoUser, DemoUser]
        const unit = spec.units[1] as RegionSpec["units"][number]
        const colleagues = employees(r)
          .filter((e) => e.unit === unit.id)
          .slice(3, 6)
        const plan = demoPlan(unit.name, unit.service)
        const parties = (nip: string) => ({
          pegawai: nip,
          pejabatPenilai: penilai.nip,
          atasan: atasan.nip,
          admin: admin.nip
        })
        const cycles: Array<[string, number, ReturnType<typeof demoEvents>]> = [
          [pegawai.nip, 2025, demoEvents(2025, parties(pegawai.nip), plan, "monitored")],
          [pegawai.nip, 2026, demoEvents(2026, parties(pegawai.nip), plan, "opened")],
          ...colleagues.map(
            (c, k) =>
              [c.nip, 2025, demoEvents(2025, parties(c.nip), plan, k === 2 ? "evaluated" : "monitored")] as [
                string,
                number,
                ReturnType<typeof demoEvents>
              ]
          )
        ]
        for (const [nip, year, events] of cycles) {
          let state: Cycle.State | undefined
          const applied: Array<unknown> = []
          for (const event of events) {
            const t = Cycle.apply(cyclePolicy, state, event)
            if (Result.isFailure(t)) return yield* Effect.die(new Error(`demo cycle ${nip}: ${t.failure._tag}`))
            state = t.success.state
            applied.push(t.success.event)
          }
          const s = state as Cycle.State
          yield* sql`INSERT INTO cycles (id, nip, year, region, version, status, state, events)
            VALUES (${s.id}, ${nip}, ${year}, ${spec.id}, ${applied.length}, ${s.status},
              ${JSON.stringify(s)}::jsonb, ${JSON.stringify(applied)}::jsonb)`
        }
      }
      yield* Audit.append({
        actor: "demo",
        action: "demo.seedCycles",
        subject: "all",
        payload: { years: [2025, 2026] }
      })
    })
  )
  return true
})

/**
 * Seeds the demo data when the database has no employees; returns whether it seeded.
 *
 * @since 0.4.0
 */
export const seed = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const existing = yield* sql<{ readonly n: bigint | number }>`SELECT count(*) AS n FROM employees`
  if (Number(existing[0]?.n ?? 0) > 0) return false
  const template = Presets.skm.national2017
  yield* sql.withTransaction(
    Effect.gen(function* () {
      // Each region's policy document (core's illustrative presets), version 1; results name it.
      for (const spec of regions)
        yield* sql`INSERT INTO policy_versions (policy_id, version, document, published_by)
          VALUES (${`policy-${spec.id}`}, 1, ${JSON.stringify(presetPolicies[spec.id])}::jsonb, 'demo')`
      for (const [r, spec] of regions.entries()) {
        const random = seeded(`pembinaan-demo-results-${spec.id}`)
        for (const unit of spec.units)
          yield* sql`INSERT INTO units (region, id, name, service) VALUES (${spec.id}, ${unit.id}, ${unit.name}, ${unit.service ?? null})`
        const staff = employees(r)
        for (const e of staff) {
          yield* sql`INSERT INTO employees (nip, region, name, unit_id, jabatan) VALUES (${e.nip}, ${spec.id}, ${e.name}, ${e.unit}, ${e.jabatan})`
          for (const period of quarters) {
            const x = random()
            const predikat =
              x < 0.15
                ? "Sangat Baik"
                : x < 0.8
                  ? "Baik"
                  : x < 0.93
                    ? "Butuh Perbaikan"
                    : x < 0.98
                      ? "Kurang/Misconduct"
                      : "Sangat Kurang"
            const score = (60 + Math.floor(random() * 4000) / 100).toFixed(2)
            yield* sql`INSERT INTO results (nip, period, predikat, score, policy_id, policy_version, result)
              VALUES (${e.nip}, ${period}, ${predikat}, ${score}, ${`policy-${spec.id}`}, 1, ${JSON.stringify({ predikat, score })}::jsonb)`
          }
        }
        // The nine-box's and the competency gap's inputs: a talent review's potensial scores for the last quarter, and
        // one assessment per employee against three competencies of the national catalogue (their own random stream,
        // so the results and surveys above and below stay as they were).
        const talent = seeded(`pembinaan-demo-talent-${spec.id}`)
        for (const e of staff) {
          const potensial = (20 + Math.floor(talent() * 8000) / 100).toFixed(2)
          yield* sql`INSERT INTO talent_potensial (nip, period, potensial) VALUES (${e.nip}, ${quarters[3] as string}, ${potensial})`
          const scores = Object.fromEntries(
            demoStandard.requirements.map((q) => [q.competency, 1 + Math.floor(talent() * 5)])
          )
          yield* sql`INSERT INTO competency_assessments (nip, assessment)
            VALUES (${e.nip}, ${JSON.stringify({ standard: demoStandard, scores })}::jsonb)`
        }
        // SKM responses for service units, each through a ticket as the public endpoint takes them.
        for (const unit of spec.units.filter((u) => u.service)) {
          for (let k = 0; k < 30; k++) {
            const ticket = `demo-${spec.id}-${unit.id}-${k}`
            const answers = Object.fromEntries(template.elements.map((el) => [el.id, 2 + Math.floor(random() * 3)]))
            yield* sql`INSERT INTO survey_tickets (ticket, region, unit_id, template_id, template_version, used_at, attempts)
              VALUES (${ticket}, ${spec.id}, ${unit.id}, ${template.id}, ${template.version}, now(), 1)`
            yield* sql`INSERT INTO survey_responses (region, unit_id, period, template_id, template_version, answers, ticket, device)
              VALUES (${spec.id}, ${unit.id}, ${quarters[k % 4] as string}, ${template.id}, ${template.version}, ${JSON.stringify(answers)}::jsonb, ${ticket}, 'demo')`
          }
        }
        // 360 ratings for the demo pegawai of 2026: the atasan and five peers.
        const demo = users.filter((u) => u.region === spec.id)
        const subject = demo[0] as DemoUser
        const peers = staff.filter(
          (e) => e.unit === (staff.find((s) => s.nip === subject.nip) as DemoEmployee).unit && e.nip !== subject.nip
        )
        const raters: Array<[string, string]> = [
          [(demo[2] as DemoUser).nip, "atasan"],
          ...peers.slice(2, 7).map((p) => [p.nip, "rekan-kerja"] as [string, string])
        ]
        for (const [rater, group] of raters) {
          const scores = Object.fromEntries(Behaviour.coreValues.map((v) => [v, 3 + Math.floor(random() * 3)]))
          yield* sql`INSERT INTO feedback_ratings (subject_nip, period, rater_nip, rater_group, scores)
            VALUES (${subject.nip}, '2026', ${rater}, ${group}, ${JSON.stringify(scores)}::jsonb)`
        }
      }
      yield* Audit.append({
        actor: "demo",
        action: "demo.seed",
        subject: "all",
        payload: { regions: regions.map((r) => r.id) }
      })
    })
  )
  return true
}).pipe(
  Effect.tap(() => seedCycles),
  Effect.tap(() => DemoProgrammes.seed)
)
