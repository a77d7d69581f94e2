import type { Employee, Unit } from "@pembinaan/core"

// A small region: Dinas Kesehatan (one bidang, one seksi) and Kecamatan Utara (remote).
export const tree: Unit.Tree = {
  region: "Kabupaten Contoh",
  units: [
    { id: "dinkes", name: "Dinas Kesehatan", level: "perangkat-daerah", remote: false, ikm: 82.5 },
    { id: "dinkes-yankes", name: "Bidang Pelayanan Kesehatan", level: "unit-kerja", parent: "dinkes", remote: false },
    {
      id: "dinkes-yankes-rujukan",
      name: "Seksi Rujukan",
      level: "unit-kerja",
      parent: "dinkes-yankes",
      remote: false,
      indicators: [{ id: "iku-1", name: "Rujukan tepat waktu", target: 90, satuan: "%" }]
    },
    { id: "kec-utara", name: "Kecamatan Utara", level: "perangkat-daerah", remote: true }
  ]
}

export const KADIS = "197501012000031001"
export const KABID = "198003152005012002"
export const STAFF = "199001012020011001"
export const PEER = "199505052021012003"
export const CAMAT = "197707072002121004"

const jab = (kind: "struktural" | "fungsional" | "pelaksana", name: string, kelas: number, jenjang?: string) =>
  jenjang === undefined ? { kind, name, kelas } : { kind, name, kelas, jenjang }

export const directory = [
  {
    nip: KADIS,
    name: "dr. Kepala Dinas",
    status: "PNS",
    placements: [{ from: "2020-01-01", unit: "dinkes", jabatan: jab("struktural", "Kepala Dinas", 14, "JPT Pratama") }]
  },
  {
    nip: KABID,
    name: "Kepala Bidang",
    status: "PNS",
    placements: [
      {
        from: "2021-01-01",
        unit: "dinkes-yankes",
        jabatan: jab("struktural", "Kepala Bidang", 11, "Administrator"),
        atasan: KADIS
      }
    ]
  },
  {
    nip: STAFF,
    name: "Budi Pegawai",
    status: "PNS",
    placements: [
      {
        from: "2020-01-01",
        until: "2025-12-31",
        unit: "kec-utara",
        jabatan: jab("pelaksana", "Pengadministrasi Umum", 5),
        atasan: CAMAT
      },
      {
        from: "2026-01-01",
        unit: "dinkes-yankes-rujukan",
        jabatan: jab("fungsional", "Perawat", 8, "Ahli Pertama"),
        atasan: KABID
      }
    ]
  },
  {
    nip: PEER,
    name: "Rekan Sejawat",
    status: "PPPK",
    placements: [
      { from: "2021-01-01", unit: "dinkes-yankes", jabatan: jab("fungsional", "Perawat", 7, "Terampil"), atasan: KABID }
    ]
  },
  {
    nip: CAMAT,
    name: "Camat Utara",
    status: "PNS",
    placements: [{ from: "2019-01-01", unit: "kec-utara", jabatan: jab("struktural", "Camat", 11, "Administrator") }]
  }
] as unknown as Employee.Directory
