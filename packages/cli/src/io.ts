/**
 * The CLI's outside world, injectable so that tests can run commands in-process as well as as a process.
 *
 * @since 0.1.0
 */
import type { Readable } from "node:stream"

/**
 * Where a command writes and reads.
 *
 * @since 0.1.0
 */
export interface Io {
  readonly stdout: (text: string) => void | Promise<void>
  readonly stderr: (text: string) => void
  readonly stdin: Readable
  readonly env: Readonly<Record<string, string | undefined>>
}

const write = (stream: NodeJS.WriteStream) => (text: string) =>
  stream.write(text) ? undefined : new Promise<void>((resolve) => stream.once("drain", () => resolve()))

/**
 * The process's own streams. Writes to stdout wait for `drain`, so a large output keeps memory bounded.
 *
 * @since 0.1.0
 */
export const processIo = (): Io => {
  // A reader that goes away (`pembinaan score … | head`) is not an error: stop quietly, as Unix tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw e
  })
  return {
    stdout: write(process.stdout),
    stderr: (text) => {
      process.stderr.write(text)
    },
    stdin: process.stdin,
    env: process.env
  }
}

/**
 * Exit codes: 0 success, 1 invalid input (every problem listed with its path), 2 wrong usage.
 *
 * @since 0.1.0
 */
export const ExitCode = { ok: 0, invalidInput: 1, usage: 2 } as const

/**
 * The language of messages and help: `--lang`, else `LANG`/`LC_ALL` starting with `en`, else Indonesian.
 *
 * @since 0.1.0
 */
export type Lang = "id" | "en"
