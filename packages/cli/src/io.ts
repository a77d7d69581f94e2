/**
 * The CLI's outside world, injectable so that tests can run commands in-process as well as as a process.
 *
 * @since 0.1.0
 */
import { open, rename, rm, stat } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
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
    // a full disk or /dev/full: a message and exit 1, never a stack trace
    process.stderr.write(`${JSON.stringify({ error: "OutputUnwritable", code: e.code, message: e.message })}\n`)
    process.exit(1)
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

/**
 * A clear message for a file-system error (no stack trace): what happened, in the user's language, and the code.
 *
 * @since 0.2.0
 */
export const fileErrorMessage = (e: unknown, lang: Lang): { code: string; message: string } => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? "EIO"
  const texts: Record<string, [string, string]> = {
    EPERM: ["izin ditolak", "permission denied"],
    EACCES: ["izin ditolak", "permission denied"],
    ENAMETOOLONG: ["nama berkas terlalu panjang", "file name too long"],
    ENOSPC: ["ruang disk habis", "no space left on the device"],
    ENOENT: ["berkas atau folder tidak ada", "no such file or folder"],
    EISDIR: ["ini sebuah folder, bukan berkas", "this is a folder, not a file"],
    ENOTDIR: ["bagian jalur bukan folder", "a part of the path is not a folder"],
    EROFS: ["sistem berkas hanya-baca", "read-only file system"],
    EEXIST: ["berkas sudah ada", "the file already exists"]
  }
  const t = texts[code]
  return { code, message: t ? t[lang === "en" ? 1 : 0] : ((e as Error)?.message ?? String(e)) }
}

/**
 * An output file written safely: text goes to a temporary file beside it, which is renamed over the target only when
 * the command succeeded ({@link FileOutput.commit}); on failure or interruption the target is left as it was.
 *
 * @since 0.2.0
 */
export interface FileOutput {
  readonly write: (text: string) => Promise<void>
  readonly commit: () => Promise<void>
  readonly abort: () => Promise<void>
}

/**
 * Opens a {@link FileOutput} for `path`.
 *
 * @since 0.2.0
 */
export const openFileOutput = async (path: string): Promise<FileOutput> => {
  // A device or pipe (`--out /dev/stdout`, `/dev/full`, a FIFO) is written directly: there is nothing to rename
  // over, and replacing a device node with a file would be wrong.
  const existing = await stat(path).catch(() => undefined)
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" })
    const direct = await open(path, "w")
    let done = false
    return {
      write: async (text) => {
        await direct.write(text)
      },
      commit: async () => {
        if (!done) {
          done = true
          await direct.close()
        }
      },
      abort: async () => {
        if (!done) {
          done = true
          await direct.close().catch(() => {})
        }
      }
    }
  }
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path).slice(0, 64)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  const handle = await open(temp, "wx")
  let closed = false
  const close = async () => {
    if (!closed) {
      closed = true
      await handle.close()
    }
  }
  const onSignal = () => {
    void close().finally(() => rm(temp, { force: true }).finally(() => process.exit(130)))
  }
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)
  const off = () => {
    process.off("SIGINT", onSignal)
    process.off("SIGTERM", onSignal)
  }
  return {
    write: async (text) => {
      await handle.write(text)
    },
    commit: async () => {
      off()
      await handle.sync()
      await close()
      await rename(temp, path)
    },
    abort: async () => {
      off()
      await close().catch(() => {})
      await rm(temp, { force: true })
    }
  }
}
