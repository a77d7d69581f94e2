/**
 * The demo's development programmes (issue 17's seed rows), seeded after the people and cycles: for each demo region
 * the events a BKPSDM would have recorded, folded by core under the region's programme policy and stored as the
 * programme endpoints store them (the record with its folded state, every event append-only, one audit entry per
 * record). Deterministic: fixed dates and people from `Demo`.
 *
 * - **000 Bukittinggi**: a periodic service training and a seminar completed by the pegawai (JP); a special coaching
 *   plan (pembinaan khusus) run to closure; a public dialogue with two commitments, one followed up.
 * - **003 Bukittinggi**: the pejabat penilai's quarterly activity reports with evidence, reviewed by the atasan; the
 *   quarterly results Sangat Baik, Butuh Perbaikan, Butuh Perbaikan, Baik (reward or coaching each quarter by the
 *   region's rules); LAPOR! complaints as the digital feedback channel.
 * - **001 Muaratebo**: a workshop run with Universitas Jambi with pre/post tests and the superiors' follow-up
 *   assessments (effectiveness; post-training scores 43.50 and 95.00 → follow-up programme and internship by the
 *   region's thresholds); an NGO partner; an internship with the university recorded.
 * - **004 Muaratebo**: a new ASN's mentoring (the pegawai as CPNS mentee, the pejabat penilai as mentor, two sessions;
 *   the end assessment is left to the user); a remote unit's e-learning imported from a Moodle export.
 * - **002 Sawahlunto**: the time-management and communication training assigned by the region's rule to the unit
 *   rated C (Kecamatan Barangin); a community forum with its follow-up; the pegawai's last two quarters Sangat Baik
 *   (a reward by the region's rule).
 *
 * @since 0.5.0
 */
import {
  ActivityReport,
  Elearning,
  Forum,
  Lapor,
  Mentoring,
  Presets,
  ProgrammePolicy,
  Rule,
  Training
} from "@pembinaan/core"
import { Effect, Result } from "effect"
import { SqlClient } from "effect/sql"
import * as Audit from "./Audit.js"
import { type DemoUser, employees, regions, users } from "./Demo.js"
import { activityPolicy, development } from "./ProgrammeApi.js"

type By = { readonly nip: string; readonly role: string }

const envelopes = (region: string, kind: string, list: ReadonlyArray<readonly [By, string, unknown]>) =>
  list.map(([by, on, command], i) => ({
    id: `demo-${kind}-${region}-${i + 1}`,
    at: `${on}T09:00:00+07:00`,
    by,
    command
  }))

/** Folds the events one by one (so each is checked) and stores the record, its events and one audit entry. */
const record = (
  kind: string,
  region: string,
  events: ReadonlyArray<{ readonly id: string; readonly by: By }>,
  fold: (state: unknown, event: unknown) => Result.Result<unknown, { readonly _tag: string }>,
  empty: unknown
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    let state = empty
    for (const event of events) {
      const next = fold(state, event)
      if (Result.isFailure(next))
        return yield* Effect.die(new Error(`demo ${kind} ${region} ${event.id}: ${JSON.stringify(next.failure)}`))
      state = next.success
    }
    yield* sql`INSERT INTO programme_records (kind, key, region, version, state)
      VALUES (${kind}, ${region}, ${region}, ${events.length}, ${JSON.stringify(state)}::jsonb)`
    for (const [i, event] of events.entries())
      yield* sql`INSERT INTO programme_events (kind, key, version, event_id, actor, event)
        VALUES (${kind}, ${region}, ${i + 1}, ${event.id}, ${event.by.nip}, ${JSON.stringify(event)}::jsonb)`
    yield* Audit.append({
      actor: "demo",
      action: `${kind}.demo`,
      subject: `${kind}:${region}`,
      payload: { events: events.length }
    })
    return state
  })

