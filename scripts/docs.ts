/**
 * `pnpm run docs`: builds the documentation site into docs/site.
 *
 * 1. Regenerates the policy handbook of every preset (id and en) into docs/handbook/presets/ from the policy data.
 * 2. Generates the widget component reference (docs/widgets/components.md) from custom-elements.json.
 * 3. Runs typedoc (docs/api) and copies it into the site.
 * 4. Renders every Markdown page under docs/ to HTML with one navigation. The front page is docs/index.md (Indonesian,
 *    for policy teams); the developer README becomes readme.html.
 *
 * Run with `tsx --conditions=@pembinaan/source` so the packages are read from source.
 */
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { handbook, presets } from "@pembinaan/cli"
import { marked } from "marked"

const root = fileURLToPath(new URL("..", import.meta.url))
const docs = join(root, "docs")
const site = join(docs, "site")
const bin = (name: string) => join(root, "node_modules/.bin", name)
const onlyGenerate = process.argv.includes("--generate-only")

// 1. handbooks
const handbookDir = join(docs, "handbook/presets")
mkdirSync(handbookDir, { recursive: true })
for (const [name, preset] of Object.entries(presets)) {
  for (const lang of ["id", "en"] as const) {
    writeFileSync(join(handbookDir, `${name}.${lang}.md`), handbook(preset.policy, { lang, rules: preset.rules }))
  }
}

// 2. component reference from custom-elements.json
interface Member {
  name: string
  kind?: string
  description?: string
  type?: { text?: string }
  privacy?: string
  static?: boolean
  attribute?: string
}
interface Declaration {
  tagName?: string
  name: string
  summary?: string
  description?: string
  members?: Member[]
  attributes?: { name: string; description?: string; type?: { text?: string } }[]
  events?: { name: string; description?: string; type?: { text?: string } }[]
  cssParts?: { name: string; description?: string }[]
  cssProperties?: { name: string; description?: string }[]
  slots?: { name: string; description?: string }[]
}
const widgets = join(root, "packages/widgets")
execFileSync(bin("cem"), ["analyze"], { cwd: widgets, stdio: "inherit" })
const manifest = JSON.parse(readFileSync(join(widgets, "custom-elements.json"), "utf8")) as {
  modules: { declarations?: Declaration[] }[]
}
const cell = (s: string | undefined) => (s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ")
const section = (title: string, head: string[], rows: string[][]) =>
  rows.length === 0
    ? ""
    : `### ${title}\n\n| ${head.join(" | ")} |\n| ${head.map(() => "---").join(" | ")} |\n${rows
        .map((r) => `| ${r.map(cell).join(" | ")} |`)
        .join("\n")}\n\n`
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => (a.tagName ?? "").localeCompare(b.tagName ?? ""))
let components = `# Component reference\n\n> Generated from \`custom-elements.json\` (the components' JSDoc) by \`pnpm run docs\`.\n\n`
for (const d of elements) {
  components += `## \`<${d.tagName}>\`\n\n${d.summary ?? ""}\n\n${d.description ?? ""}\n\n`
  components += section(
    "Attributes",
    ["Attribute", "Type", "Description"],
    (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.type?.text ?? "", a.description ?? ""])
  )
  components += section(
    "Properties",
    ["Property", "Type", "Description"],
    (d.members ?? [])
      .filter((m) => m.kind === "field" && !m.static && m.privacy !== "private" && m.privacy !== "protected")
      .map((m) => [`\`${m.name}\``, m.type?.text ?? "", m.description ?? ""])
  )
  components += section(
    "Events",
    ["Event", "Type", "Description"],
    (d.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, e.type?.text ?? "", e.description ?? ""])
  )
  components += section(
    "Slots",
    ["Slot", "Description"],
    (d.slots ?? []).map((s) => [`\`${s.name || "(default)"}\``, s.description ?? ""])
  )
  components += section(
    "CSS parts",
    ["Part", "Description"],
    (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? ""])
  )
  components += section(
    "CSS custom properties",
    ["Property", "Description"],
    (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? ""])
  )
}
writeFileSync(join(docs, "widgets/components.md"), components.replace(/\n{3,}/g, "\n\n"))
if (onlyGenerate) process.exit(0)

// 3. typedoc
execFileSync(bin("typedoc"), [], { cwd: root, stdio: "inherit" })

