/**
 * The commands of `pembinaan`. Each is data (path, options, help in both languages) plus a `run` function that
 * calls core and prints JSON.
 *
 * @since 0.1.0
 */
import type { ParseArgsConfig } from "node:util"
import { Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import { ExitCode, type Io, type Lang } from "./io.js"

/**
 * Parsed arguments handed to a command.
 *
 * @since 0.1.0
 */
export interface Args {
  readonly values: Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>
  readonly positionals: ReadonlyArray<string>
}

/**
 * A command of the CLI.
 *
 * @since 0.1.0
 */
export interface Command {
  readonly path: ReadonlyArray<string>
  readonly usage: string
  readonly summary: Record<Lang, string>
  readonly help: Record<Lang, string>
  readonly options: NonNullable<ParseArgsConfig["options"]>
  readonly run: (args: Args, io: Io, lang: Lang) => Promise<number>
}

/**
 * Prints a value as one line of JSON.
 *
 * @since 0.1.0
 */
export const printJson = (io: Io, value: unknown): void | Promise<void> => io.stdout(`${JSON.stringify(value)}\n`)

/**
 * Prints a typed error as JSON on stderr: `{"error": tag, ...fields}`. Problems keep their paths.
 *
 * @since 0.1.0
 */
export const printError = (io: Io, error: { readonly _tag: string }): void => {
  const { _tag, ...fields } = error as unknown as Record<string, unknown>
  const plain = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== "stack" && k !== "message"))
  io.stderr(`${JSON.stringify({ error: _tag, ...plain })}\n`)
}

/** A usage error: message, then the command's help, exit 2. */
export const usageError = (io: Io, lang: Lang, command: Pick<Command, "help">, message: string): number => {
  io.stderr(`${message}\n\n${command.help[lang]}`)
  return ExitCode.usage
}

const ratingList = Quadrant.ratings.map((r) => `"${r}"`).join(", ")

/**
 * `pembinaan predikat --hasil <rating> --perilaku <rating>`.
 *
 * @since 0.1.0
 */
export const predikat: Command = {
  path: ["predikat"],
  usage: "predikat --hasil <rating> --perilaku <rating>",
  summary: {
    id: "predikat kinerja dari kuadran PermenPAN-RB 6/2022",
    en: "performance predikat from the PermenPAN-RB 6/2022 quadrant"
  },
  help: {
    id: `Pemakaian: pembinaan predikat --hasil <rating> --perilaku <rating>

Membaca predikat kinerja dari kuadran kinerja nasional (PermenPAN-RB 6/2022).
  --hasil <rating>      rating hasil kerja: ${ratingList}
  --perilaku <rating>   rating perilaku kerja: ${ratingList}

Contoh: pembinaan predikat --hasil "Diatas Ekspektasi" --perilaku "Dibawah Ekspektasi"
        {"predikat":"Kurang/Misconduct"}
`,
    en: `Usage: pembinaan predikat --hasil <rating> --perilaku <rating>

Reads the predikat from the national performance quadrant (PermenPAN-RB 6/2022).
  --hasil <rating>      rating of hasil kerja (work results): ${ratingList}
  --perilaku <rating>   rating of perilaku kerja (work behaviour): ${ratingList}

Example: pembinaan predikat --hasil "Diatas Ekspektasi" --perilaku "Dibawah Ekspektasi"
         {"predikat":"Kurang/Misconduct"}
`
  },
  options: { hasil: { type: "string" }, perilaku: { type: "string" } },
  run: async (args, io, lang) => {
    const { hasil, perilaku } = args.values
    if (typeof hasil !== "string" || typeof perilaku !== "string" || args.positionals.length > 0) {
      return usageError(
        io,
        lang,
        predikat,
        lang === "en" ? "both --hasil and --perilaku are required" : "--hasil dan --perilaku wajib diisi"
      )
    }
    const result = Quadrant.evaluate(Presets.national.quadrant, { hasilKerja: hasil, perilakuKerja: perilaku })
    if (Result.isFailure(result)) {
      printError(io, result.failure)
      return ExitCode.invalidInput
    }
    await printJson(io, { predikat: result.success.predikat })
    return ExitCode.ok
  }
}

/**
 * Every command, in the order help lists them.
 *
 * @since 0.1.0
 */
export const commands: ReadonlyArray<Command> = [predikat]
