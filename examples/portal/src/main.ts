import { mountPortal } from "./app.js"

const root = document.querySelector<HTMLElement>("#app")
if (root) void mountPortal(root)
