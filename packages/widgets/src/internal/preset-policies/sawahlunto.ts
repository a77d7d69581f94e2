/** One built-in policy in a module of its own, loaded the first time a widget's `preset` names it. @internal */
import { Presets } from "@pembinaan/core"

export const policy = Presets.sawahlunto.policy
