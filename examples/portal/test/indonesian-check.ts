// The plain-Indonesian checks the widget tests use, shared so the portal checks its pages by the same rules.
export * from "../../../packages/widgets/test/indonesian.js"
