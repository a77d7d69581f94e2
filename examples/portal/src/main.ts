import { mountPortal } from "./app.js"

// The demo portal runs on @pembinaan/server (proxied at /api by the vite dev server): sign in as a demo user first.
const root = document.querySelector<HTMLElement>("#app")
if (root) void mountPortal(root, { server: true })
