/**
 * Message catalogues. Indonesian is the source; English must define every id (checked by the type).
 * Messages with arguments are functions.
 *
 * The messages live in sections (`src/messages/*.ts`), one per widget plus the shared ones; each widget builds its
 * catalogue from the sections it shows, so its bundle carries no other widget's texts. {@link messages} is every
 * section together, for pages and tests that need them all.
 *
 * @since 0.1.0
 */
import type { Locale } from "./locale.js"
import { ack } from "./messages/ack.js"
import { catalogue } from "./messages/catalogue.js"
import { competencyGap } from "./messages/competencyGap.js"
import { dashboard } from "./messages/dashboard.js"
import { evaluation } from "./messages/evaluation.js"
import { feedback } from "./messages/feedback.js"
import { ikm } from "./messages/ikm.js"
import { load } from "./messages/load.js"
import { nineBox } from "./messages/nineBox.js"
import { number } from "./messages/number.js"
import { policyView } from "./messages/policyView.js"
import { predikat } from "./messages/predikat.js"
import { rating } from "./messages/rating.js"
import { scorecard } from "./messages/scorecard.js"
import { survey } from "./messages/survey.js"
import { ikmTerms, terms } from "./messages/terms.js"
import { words } from "./messages/words.js"

/** Every section, in the order the catalogue was written. @internal */
export const sections = [
  predikat,
  rating,
  survey,
  feedback,
  number,
  load,
  ack,
  words,
  nineBox,
  competencyGap,
  ikm,
  scorecard,
  dashboard,
  policyView,
  evaluation,
  terms,
  ikmTerms
] as const

const all = catalogue(...sections)

/**
 * The message catalogue type: every locale defines every id.
 *
 * @since 0.1.0
 */
export type Messages = ReturnType<typeof all>

/**
 * The catalogue for a locale.
 *
 * @since 0.1.0
 */
export const messages = (locale: Locale): Messages => all(locale)
