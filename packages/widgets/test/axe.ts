import axe from "axe-core"

/**
 * Runs axe-core on a mounted widget and returns the ids of the violated rules. Page-level rules (landmarks,
 * a page heading) do not apply to an embeddable component and are disabled.
 */
export const axeViolations = async (context: Element): Promise<ReadonlyArray<string>> => {
  const results = await axe.run(context, {
    rules: {
      region: { enabled: false },
      "page-has-heading-one": { enabled: false },
      "landmark-one-main": { enabled: false }
    }
  })
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}
