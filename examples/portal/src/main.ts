import "@pembinaan/widgets/all.js"
import { setLocale } from "@pembinaan/widgets"

const form = document.querySelector<HTMLFormElement>("#ratings")
const predikat = document.querySelector("#predikat")
form?.addEventListener("change", () => {
  const data = new FormData(form)
  predikat?.setAttribute("hasil-kerja", String(data.get("hasilKerja")))
  predikat?.setAttribute("perilaku-kerja", String(data.get("perilakuKerja")))
})
document.querySelector<HTMLSelectElement>("#lang")?.addEventListener("change", (event) => {
  setLocale((event.target as HTMLSelectElement).value === "en" ? "en" : "id")
})
