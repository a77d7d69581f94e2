/**
 * The `pembinaan` command: dispatch, usage errors and help.
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { type Command, commands } from "./commands.js"
import { ExitCode, type FileOutput, fileErrorMessage, type Io, type Lang, openFileOutput, processIo } from "./io.js"

const topHelp: Record<Lang, (list: string) => string> = {
  id: (list) => `pembinaan: sistem pembinaan ASN dari baris perintah.

Pemakaian: pembinaan <perintah> [opsi]

Perintah:
${list}

Opsi umum:
  --help, -h        tampilkan bantuan (juga: pembinaan <perintah> --help)
  --lang id|en      bahasa pesan dan bantuan (bawaan: id, atau en bila LANG=en*)

Keluaran JSON di stdout; keluaran stdout lengkap hanya bila kode keluar 0 (pakai --out BERKAS untuk berkas
yang ditulis utuh atau tidak sama sekali). Kode keluar: 0 berhasil, 1 masukan tidak valid (setiap masalah dengan jalurnya),
2 pemakaian salah.
`,
  en: (list) => `pembinaan: sistem pembinaan ASN from the command line.

Usage: pembinaan <command> [options]

Commands:
${list}

Common options:
  --help, -h        show help (also: pembinaan <command> --help)
  --lang id|en      language of messages and help (default: id, or en when LANG=en*)

JSON output on stdout; stdout output is complete only with exit code 0 (use --out FILE for a file that is
written whole or not at all). Exit codes: 0 success, 1 invalid input (every problem listed with its path),
2 wrong usage.
`
}

const langOf = (argv: ReadonlyArray<string>, env: Io["env"]): Lang => {
  const i = argv.indexOf("--lang")
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7)
  if (flag === "en" || flag === "id") return flag
  return (env.LC_ALL ?? env.LANG ?? "").toLowerCase().startsWith("en") ? "en" : "id"
}

const findCommand = (argv: ReadonlyArray<string>): { command: Command; rest: Array<string> } | undefined => {
  for (const command of commands) {
    if (command.path.every((word, k) => argv[k] === word)) return { command, rest: argv.slice(command.path.length) }
  }
  return undefined
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 *
 * @example
 * ```ts
 * import { main } from "@pembinaan/cli"
 * await main(["predikat", "--hasil", "Diatas Ekspektasi", "--perilaku", "Diatas Ekspektasi"])
 * // prints {"predikat":"Sangat Baik"} and returns 0
 * ```
 *
 * @since 0.1.0
 */
export const main = async (argv: ReadonlyArray<string>, io: Io = processIo()): Promise<number> => {
  const lang = langOf(argv, io.env)
  const list = commands.map((c) => `  ${c.usage.padEnd(52)} ${c.summary[lang]}`).join("\n")
  const found = findCommand(argv)
  if (!found) {
    const wantsHelp = argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help"
    // a command group (`pembinaan policy`, `pembinaan policy --help`): its subcommands
    const group = commands.filter((c) => c.path.length > 1 && c.path[0] === argv[0])
    if (!wantsHelp && group.length > 0 && argv.slice(1).every((a) => a.startsWith("-"))) {
      const asked = argv.includes("--help") || argv.includes("-h")
      const text = `${lang === "en" ? "Usage" : "Pemakaian"}: pembinaan ${argv[0]} <${lang === "en" ? "command" : "perintah"}> [${lang === "en" ? "options" : "opsi"}]

${group.map((c) => `  ${c.usage.padEnd(52)} ${c.summary[lang]}`).join("\n")}

${lang === "en" ? "More" : "Lebih lanjut"}: pembinaan ${argv[0]} <${lang === "en" ? "command" : "perintah"}> --help
`
      if (asked) {
        await io.stdout(text)
        return ExitCode.ok
      }
      io.stderr(text)
      return ExitCode.usage
    }
    if (wantsHelp) {
      await io.stdout(topHelp[lang](list))
      return argv.length === 0 ? ExitCode.usage : ExitCode.ok
    }
    io.stderr(
      `${lang === "en" ? "unknown command" : "perintah tidak dikenal"}: ${argv.filter((a) => !a.startsWith("-")).join(" ") || argv.join(" ")}\n\n${topHelp[lang](list)}`
    )
    return ExitCode.usage
  }
  const { command, rest } = found
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" }, lang: { type: "string" } },
      allowPositionals: true,
      strict: true
    })
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${command.help[lang]}`)
    return ExitCode.usage
  }
  if (parsed.values.help) {
    await io.stdout(command.help[lang])
    return ExitCode.ok
  }
  const out = parsed.values.out
  const args = { values: parsed.values, positionals: parsed.positionals }
  const failed = (e: unknown, error: string, file?: string) => {
    const { code, message } = fileErrorMessage(e, lang)
    io.stderr(`${JSON.stringify({ error, ...(file === undefined ? {} : { file }), code, message })}\n`)
    return ExitCode.invalidInput
  }
  // `--out FILE` (commands that print their result): written to a temporary file, renamed only on success, so an
  // interrupted or failed run never leaves a file that looks finished.
  if (typeof out === "string" && command.outFile) {
    let file: FileOutput
    try {
      file = await openFileOutput(out)
    } catch (e) {
      return failed(e, "OutputUnwritable", out)
    }
    try {
      const code = await command.run(args, { ...io, stdout: (text) => file.write(text) }, lang)
      if (code === ExitCode.ok) await file.commit()
      else await file.abort()
      return code
    } catch (e) {
      await file.abort().catch(() => {})
      return failed(e, "OutputUnwritable", out)
    }
  }
  try {
    return await command.run(args, io, lang)
  } catch (e) {
    // Never a stack trace: file-system errors (EPERM, ENAMETOOLONG, ENOSPC, …) become a message and exit 1.
    return failed(e, (e as NodeJS.ErrnoException)?.code ? "FileError" : "Unexpected")
  }
}

/**
 * Runs the CLI as the current process.
 *
 * @since 0.1.0
 */
export const runProcess = async (): Promise<void> => {
  process.exitCode = await main(process.argv.slice(2), processIo())
}
