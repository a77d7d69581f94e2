/**
 * `@pembinaan/server`: the cycle, surveys and 360 feedback on PostgreSQL (embedded PGlite by default), for portals
 * that already have a backend.
 *
 * @packageDocumentation
 */

export * as Api from "./Api.js"
export * as Audit from "./Audit.js"
export * as Auth from "./Auth.js"
export * as Cli from "./Cli.js"
export * as Database from "./Database.js"
export * as Demo from "./Demo.js"
export * as Form from "./Form.js"
export * as Migrations from "./Migrations.js"
export * as Permission from "./Permission.js"
export * as Problem from "./Problem.js"
export * as ProgrammeApi from "./ProgrammeApi.js"
export * as Server from "./Server.js"
export * as Settings from "./Settings.js"
export * as WidgetApi from "./WidgetApi.js"
