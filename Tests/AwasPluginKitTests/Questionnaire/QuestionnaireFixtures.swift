import AwasPluginKit
import Foundation

/// A small checklist: two groups, four questions, one pre-fillable.
func sampleChecklist() throws -> Checklist {
  try Checklist.load(RuleFile(text: """
    id = "contoh"
    judul = "Daftar contoh"
    judul_en = "Sample list"

    [[kelompok]]
    id = "a"
    label = "Kelompok A"
    label_en = "Group A"

    [[kelompok]]
    id = "b"
    label = "Kelompok B"
    label_en = "Group B"

    [[pertanyaan]]
    id = "a.1"
    kelompok = "a"
    teks = "Ada visi tertulis?"
    teks_en = "Is there a written vision?"
    penjelasan = "Dokumen visi."
    penjelasan_en = "A vision document."

    [[pertanyaan]]
    id = "a.2"
    kelompok = "a"
    teks = "Ada rencana?"
    teks_en = "Is there a plan?"
    penjelasan = "Rencana kerja."
    penjelasan_en = "A work plan."
    isian = "rencana"

    [[pertanyaan]]
    id = "b.1"
    kelompok = "b"
    teks = "Ada SOP?"
    teks_en = "Is there an SOP?"
    penjelasan = "SOP tertulis."
    penjelasan_en = "A written SOP."

    [[pertanyaan]]
    id = "b.2"
    kelompok = "b"
    teks = "SOP dijalankan?"
    teks_en = "Is the SOP followed?"
    penjelasan = "Contoh berkas."
    penjelasan_en = "Sampled files."
    """, file: "contoh.toml"))
}

func scratchWorkspace(_ label: String = #function) -> Workspace {
  let name = "awas-q-\(label.filter { $0.isLetter })-\(UUID().uuidString.prefix(8))"
  return Workspace(path: FileManager.default.temporaryDirectory.appendingPathComponent(name).path)
}