const contexts = (region: string) => {
  const doc = Presets.programmes.byRegion[region] as ProgrammePolicy.Document
  return {
    training: ProgrammePolicy.trainingContext(development, doc),
    mentoring: ProgrammePolicy.mentoringContext(doc, Presets.regionRules.bukittinggiPlans),
    lapor: doc.complaints ?? Lapor.defaults
  }
}

const people = (region: string) => {
  const [pegawai, penilai, atasan, admin] = users.filter((u) => u.region === region) as [
    DemoUser,
    DemoUser,
    DemoUser,
    DemoUser
  ]
  const r = regions.findIndex((x) => x.id === region)
  const staff = employees(r)
  const as = (u: DemoUser, role: string): By => ({ nip: u.nip, role })
  return {
    pegawai,
    penilai,
    atasan,
    admin,
    staff,
    bkpsdm: as(admin, "admin-bkpsdm"),
    boss: as(atasan, "atasan"),
    rater: as(penilai, "pejabat-penilai")
  }
}

const item = (id: string, title: string, type: string, form: string, competencies: Array<string>, online = false) => ({
  _tag: "AddItem",
  item: { id, title, type, form, competencies, online }
})

const onsite = (id: string, itemId: string, start: string, end: string, place: string, minutes: number) => ({
  _tag: "ScheduleCourse",
  course: {
    id,
    item: itemId,
    start,
    end,
    delivery: { mode: "onsite", place },
    provider: { kind: "internal" },
    minutes,
    sessions: 1
  }
})

const setResults = (nip: string, predikat: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    for (const [i, p] of predikat.entries())
      yield* sql`UPDATE results SET predikat = ${p}, result = ${JSON.stringify({ predikat: p })}::jsonb
        WHERE nip = ${nip} AND period = ${`2026-Q${i + 1}`}`
  })

// ---------------------------------------------------------------------------------------------------------------
// Bukittinggi: seeds 000 and 003
// ---------------------------------------------------------------------------------------------------------------

