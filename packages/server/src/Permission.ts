/**
 * The permission table: which roles may take which action, and on whose data (`own`: the user's own NIP; `rated`:
 * an employee the user rates; `region`: anyone in the user's region). Checked on every request.
 *
 * @since 0.4.0
 */
import type { Role, User } from "./Auth.js"

/**
 * The actions of the API.
 *
 * @since 0.4.0
 */
export type Action =
  | "org.import"
  | "org.read"
  | "survey.issue"
  | "survey.report"
  | "feedback.submit"
  | "feedback.report"
  | "policy.publish"
  | "policy.read"
  | "result.read"
  | "dashboard.read"
  | "evidence.upload"
  | "audit.read"
  | "programme.read"
  | "training.manage"
  | "training.assess"
  | "mentoring.manage"
  | "mentoring.log"
  | "forum.record"
  | "activity.submit"
  | "activity.review"
  | "elearning.import"
  | "citizen.import"

/**
 * The table: action → the roles allowed.
 *
 * @since 0.4.0
 */
export const table: { readonly [A in Action]: ReadonlyArray<Role> } = {
  "org.import": ["admin-bkpsdm"],
  "org.read": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "survey.issue": ["admin-bkpsdm", "pejabat-penilai", "atasan"],
  "survey.report": ["pejabat-penilai", "atasan", "admin-bkpsdm"],
  "feedback.submit": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "feedback.report": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "policy.publish": ["admin-bkpsdm"],
  "policy.read": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "result.read": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "dashboard.read": ["pejabat-penilai", "atasan", "admin-bkpsdm"],
  "evidence.upload": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "audit.read": ["admin-bkpsdm"],
  "programme.read": ["pejabat-penilai", "atasan", "admin-bkpsdm"],
  "training.manage": ["admin-bkpsdm"],
  "training.assess": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "mentoring.manage": ["admin-bkpsdm"],
  "mentoring.log": ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"],
  "forum.record": ["pejabat-penilai", "atasan", "admin-bkpsdm"],
  "activity.submit": ["pegawai", "pejabat-penilai", "atasan"],
  "activity.review": ["pejabat-penilai", "atasan"],
  "elearning.import": ["admin-bkpsdm"],
  "citizen.import": ["admin-bkpsdm"]
}

/**
 * Whether a user may take an action.
 *
 * @since 0.4.0
 */
export const allows = (user: User, action: Action): boolean => user.roles.some((r) => table[action].includes(r))

/**
 * Whether a user may read an employee's personal data (results, 360 report): the employee, or a pejabat penilai,
 * atasan or BKPSDM admin of the same region.
 *
 * @since 0.4.0
 */
export const canSee = (user: User, nip: string, region: string): boolean =>
  user.nip === nip || (user.region === region && user.roles.some((r) => r !== "pegawai"))
