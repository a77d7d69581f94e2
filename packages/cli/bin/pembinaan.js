#!/usr/bin/env node
// Installed entry point: runs the built CLI. In the repository, `pnpm pembinaan …` runs it from source.
import { main } from "../dist/index.js"

process.exitCode = await main(process.argv.slice(2))
