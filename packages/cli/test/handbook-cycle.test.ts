import { Cycle, Presets } from "@pembinaan/core"
import { describe, expect, it } from "vitest"
import { cycleChapter } from "../src/handbook-cycle.js"

const policy = Presets.nationalPolicy.policy
const cite = (lb: ReadonlyArray<{ readonly regulation: string; readonly confirmed: boolean }>) =>
  lb.map((c) => `${c.regulation}${c.confirmed ? "" : "*"}`).join(", ")

describe("the handbook's cycle chapter", () => {
  it("lists every stage with who, by when and the legal basis, in Indonesian", () => {
    const text = cycleChapter(policy, "id", cite).join("\n")
    expect(text).toContain("## Siklus SKP tahunan: siapa, apa, kapan")
    expect(text).toContain("| Perencanaan | Pegawai atau pejabat penilai mengusulkan; pihak lain menyepakati |")
    expect(text).toContain("30 hari setelah 1 Januari (31 Januari) | PermenPAN-RB 6/2022* |")
    expect(text).toContain("31 hari setelah 31 Desember (31 Januari tahun berikutnya) | PermenPAN-RB 6/2022 |")
    expect(text).toContain("| Keberatan | Pegawai, kepada atasan pejabat penilai |")
    expect(text).toContain("14 hari sejak hasil diterima | PP 30/2019*, PermenPAN-RB 6/2022 |")
    expect(text).toContain("Evaluasi periodik kebijakan ini: triwulanan.")
  })

  it("follows the policy's cadence and annual strategy, and the given deadlines, in English", () => {
    const monthly = {
      ...policy,
      period: {
        ...policy.period,
        cadence: "bulanan" as const,
        annual: { strategy: "worst" as const, missing: "reject" as const, minPeriods: 12 }
      }
    }
    const deadlines = { ...Cycle.nationalDeadlines, plan: { ...Cycle.nationalDeadlines.plan, days: 45 } }
    const text = cycleChapter(monthly, "en", cite, deadlines).join("\n")
    expect(text).toContain("This policy's periodic evaluation: monthly.")
    expect(text).toContain("The annual predikat follows the period with the worst predikat (a regional strategy).")
    expect(text).toContain("45 days after 1 January (15 February)")
  })
})
