import AwasPluginKit

/// The shell's own settings (`set NAME VALUE`); the language declares `lang`,
/// `asof`, `on-error` and `workspace` (`Interpreter.coreSettings`); plugins add theirs.
enum CoreSettings {
  static let all: [SettingSpec] = [
    SettingSpec(
      Names("wilayah.tahun-tidak-aktif", en: "region.inactive-years"), .int(1...20), default: .int(3),
      help: Text(
        "koperasi tanpa RAT selama sekian tahun dianggap tidak aktif",
        en: "a cooperative without a RAT for this many years counts as inactive")),
    SettingSpec(
      Names("format", en: "format"),
      .choice([Choice("table"), Choice("csv"), Choice("json"), Choice("markdown")]),
      default: .string("table"),
      help: Text("bentuk keluaran hasil", en: "how results are printed")),
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
  ]
}
