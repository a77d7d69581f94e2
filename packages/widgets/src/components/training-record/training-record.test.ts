import "../../define/asn-training-record.js"
import { Training } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { trainingContext } from "../../../test/programmes.js"
import { setLocale } from "../../locale.js"
import type { AsnTrainingRecord, TrainingRecordSubmitEvent } from "./training-record.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const A = "199001012015031001"
const B = "199202022019032002"
const C = "199303032020122003"
const config = {
  course: { id: "sem-1", title: "Seminar pelayanan publik", sessions: ["2026-03-02", "2026-03-03"] },
  participants: [
    { nip: A, name: "Rina Putri", status: "enrolled" },
    { nip: B, name: "Andi Saputra", status: "enrolled" },
    { nip: C, name: "Dewi Lestari", status: "withdrawn" }
  ]
}

const mount = async (inForm = false): Promise<{ el: AsnTrainingRecord; form: HTMLFormElement | null }> => {
  const el = document.createElement("asn-training-record")
  el.name = "rekam"
  el.data = config
  let form: HTMLFormElement | null = null
  if (inForm) {
    form = document.createElement("form")
    form.append(el)
    document.body.append(form)
  } else document.body.append(el)
  await el.updateComplete
  return { el, form }
}
const q = <E extends Element>(el: AsnTrainingRecord, selector: string) => el.shadowRoot?.querySelector<E>(selector) as E

describe("<asn-training-record> (seed 000: periodic training recorded → JP)", () => {
  it("turns entries into Training commands that core folds into JP", async () => {
    const { el } = await mount()
    q<HTMLSelectElement>(el, "select[data-field=session]").focus()
    await userEvent.selectOptions(q(el, "select[data-field=session]"), "2026-03-02")
    await userEvent.click(q(el, `input[data-nip="${A}"][data-field=attended]`))
    await userEvent.type(q(el, `input[data-nip="${A}"][data-field=score]`), "85,5")
    await userEvent.selectOptions(q(el, `select[data-nip="${A}"][data-field=outcome]`), "passed")
    await userEvent.fill(q(el, "input[data-field=completedOn]"), "2026-03-03")
    let detail: TrainingRecordSubmitEvent["detail"] | undefined
    el.addEventListener("asn-training-record-submit", (e) => {
      detail = e.detail
      e.preventDefault()
    })
    await userEvent.click(q(el, "[part=submit]"))
    expect(detail?.commands).toEqual([
      { _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-02" },
      { _tag: "RecordTest", course: "sem-1", employee: A, phase: "post", score: 85.5 },
      { _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: true }
    ])
    // the server wraps them in envelopes and folds them
    const admin = { nip: "198001012005011001", role: "admin-bkpsdm" }
    let k = 0
    const wrap = (command: unknown) => ({ id: `t${++k}`, at: "2026-03-03T16:00:00+07:00", by: admin, command })
    const setup = [
      wrap({
        _tag: "AddItem",
        item: { id: "sp", title: "Seminar", type: "seminar", form: "seminar", competencies: [], online: false }
      }),
      wrap({
        _tag: "ScheduleCourse",
        course: {
          id: "sem-1",
          item: "sp",
          start: "2026-03-02",
          end: "2026-03-03",
          delivery: { mode: "onsite", place: "Balai Kota" },
          provider: { kind: "internal" },
          minutes: 540
        }
      }),
      wrap({ _tag: "Enrol", course: "sem-1", employee: A })
    ]
    const state = Result.getOrThrow(Training.fold(trainingContext, [...setup, ...(detail?.commands ?? []).map(wrap)]))
    const year = Result.getOrThrow(Training.jpYear(trainingContext, state, { year: 2026, employees: [A] }))
    expect(year.employees[0]?.total.text).toBe("12.00")
    expect(year.employees[0]?.meets).toBe(false)
  })

  it("is invalid with a score off 0–100, and a result without completion date; withdrawn rows are disabled", async () => {
    const { el } = await mount()
    expect(el.checkValidity()).toBe(true)
    await userEvent.type(q(el, `input[data-nip="${B}"][data-field=score]`), "120")
    expect(el.checkValidity()).toBe(false)
    expect(el.validationMessage).toBe("Nilai tes akhir Andi Saputra harus angka 0 sampai 100.")
    await userEvent.clear(q(el, `input[data-nip="${B}"][data-field=score]`))
    await userEvent.selectOptions(q(el, `select[data-nip="${B}"][data-field=outcome]`), "failed")
    expect(el.validationMessage).toBe("Isi tanggal selesai untuk peserta yang diberi hasil.")
    expect(q<HTMLInputElement>(el, `input[data-nip="${C}"][data-field=attended]`).disabled).toBe(true)
  })

  it("joins a plain form's data, resets with it, and shows English", async () => {
    const { el, form } = await mount(true)
    await userEvent.click(q(el, `input[data-nip="${B}"][data-field=attended]`))
    await userEvent.selectOptions(q(el, "select[data-field=session]"), "2026-03-03")
    const data = new FormData(form as HTMLFormElement)
    expect(data.get("rekam.course")).toBe("sem-1")
    expect(JSON.parse(String(data.get("rekam.commands")))).toEqual([
      { _tag: "Attend", course: "sem-1", employee: B, on: "2026-03-03" }
    ])
    form?.reset()
    await el.updateComplete
    expect(new FormData(form as HTMLFormElement).get("rekam.commands")).toBe("[]")
    setLocale("en")
    await el.updateComplete
    expect(q(el, "[part=submit]").textContent?.trim()).toBe("Save record")
  })

  it("reports a bad configuration", async () => {
    const el = document.createElement("asn-training-record")
    el.data = { course: { id: "x" } }
    document.body.append(el)
    await el.updateComplete
    expect(q(el, "[part=status]").textContent).toBe("Data pelatihan tidak valid.")
    expect(el.checkValidity()).toBe(false)
  })

  it("has no axe violations and fits 360px", async () => {
    const { el } = await mount()
    expect(await axeViolations(el)).toEqual([])
    el.style.width = "360px"
    await el.updateComplete
    const base = q<HTMLElement>(el, "[part=base]")
    expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(360)
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})