const bukittinggi = Effect.gen(function* () {
  const region = "bukittinggi"
  const ctx = contexts(region)
  const p = people(region)
  const A = p.pegawai.nip
  const unitStaff = p.staff.filter((e) => e.unit === "dukcapil")
  const other = unitStaff[3]?.nip as string
  const training = envelopes(region, "training", [
    [p.bkpsdm, "2026-01-06", item("pelatihan-berkala", "Pelatihan berkala pelayanan prima", "diklat", "pelatihan", [])],
    [p.bkpsdm, "2026-01-06", item("seminar-pelayanan", "Seminar pelayanan publik", "seminar", "seminar", [])],
    [p.bkpsdm, "2026-01-07", onsite("pb-2026-1", "pelatihan-berkala", "2026-02-09", "2026-02-11", "Balai Kota", 1080)],
    [p.bkpsdm, "2026-01-07", onsite("sem-2026-1", "seminar-pelayanan", "2026-03-04", "2026-03-04", "Aula BKPSDM", 360)],
    [p.bkpsdm, "2026-01-20", { _tag: "Enrol", course: "pb-2026-1", employee: A }],
    [p.bkpsdm, "2026-01-20", { _tag: "Enrol", course: "pb-2026-1", employee: other }],
    [p.bkpsdm, "2026-01-20", { _tag: "Enrol", course: "sem-2026-1", employee: A }],
    [p.bkpsdm, "2026-02-11", { _tag: "Attend", course: "pb-2026-1", employee: A, on: "2026-02-09" }],
    [p.bkpsdm, "2026-02-11", { _tag: "Complete", course: "pb-2026-1", employee: A, on: "2026-02-11", passed: true }],
    [p.bkpsdm, "2026-03-04", { _tag: "Attend", course: "sem-2026-1", employee: A, on: "2026-03-04" }],
    [p.bkpsdm, "2026-03-04", { _tag: "Complete", course: "sem-2026-1", employee: A, on: "2026-03-04", passed: true }]
  ])
  yield* record(
    "training",
    region,
    training,
    (s, e) => Training.fold(ctx.training, [e], s as Training.State),
    Training.empty
  )

  // 000: the evaluation opened special coaching for a colleague; run to closure with its evidence.
  const coached = other
  const mentoring = envelopes(region, "mentoring", [
    [
      p.bkpsdm,
      "2026-04-06",
      {
        _tag: "AssignPlan",
        plan: "pk-2026-1",
        employee: coached,
        type: "pembinaan-khusus",
        on: "2026-04-06",
        basedOn: "2026-Q1"
      }
    ],
    [p.bkpsdm, "2026-04-07", { _tag: "PlanStep", plan: "pk-2026-1", step: { _tag: "Start", on: "2026-04-07" } }],
    [
      p.bkpsdm,
      "2026-05-15",
      {
        _tag: "PlanStep",
        plan: "pk-2026-1",
        step: {
          _tag: "AddEvidence",
          on: "2026-05-15",
          kind: "daftar-hadir-pembinaan",
          reference: "pembinaan/pk-2026-1-hadir.pdf"
        }
      }
    ],
    [
      p.bkpsdm,
      "2026-07-10",
      {
        _tag: "PlanStep",
        plan: "pk-2026-1",
        step: {
          _tag: "AddEvidence",
          on: "2026-07-10",
          kind: "hasil-evaluasi-triwulan",
          reference: "pembinaan/pk-2026-1-evaluasi.pdf"
        }
      }
    ],
    [
      p.bkpsdm,
      "2026-07-20",
      {
        _tag: "PlanStep",
        plan: "pk-2026-1",
        step: { _tag: "ReEvaluate", on: "2026-07-20", result: "improved", predikat: "Baik" }
      }
    ],
    [p.bkpsdm, "2026-07-21", { _tag: "PlanStep", plan: "pk-2026-1", step: { _tag: "Close", on: "2026-07-21" } }]
  ])
  yield* record(
    "mentoring",
    region,
    mentoring,
    (s, e) => Mentoring.fold(ctx.mentoring, [e], s as Mentoring.State),
    Mentoring.empty
  )

  // 000: a public dialogue on the KTP-el queue, its commitments followed up.
  const forum = envelopes(region, "forum", [
    [
      p.boss,
      "2026-05-12",
      {
        _tag: "RecordMinutes",
        minutes: {
          id: "dialog-2026-05",
          kind: "dialog-publik",
          unit: "dukcapil",
          date: "2026-05-12",
          place: "Aula Balai Kota Bukittinggi",
          participants: [
            { name: "Forum RT/RW Guguk Panjang" },
            { name: "Lembaga Kerapatan Adat Nagari", from: "LKAN" },
            { name: p.atasan.name, from: "Disdukcapil" }
          ],
          issues: [
            { id: "antrean", text: "Antrean KTP-el terlalu lama" },
            { id: "informasi", text: "Informasi syarat layanan sulit ditemukan" }
          ],
          commitments: [
            {
              id: "antrean-daring",
              issue: "antrean",
              text: "Nomor antrean daring",
              owner: p.penilai.nip,
              due: "2026-07-31"
            },
            {
              id: "papan-syarat",
              issue: "informasi",
              text: "Papan syarat layanan di loket",
              owner: p.penilai.nip,
              due: "2026-08-31"
            }
          ]
        }
      }
    ],
    [
      p.boss,
      "2026-07-25",
      {
        _tag: "UpdateCommitment",
        forum: "dialog-2026-05",
        commitment: "antrean-daring",
        status: "done",
        on: "2026-07-25",
        evidence: "tindak-lanjut/antrean-daring.pdf"
      }
    ],
    [
      p.boss,
      "2026-08-05",
      {
        _tag: "UpdateCommitment",
        forum: "dialog-2026-05",
        commitment: "papan-syarat",
        status: "in-progress",
        on: "2026-08-05"
      }
    ]
  ])
  yield* record("forum", region, forum, (s, e) => Forum.fold([e], s as Forum.State), Forum.empty)

  // 003: the pejabat penilai's quarterly activity reports with evidence, reviewed by the atasan.
  const N = p.penilai.nip
  const report = (id: string, period: string, indicator: string, on: string, activity: string, realisasi: number) => ({
    _tag: "Submit",
    report: {
      id,
      employee: N,
      superior: p.atasan.nip,
      period,
      indicator,
      on,
      activity,
      realisasi,
      evidence: [{ kind: "foto", reference: `bukti/${id}.jpg` }]
    }
  })
  const reviewer = p.boss
  const author: By = { nip: N, role: "pejabat-penilai" }
  const activities = envelopes(region, "activity-report", [
    [
      author,
      "2026-03-20",
      report("q1-kuantitas", "2026-Q1", "kuantitas", "2026-03-20", "Verifikasi berkas KTP-el", 410)
    ],
    [
      author,
      "2026-03-21",
      report("q1-kualitas", "2026-Q1", "kualitas", "2026-03-21", "Berkas lengkap tanpa koreksi", 92)
    ],
    [reviewer, "2026-04-02", { _tag: "Review", report: "q1-kuantitas", on: "2026-04-02", decision: "accept" }],
    [
      reviewer,
      "2026-04-02",
      { _tag: "Review", report: "q1-kualitas", on: "2026-04-02", decision: "accept", corrected: 90 }
    ],
    [
      author,
      "2026-06-22",
      report("q2-kuantitas", "2026-Q2", "kuantitas", "2026-06-22", "Verifikasi berkas KTP-el", 280)
    ],
    [reviewer, "2026-07-01", { _tag: "Review", report: "q2-kuantitas", on: "2026-07-01", decision: "accept" }],
    [
      author,
      "2026-09-25",
      report("q3-kuantitas", "2026-Q3", "kuantitas", "2026-09-25", "Verifikasi berkas KTP-el", 300)
    ],
    [
      reviewer,
      "2026-10-02",
      { _tag: "Review", report: "q3-kuantitas", on: "2026-10-02", decision: "return", note: "Lampirkan rekap bulanan" }
    ]
  ])
  yield* record(
    "activity-report",
    region,
    activities,
    (s, e) => ActivityReport.fold(activityPolicy, [e], s as ActivityReport.State),
    ActivityReport.empty
  )
  yield* setResults(N, ["Sangat Baik", "Butuh Perbaikan", "Butuh Perbaikan", "Baik"])

  // 003: the digital feedback channel, complaints from a LAPOR! export.
  const sql = yield* SqlClient.SqlClient
  const units = yield* sql<{
    readonly id: string
    readonly name: string
  }>`SELECT id, name FROM units WHERE region = ${region}`
  const complaint = (
    tracking: string,
    date: string,
    agency: string,
    status: string,
    rating: string,
    title: string
  ) => ({
    "Nomor Tracking": tracking,
    "Tanggal Laporan": date,
    "Instansi Tujuan": agency,
    Status: status,
    Penilaian: rating,
    "Judul Laporan": title
  })
  const lapor = Lapor.importRows({
    rows: [
      complaint("5100101", "2026-08-03", "Disdukcapil Kota Bukittinggi", "Selesai", "4", "Antrean KTP-el"),
      complaint("5100102", "2026-08-10", "Dinas Kependudukan dan Pencatatan Sipil", "Selesai", "5", "Akta cepat"),
      complaint(
        "5100103",
        "2026-09-01",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Sedang Diproses",
        "",
        "Data ganda"
      ),
      complaint("5100104", "2026-09-12", "Dinas Kesehatan", "Selesai", "3", "Obat kosong")
    ],
    config: ctx.lapor,
    units
  })
  const complaints = Object.fromEntries(lapor.complaints.map(({ row: _, ...c }) => [c.tracking, c]))
  yield* record(
    "citizen",
    region,
    envelopes(region, "citizen", [[p.bkpsdm, "2026-09-15", { _tag: "ImportLapor", counts: lapor.counts }]]),
    () => Result.succeed({ complaints }),
    { complaints: {} }
  )
})

