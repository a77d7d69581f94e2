// The PHP example of docs/widgets/frameworks.md, rendered with php-cli: the elements are there, the inline JSON is
// escaped so that no value can close the data block, and it decodes back to the data.
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const template = fileURLToPath(new URL("../php/kinerja.php", import.meta.url))
const php = spawnSync("php", ["--version"], { encoding: "utf8" })
const hasPhp = php.status === 0

const render = (scorecard, ticket) =>
  spawnSync(
    "php",
    [
      "-r",
      `$scorecard = json_decode(stream_get_contents(STDIN), true); $csrf = "csrf-1"; $ticket = getenv("TICKET"); include ${JSON.stringify(template)};`
    ],
    { input: JSON.stringify(scorecard), encoding: "utf8", env: { ...process.env, TICKET: ticket } }
  )

describe.skipIf(!hasPhp)("examples/plain-html/php/kinerja.php (php-cli)", () => {
  it("renders the elements with escaped inline JSON that decodes back to the data", () => {
    const scorecard = {
      employee: { name: 'Siti </script><script>alert("x")</script> & "Rahma"' },
      evaluation: { predikat: "Baik", note: "<!-- -->" }
    }
    const out = render(scorecard, 'PBG-1"><script>alert(1)</script>')
    expect(out.status, out.stderr).toBe(0)
    const html = out.stdout
    expect(html).toContain('<script type="module" src="/assets/pembinaan/pembinaan-widgets.js"></script>')
    expect(html).toContain('<asn-policy-view preset="bukittinggi"></asn-policy-view>')
    const block = /<asn-scorecard>\s*<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)
    expect(block).not.toBeNull()
    const json = block?.[1] ?? ""
    expect(json).not.toContain("<")
    expect(JSON.parse(json)).toEqual(scorecard)
    // the ticket attribute is escaped too
    expect(html).toContain('ticket="PBG-1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(html.match(/<script/g)).toHaveLength(2)
  })
})

if (!hasPhp) console.warn("php-cli is not installed: the PHP template test is skipped (apt-get install php-cli)")
