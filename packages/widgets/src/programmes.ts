/**
 * `@pembinaan/widgets/programmes.js`: the programme widgets (development plan, training record, mentoring log, forum
 * minutes, remediation plan, programme report) and their data types, without registering them. Register with
 * `@pembinaan/widgets/define/<tag>.js`. A separate entry so that `all.js` keeps its size budget until the programme
 * widgets join it.
 *
 * @packageDocumentation
 */

export {
  type DevelopmentPlanData,
  readDevelopmentPlan
} from "./components/development-plan/development-plan.controller.js"
export { AsnDevelopmentPlan } from "./components/development-plan/development-plan.js"
export { type ForumMinutesData, readForumMinutes } from "./components/forum-minutes/forum-minutes.controller.js"
export { AsnForumMinutes } from "./components/forum-minutes/forum-minutes.js"
export { type MentoringLogData, readMentoringLog } from "./components/mentoring-log/mentoring-log.controller.js"
export { AsnMentoringLog, MentoringSessionEvent } from "./components/mentoring-log/mentoring-log.js"
export {
  type EffectivenessView,
  type LevelView,
  type ProgrammeReportData,
  readProgrammeReport
} from "./components/programme-report/programme-report.controller.js"
export { AsnProgrammeReport } from "./components/programme-report/programme-report.js"
export {
  type RemediationPlanData,
  readRemediationPlan
} from "./components/remediation-plan/remediation-plan.controller.js"
export { AsnRemediationPlan } from "./components/remediation-plan/remediation-plan.js"
export {
  readTrainingRecord,
  type TrainingCommand,
  type TrainingRecordConfig,
  TrainingRecordModel
} from "./components/training-record/training-record.controller.js"
export { AsnTrainingRecord, TrainingRecordSubmitEvent } from "./components/training-record/training-record.js"