// ---------------------------------------------------------------------------------------------------------------
// Muaratebo: seeds 001 and 004
// ---------------------------------------------------------------------------------------------------------------

const muaratebo = Effect.gen(function* () {
  const region = "muaratebo"
  const ctx = contexts(region)
  const p = people(region)
  const unit = p.staff.filter((e) => e.unit === "dukcapil")
  const [low, high] = [unit[3]?.nip as string, unit[4]?.nip as string]
  const training = envelopes(region, "training", [
    [
      p.bkpsdm,
      "2026-01-05",
      {
        _tag: "AddPartner",
        partner: {
          id: "unja",
          name: "Universitas Jambi",
          kind: "universitas",
          agreement: { from: "2026-01-01", to: "2027-12-31", reference: "PKS 07/UN21/2026" }
        }
      }
    ],
    [
      p.bkpsdm,
      "2026-01-05",
      {
        _tag: "AddPartner",
        partner: {
          id: "lsm-tebo",
          name: "Yayasan Pemberdayaan Masyarakat Tebo",
          kind: "ngo",
          agreement: { from: "2026-01-01", to: "2026-12-31", reference: "PKS 11/BKPSDM/2026" }
        }
      }
    ],
    [p.bkpsdm, "2026-01-06", item("workshop-pelayanan", "Workshop pelayanan publik", "workshop", "workshop", [])],
    [p.bkpsdm, "2026-01-06", item("magang-unja", "Magang di Universitas Jambi", "magang", "magang", [])],
    [
      p.bkpsdm,
      "2026-01-07",
      {
        _tag: "ScheduleCourse",
        course: {
          id: "ws-2026-1",
          item: "workshop-pelayanan",
          start: "2026-04-06",
          end: "2026-04-08",
          delivery: { mode: "onsite", place: "Aula Universitas Jambi, Muara Bungo" },
          provider: { kind: "partner", partner: "unja" },
          minutes: 900,
          sessions: 1
        }
      }
    ],
    [
      p.bkpsdm,
      "2026-01-07",
      {
        _tag: "ScheduleCourse",
        course: {
          id: "magang-2026-2",
          item: "magang-unja",
          start: "2026-10-05",
          end: "2026-12-18",
          delivery: { mode: "onsite", place: "Universitas Jambi" },
          provider: { kind: "partner", partner: "unja" },
          minutes: 2700
        }
      }
    ],
    ...[low, high].flatMap(
      (nip, k): Array<readonly [By, string, unknown]> => [
        [p.bkpsdm, "2026-03-20", { _tag: "Enrol", course: "ws-2026-1", employee: nip }],
        [
          p.bkpsdm,
          "2026-04-06",
          { _tag: "RecordTest", course: "ws-2026-1", employee: nip, phase: "pre", score: k === 0 ? 48 : 70 }
        ],
        [p.bkpsdm, "2026-04-06", { _tag: "Attend", course: "ws-2026-1", employee: nip, on: "2026-04-06" }],
        [
          p.bkpsdm,
          "2026-04-08",
          { _tag: "RecordTest", course: "ws-2026-1", employee: nip, phase: "post", score: k === 0 ? 62 : 90 }
        ],
        [
          p.bkpsdm,
          "2026-04-08",
          { _tag: "Complete", course: "ws-2026-1", employee: nip, on: "2026-04-08", passed: true }
        ],
        [
          p.boss,
          "2026-07-08",
          {
            _tag: "Assess",
            course: "ws-2026-1",
            employee: nip,
            assessor: "superior",
            on: "2026-07-08",
            score: k === 0 ? 2 : 5
          }
        ]
      ]
    ),
    // The best scorer's internship with the partner university (the region's threshold: 85 or more).
    [p.bkpsdm, "2026-09-15", { _tag: "Enrol", course: "magang-2026-2", employee: high }]
  ])
  yield* record(
    "training",
    region,
    training,
    (s, e) => Training.fold(ctx.training, [e], s as Training.State),
    Training.empty
  )

  // 004: a new ASN's mentoring; the pejabat penilai mentors the pegawai (CPNS).
  const mentor: By = { nip: p.penilai.nip, role: "pejabat-penilai" }
  const mentoring = envelopes(region, "mentoring", [
    [
      p.bkpsdm,
      "2026-02-02",
      {
        _tag: "AssignMentor",
        pair: "mentor-2026-1",
        mentee: p.pegawai.nip,
        menteeStatus: "cpns",
        appointedOn: "2026-01-02",
        mentor: p.penilai.nip,
        from: "2026-02-02",
        until: "2026-12-31"
      }
    ],
    [
      mentor,
      "2026-03-10",
      {
        _tag: "RecordSession",
        pair: "mentor-2026-1",
        on: "2026-03-10",
        topic: "Budaya kerja BerAKHLAK",
        outcome: "Memahami nilai dasar ASN",
        minutes: 90
      }
    ],
    [
      mentor,
      "2026-06-15",
      {
        _tag: "RecordSession",
        pair: "mentor-2026-1",
        on: "2026-06-15",
        topic: "Tata naskah dinas",
        outcome: "Menyusun surat dinas sendiri",
        minutes: 120
      }
    ]
  ])
  yield* record(
    "mentoring",
    region,
    mentoring,
    (s, e) => Mentoring.fold(ctx.mentoring, [e], s as Mentoring.State),
    Mentoring.empty
  )

  // 004: e-learning for a remote unit, imported from a Moodle course-completion export.
  const sql = yield* SqlClient.SqlClient
  const remote = p.staff.filter((e) => e.unit === "pendidikan")
  const directory = (yield* sql<{ readonly nip: string; readonly unit_id: string }>`
    SELECT nip, unit_id FROM employees WHERE region = ${region}`).map((r) => ({ nip: r.nip, unit: r.unit_id }))
  const course = { id: "el-pelayanan-daring", title: "Pelayanan prima daring", form: "e-learning", minutes: 270 }
  const moodle = Elearning.importMoodle({
    rows: [
      ...remote.slice(0, 3).map((e, i) => ({
        "ID number": e.nip,
        "Email address": "",
        "Course complete": "Completed",
        "Time completed": `${10 + i} August 2026`
      })),
      {
        "ID number": "199912312020121999",
        "Email address": "",
        "Course complete": "Completed",
        "Time completed": "12 August 2026"
      }
    ],
    columns: Elearning.moodleColumns,
    course,
    directory
  })
  yield* record(
    "elearning",
    region,
    envelopes(region, "elearning", [
      [
        p.bkpsdm,
        "2026-08-20",
        { _tag: "ImportMoodle", courses: [course], counts: moodle.counts, completions: moodle.completions }
      ]
    ]),
    () => Result.succeed({ completions: moodle.completions, courses: { [course.id]: course } }),
    { completions: [], courses: {} }
  )
})

