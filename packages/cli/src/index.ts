/**
 * `@pembinaan/cli`: the `pembinaan` command as a library, for embedding and tests.
 *
 * @packageDocumentation
 */
export { commands } from "./commands.js"
export { ExitCode, type Io, type Lang, processIo } from "./io.js"
export { main, runProcess } from "./main.js"
export * as Records from "./records.js"
