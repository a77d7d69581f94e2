import { afterEach, describe, expect, it } from "vitest"

/** What the shared suite needs of a form-associated widget. */
export type FormControlLike = HTMLElement & {
  disabled: boolean
  readonly form: HTMLFormElement | null
  readonly validity: ValidityState
  readonly validationMessage: string
  checkValidity(): boolean
  readonly updateComplete: Promise<boolean>
}

/** One widget under the shared suite. */
export interface FormControlCase<E extends FormControlLike> {
  /** Tag name, used in the describe title. */
  readonly tag: string
  /** A configured, required and still empty element (not yet connected). */
  readonly create: () => E
  /** Completes the element as a user would (keyboard only), after it is connected inside its form. */
  readonly fill: (el: E) => Promise<void>
  /** Entries the form data must contain once the element is filled. */
  readonly entries: ReadonlyArray<readonly [string, string]>
}

/** Every element that can take focus with Tab, looking into open shadow roots. */
export const tabbables = (root: Element | ShadowRoot): ReadonlyArray<Element> => {
  const found: Element[] = []
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (
        child.matches('[tabindex]:not([tabindex="-1"]), button:enabled, input:enabled, textarea:enabled') &&
        !child.closest("[hidden]")
      )
        found.push(child)
      if (child.shadowRoot) walk(child.shadowRoot)
      walk(child)
    }
  }
  walk(root)
  return found
}

const settle = async (el: FormControlLike) => {
  await el.updateComplete
  await new Promise((r) => requestAnimationFrame(r))
  await el.updateComplete
}

/**
 * The shared form-control suite: association, FormData in a plain `<form method="post">`, required/validity with
 * `:state(invalid)`, reset, disabled (own attribute and fieldset), and events on user action only.
 */
export const formControlSuite = <E extends FormControlLike>(c: FormControlCase<E>): void => {
  describe(`<${c.tag}> as a form control`, () => {
    let submits: FormData[] = []

    const mount = async (wrap?: (form: HTMLFormElement, el: E) => void) => {
      const form = document.createElement("form")
      form.method = "post"
      form.action = "/never-navigate"
      form.addEventListener("submit", (e) => {
        e.preventDefault()
        submits.push(new FormData(form))
      })
      const el = c.create()
      if (wrap) wrap(form, el)
      else form.append(el)
      document.body.append(form)
      await settle(el)
      return { form, el }
    }

    afterEach(() => {
      document.body.replaceChildren()
      submits = []
      // Survey and 360 drafts live in sessionStorage: each test starts from an empty form.
      sessionStorage.clear()
    })

    it("is associated with its form and listed in form.elements", async () => {
      const { form, el } = await mount()
      expect(el.form).toBe(form)
      expect([...form.elements]).toContain(el)
    })

    it("blocks native submission while empty and required, with :state(invalid)", async () => {
      const { form, el } = await mount()
      expect(el.validity.valueMissing).toBe(true)
      expect(el.validationMessage).not.toBe("")
      expect(el.matches(":state(invalid)")).toBe(true)
      expect(form.checkValidity()).toBe(false)
      form.requestSubmit()
      await settle(el)
      expect(submits).toHaveLength(0)
      expect(el.matches(":state(user-invalid)")).toBe(true)
    })

    it("submits its entries with a plain <form method=post> once filled by keyboard", async () => {
      const { form, el } = await mount()
      await c.fill(el)
      await settle(el)
      expect(el.validity.valid).toBe(true)
      expect(el.matches(":state(invalid)")).toBe(false)
      form.requestSubmit()
      expect(submits).toHaveLength(1)
      const data = submits[0]
      for (const [key, value] of c.entries) expect(data?.getAll(key)).toEqual([value])
    })

    it("returns to its default on form.reset()", async () => {
      const { form, el } = await mount()
      const before = [...new FormData(form)]
      await c.fill(el)
      await settle(el)
      expect([...new FormData(form)]).not.toEqual(before)
      form.reset()
      await settle(el)
      expect([...new FormData(form)]).toEqual(before)
      expect(el.validity.valueMissing).toBe(true)
      expect(el.matches(":state(user-invalid)")).toBe(false)
    })

    it("when disabled, is neither submitted, validated nor focusable", async () => {
      const { form, el } = await mount()
      await c.fill(el)
      el.disabled = true
      await settle(el)
      expect(form.checkValidity()).toBe(true)
      const data = new FormData(form)
      for (const [key] of c.entries) expect(data.has(key)).toBe(false)
      expect(tabbables(el.shadowRoot as ShadowRoot)).toEqual([])
      expect(el.matches(":state(disabled)")).toBe(true)
    })

    it("follows a disabled <fieldset> (formDisabledCallback)", async () => {
      let fieldset: HTMLFieldSetElement | undefined
      const { el } = await mount((form, el) => {
        fieldset = document.createElement("fieldset")
        fieldset.disabled = true
        fieldset.append(el)
        form.append(fieldset)
      })
      expect(el.matches(":disabled")).toBe(true)
      expect(el.matches(":state(disabled)")).toBe(true)
      expect(tabbables(el.shadowRoot as ShadowRoot)).toEqual([])
      if (fieldset) fieldset.disabled = false
      await settle(el)
      expect(el.matches(":state(disabled)")).toBe(false)
      expect(tabbables(el.shadowRoot as ShadowRoot).length).toBeGreaterThan(0)
    })

    it("fires input and change on user action only", async () => {
      const { form, el } = await mount()
      const seen: string[] = []
      form.addEventListener("input", () => seen.push("input"))
      form.addEventListener("change", () => seen.push("change"))
      el.disabled = true
      await settle(el)
      el.disabled = false
      form.reset()
      await settle(el)
      expect(seen).toEqual([])
      await c.fill(el)
      expect(seen).toContain("input")
      expect(seen).toContain("change")
    })
  })
}
