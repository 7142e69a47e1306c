import AwasPluginKit

/// The shell's own settings (`set NAME VALUE`); plugins add theirs.
enum CoreSettings {
  static let all: [SettingSpec] = [
    SettingSpec(
      Names("format", en: "format"),
      .choice([Choice("table"), Choice("csv"), Choice("json"), Choice("markdown")]),
      default: .string("table"),
      help: Text("bentuk keluaran hasil", en: "how results are printed")),
    SettingSpec(
      Names("bahasa", en: "lang", aliases: ["language"]),
      .choice([Choice(Names("id"), Text("Bahasa Indonesia", en: "Indonesian")), Choice(Names("en"), Text("Bahasa Inggris", en: "English"))]),
      default: .string("id"),
      help: Text("bahasa antarmuka", en: "interface language")),
    SettingSpec(
      Names("per-tanggal", en: "asof"),
      .date, default: .null,
      help: Text(
        "tanggal acuan umur pinjaman (bawaan: tanggal_laporan)",
        en: "the as-of date for loan ageing (default: tanggal_laporan)")),
    SettingSpec(
      Names("saat-galat", en: "on-error"),
      .choice([Choice(Names("berhenti", en: "stop"), Text("skrip berhenti pada galat pertama", en: "a script stops at the first error")),
               Choice(Names("lanjut", en: "continue"), Text("skrip jalan terus", en: "a script goes on"))]),
      default: .string("stop"),
      help: Text("apa yang dilakukan skrip saat galat", en: "what a script does on an error")),
    SettingSpec(
      Names("pewaktu", en: "timer"), .bool, default: .bool(false),
      help: Text("tampilkan lama tiap perintah", en: "show how long each statement took")),
    SettingSpec(
      Names("pager", en: "pager"), .bool, default: .bool(true),
      help: Text("hasil panjang lewat $PAGER (interaktif)", en: "page long results through $PAGER (interactive)")),
    SettingSpec(
      Names("editor", en: "editor"),
      .choice([Choice("emacs"), Choice("vi")]), default: .string("emacs"),
      help: Text("tombol penyunting baris", en: "line-editing keymap")),
    SettingSpec(
      Names("tampil-nik", en: "show-nik"), .bool, default: .bool(false),
      help: Text(
        "tampilkan NIK, no. KK dan telepon utuh (data pribadi, UU 27/2022)",
        en: "show NIK, family card and phone numbers unmasked (personal data, UU 27/2022)")),
    SettingSpec(
      Names("baris-maks", en: "max-rows"), .int(1...10_000_000), default: .int(200),
      help: Text("baris terbanyak yang ditampilkan sebagai tabel", en: "most rows shown in table format")),
    SettingSpec(
      Names("folder-kerja", en: "workspace"), .path(directory: true), default: .null,
      help: Text(
        "folder untuk jawaban, temuan dan log (bawaan: .awas di folder dataset)",
        en: "folder for answers, findings and the log (default: .awas in the dataset folder)")),
  ]
}