// 4. the site
rmSync(site, { recursive: true, force: true })
mkdirSync(site, { recursive: true })
cpSync(join(docs, "api"), join(site, "api"), { recursive: true })
const pages: string[] = []
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (path === site || path === join(docs, "api") || path === join(docs, "index.md")) continue
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith(".md")) pages.push(relative(docs, path))
  }
}
walk(docs)
pages.sort()
const titleOf = (md: string, fallback: string) => /^#\s+(.+)$/m.exec(md)?.[1]?.replace(/`/g, "") ?? fallback
const groups = new Map<string, { href: string; title: string }[]>()
const texts = new Map<string, string>()
for (const page of pages) {
  const md = readFileSync(join(docs, page), "utf8")
  texts.set(page, md)
  const group = dirname(page) === "." ? "" : dirname(page)
  const list = groups.get(group) ?? []
  list.push({ href: page.replace(/\.md$/, ".html"), title: titleOf(md, page) })
  groups.set(group, list)
}
// A chapter in two languages: `x.id.md` beside `x.md` (English), or `x.md` (Indonesian) beside `x.en.md`.
const hasPage = (page: string) => pages.includes(page)
const langOf = (page: string): "id" | "en" | undefined =>
  page.endsWith(".id.md") || hasPage(page.replace(/\.md$/, ".en.md"))
    ? "id"
    : page.endsWith(".en.md") || hasPage(page.replace(/\.md$/, ".id.md"))
      ? "en"
      : undefined
const langLabel = { id: "Indonesia", en: "English" } as const
const groupTitle: Record<string, string> = {
  "": "Umum / General",
  "getting-started": "Mulai / Getting started",
  handbook: "Buku pedoman / Handbook",
  "handbook/presets": "Buku pedoman preset / Preset handbooks",
  widgets: "Widget",
  decisions: "Keputusan / Decisions"
}
const nav = (from: string) => {
  const up = "../".repeat(from.split("/").length - 1)
  let html = `<nav aria-label="Dokumentasi"><p><a href="${up}index.html">Pembinaan</a> · <a href="${up}readme.html">Developers</a> · <a href="${up}api/index.html">API</a></p>`
  for (const [group, list] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    html += `<h2>${groupTitle[group] ?? group}</h2><ul>${list
      .map((p) => {
        const lang = langOf(p.href.replace(/\.html$/, ".md"))
        const label = lang ? ` <span lang="${lang}">(${langLabel[lang]})</span>` : ""
        return `<li><a href="${up}${p.href}"${lang ? ` hreflang="${lang}"` : ""}>${p.title.replace(/</g, "&lt;")}${label}</a></li>`
      })
      .join("")}</ul>`
  }
  return `${html}</nav>`
}
// The content comes first in the page (a phone shows it before the long navigation; a skip link jumps to it), the
// navigation sits left on a wide screen. Wide tables and code scroll inside their own focusable, named box.
const style = `body{font:16px/1.55 system-ui,sans-serif;margin:0;display:flex;gap:2rem;color-scheme:light dark}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:Canvas;padding:.5rem}
nav h2{font-size:1rem;margin:1rem 0 .25rem}nav ul{padding-left:1.2rem;margin:0}nav{order:-1;width:18rem;flex:none;padding:1rem;border-right:1px solid #8884;font-size:.9rem;max-height:100vh;overflow:auto;position:sticky;top:0}
main{max-width:60rem;padding:1rem 2rem;min-width:0;overflow-wrap:break-word}table{border-collapse:collapse}
.scroll{overflow:auto;max-width:100%}pre{overflow:auto}a{overflow-wrap:anywhere}
td,th{border:1px solid #8886;padding:.25rem .5rem;vertical-align:top}code{font-size:.9em}
@media (max-width:50rem){body{display:block}main{padding:1rem}nav{width:auto;position:static;max-height:none;border:0;border-top:1px solid #8884}}`
const layout = (from: string, title: string, body: string) =>
  `<!doctype html><html lang="${langOf(from) ?? "id"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title.replace(/</g, "&lt;")} · Pembinaan</title><style>${style}</style></head><body><a class="skip" href="#isi">Langsung ke isi / Skip to content</a><main id="isi">${body}</main>${nav(from)}</body></html>\n`
let scrollers = 0
/** Wide tables and code blocks scroll in a box that a keyboard can focus and a screen reader can name. */
const scrollable = (html: string) =>
  html
    .replace(
      /<table>/g,
      () => `<div class="scroll" tabindex="0" role="region" aria-label="Tabel ${++scrollers}"><table>`
    )
    .replace(/<\/table>/g, "</table></div>")
    .replace(/<pre>/g, () => `<pre tabindex="0" aria-label="Kode ${++scrollers}">`)
const rewriteLinks = (html: string) => scrollable(html.replace(/href="([^"#:]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"'))
for (const page of pages) {
  const md = texts.get(page) ?? ""
  const out = join(site, page.replace(/\.md$/, ".html"))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, layout(page, titleOf(md, page), rewriteLinks(marked.parse(md, { async: false }))))
}
const readme = readFileSync(join(root, "README.md"), "utf8").replace(/\(docs\//g, "(")
writeFileSync(
  join(site, "readme.html"),
  layout("readme.md", "Pembinaan (developers)", rewriteLinks(marked.parse(readme, { async: false })))
)
const front = readFileSync(join(docs, "index.md"), "utf8")
writeFileSync(
  join(site, "index.html"),
  layout("index.md", titleOf(front, "Pembinaan"), rewriteLinks(marked.parse(front, { async: false })))
)
console.log(`docs: ${pages.length} pages, the API and ${elements.length} components written to ${relative(root, site)}`)
if (!existsSync(join(site, "api/index.html"))) process.exit(1)