// ---------------------------------------------------------------------------------------------------------------
// Sawahlunto: seed 002
// ---------------------------------------------------------------------------------------------------------------

const sawahlunto = Effect.gen(function* () {
  const region = "sawahlunto"
  const ctx = contexts(region)
  const p = people(region)
  // The unit rated C: the region's rule gives its staff the communication training, mapped to both courses.
  const ratedC = p.staff.filter((e) => e.unit === "kec-barangin")
  const setup: Array<readonly [By, string, unknown]> = [
    [p.bkpsdm, "2026-05-04", item("komunikasi-efektif", "Pelatihan komunikasi efektif", "diklat", "pelatihan", [])],
    [p.bkpsdm, "2026-05-04", item("manajemen-waktu", "Pelatihan manajemen waktu", "diklat", "pelatihan", [])],
    [
      p.bkpsdm,
      "2026-05-05",
      onsite("kom-2026-1", "komunikasi-efektif", "2026-12-07", "2026-12-08", "Gedung Pusat Kebudayaan", 720)
    ],
    [
      p.bkpsdm,
      "2026-05-05",
      onsite("mw-2026-1", "manajemen-waktu", "2026-12-09", "2026-12-09", "Gedung Pusat Kebudayaan", 360)
    ]
  ]
  let state = Training.empty
  for (const e of envelopes(region, "training-setup", setup)) {
    const next = Training.fold(ctx.training, [e], state)
    if (Result.isFailure(next)) return yield* Effect.die(new Error(`demo sawahlunto setup: ${next.failure._tag}`))
    state = next.success
  }
  const enrolments: Array<readonly [By, string, unknown]> = []
  for (const e of ratedC) {
    const decided = Rule.decide(Presets.regionRules.sawahlunto, {
      asOf: "2026-05-06",
      history: [],
      unit: { mutu: "C" }
    })
    if (Result.isFailure(decided)) return yield* Effect.die(new Error("demo sawahlunto rules"))
    // The rule's outcome maps to both courses; one assignment per course.
    for (const course of ["komunikasi-efektif", "manajemen-waktu"]) {
      const assigned = Training.assignments(state, {
        employee: e.nip,
        outcomes: decided.success.outcomes,
        items: { "pelatihan-komunikasi": [course] },
        remote: false,
        asOf: "2026-05-06"
      })
      for (const command of assigned.commands) enrolments.push([p.bkpsdm, "2026-05-06", command])
    }
  }
  yield* record(
    "training",
    region,
    envelopes(region, "training", [...setup, ...enrolments]),
    (s, e) => Training.fold(ctx.training, [e], s as Training.State),
    Training.empty
  )

  // A community forum at the Kecamatan, followed up.
  const camat = ratedC[0]?.nip as string
  const forum = envelopes(region, "forum", [
    [
      p.boss,
      "2026-06-18",
      {
        _tag: "RecordMinutes",
        minutes: {
          id: "forum-barangin-2026",
          kind: "forum-konsultasi-publik",
          unit: "kec-barangin",
          date: "2026-06-18",
          place: "Kantor Kecamatan Barangin",
          participants: [{ name: "Perwakilan warga Desa Santur" }, { name: "Karang Taruna Barangin" }],
          issues: [
            { id: "jam-layanan", text: "Jam layanan tidak sesuai papan informasi" },
            { id: "keramahan", text: "Petugas kurang ramah kepada lansia" }
          ],
          commitments: [
            {
              id: "jadwal",
              issue: "jam-layanan",
              text: "Jadwal layanan ditepati dan diumumkan",
              owner: camat,
              due: "2026-07-31"
            },
            {
              id: "pelatihan",
              issue: "keramahan",
              text: "Petugas mengikuti pelatihan komunikasi",
              owner: camat,
              due: "2026-12-31"
            }
          ]
        }
      }
    ],
    [
      p.boss,
      "2026-07-30",
      {
        _tag: "UpdateCommitment",
        forum: "forum-barangin-2026",
        commitment: "jadwal",
        status: "done",
        on: "2026-07-30",
        evidence: "tindak-lanjut/jadwal.pdf"
      }
    ]
  ])
  yield* record("forum", region, forum, (s, e) => Forum.fold([e], s as Forum.State), Forum.empty)
  // The good performer: the pegawai's last two quarters Sangat Baik.
  yield* setResults(p.pegawai.nip, ["Baik", "Baik", "Sangat Baik", "Sangat Baik"])
})

/**
 * Seeds the demo programmes when there are none; returns whether it seeded.
 *
 * @since 0.5.0
 */
export const seed = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const existing = yield* sql<{ readonly n: bigint | number }>`SELECT count(*) AS n FROM programme_records`
  if (Number(existing[0]?.n ?? 0) > 0) return false
  yield* sql.withTransaction(Effect.all([bukittinggi, muaratebo, sawahlunto], { discard: true }))
  return true
})
