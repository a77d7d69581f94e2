/**
 * The Vue example of docs/widgets/frameworks.md, mounted by test/vue.test.ts. In a single-file component the
 * template below is the `<template>` block and `setup` the `<script setup>`.
 */
import { Presets } from "@pembinaan/core"
import { createApp, defineComponent, type PropType } from "vue/dist/vue.esm-bundler.js"
import type { SurveySubmitEvent } from "../src/components/survey-form/survey-form.js"
import "../src/define/asn-policy-view.js"
import "../src/define/asn-survey-form.js"

export const SurveyPage = defineComponent({
  props: { save: { type: Function as PropType<(detail: unknown) => Promise<void>>, required: true } },
  setup(props) {
    const onSubmit = (event: SurveySubmitEvent) => {
      event.preventDefault()
      event.respondWith(props.save(event.detail))
    }
    return { onSubmit, policy: Presets.sawahlunto.policy, warn: (e: CustomEvent) => console.warn(e.detail) }
  },
  template: `
    <asn-policy-view :data.prop="policy" @asn-load-error="warn" />
    <asn-survey-form ticket="PBG-1" @asn-survey-submit="onSubmit" />
  `
})

/** Mounts the page as a Vue app would, with the `asn-` tags declared custom. */
export const mountSurveyPage = (host: Element, save: (detail: unknown) => Promise<void>) => {
  const app = createApp(SurveyPage, { save })
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith("asn-")
  app.mount(host)
  return app
}
