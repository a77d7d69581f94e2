/**
 * `@pembinaan/cli`: the `pembinaan` command as a library, for embedding and tests.
 *
 * @packageDocumentation
 */
export { commands } from "./commands.js"
export { conditionText, handbook } from "./handbook.js"
export { ExitCode, type Io, type Lang, processIo } from "./io.js"
export { main, runProcess } from "./main.js"
export { type Preset, presetFor, presets } from "./presets.js"
export * as Profiles from "./profiles.js"
export * as Records from "./records.js"
export { csvLine, fromCsvRow, periodEnd, type Scored, type Scorer, scoreRecord } from "./score.js"
