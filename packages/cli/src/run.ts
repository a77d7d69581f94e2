// Entry point for `pnpm pembinaan …` in the repository (runs from source).
import { runProcess } from "./main.js"

await runProcess()
