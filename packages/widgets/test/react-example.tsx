/**
 * The React example of docs/widgets/frameworks.md, type-checked by `pnpm typecheck` and rendered by
 * test/react.test.ts: the `@pembinaan/widgets/react` wrappers, and the elements themselves in React 19's JSX.
 */
import { Presets } from "@pembinaan/core"
import { useState } from "react"
import type { SurveyAnswer } from "../src/components/survey-form/survey-form.controller.js"
import { AsnPolicyView, AsnSurveyForm } from "../src/react.js"

/** Saves a survey answer; the form thanks the citizen only when this resolves. */
export type Save = (answers: Readonly<Record<string, SurveyAnswer>>) => Promise<void>

export const SurveyPage = ({ save }: { readonly save: Save }) => {
  const [errors, setErrors] = useState(0)
  return (
    <main>
      <AsnSurveyForm
        ticket="PBG-1"
        onSurveySubmit={(event) => {
          event.preventDefault()
          event.respondWith(save(event.detail.answers))
        }}
      />
      <AsnPolicyView preset="bukittinggi" onAsnLoadError={() => setErrors((n) => n + 1)} />
      {/* The element itself, typed by the JSX augmentation: properties and `on<event>` listeners. */}
      <asn-policy-view data={Presets.sawahlunto.policy} onasn-load-error={(e) => console.warn(e.detail._tag)} />
      <asn-predikat hasilKerja="Sesuai Ekspektasi" perilakuKerja="Diatas Ekspektasi" />
      <p data-testid="errors">{errors}</p>
    </main>
  )
}

// The typings refuse what the elements would not take.
export const Wrong = () => (
  <>
    {/* @ts-expect-error: `timeout` is a number of milliseconds */}
    <AsnPolicyView timeout="soon" />
    {/* @ts-expect-error: the submit event of the survey is not a load event */}
    <asn-survey-form onasn-survey-submit={(e: ProgressEvent) => e.loaded} />
  </>
)
