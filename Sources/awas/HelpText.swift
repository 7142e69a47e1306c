import AwasPluginKit

/// The words ArgumentParser writes itself (headings, its own option texts and
/// command-line errors) in the language of `--help` (``helpLanguage``); the
/// texts awas declares are already in it.
enum HelpText {
  /// Indonesian for each English phrase ArgumentParser may print, longest first
  /// where one contains another.
  static let indonesian: [(String, String)] = [
    ("OVERVIEW:", "IKHTISAR:"),
    ("USAGE:", "PENGGUNAAN:"),
    ("ARGUMENTS:", "ARGUMEN:"),
    ("OPTIONS:", "OPSI:"),
    ("SUBCOMMANDS:", "SUBPERINTAH:"),
    ("Show the version.", "Tampilkan versi."),
    ("Show help information.", "Tampilkan bantuan ini."),
    ("(default: ", "(bawaan: "),
    ("Error: ", "Galat: "),
    ("Usage: ", "Penggunaan: "),
    ("Help: ", "Bantuan: "),
    ("for more information.", "untuk keterangan lebih lanjut."),
    ("See '", "Lihat '"),
    ("Unknown option", "Opsi tidak dikenal"),
    ("Missing value for", "Nilai belum diberikan untuk"),
    ("Missing expected argument", "Argumen yang diperlukan belum diberikan:"),
    ("Unexpected argument", "Argumen tak terduga"),
    ("The value", "Nilai"),
    ("is invalid for", "tidak sah untuk"),
  ]

  /// `message` with ArgumentParser's own English in the help language.
  static func localized(_ message: String, _ language: Language = helpLanguage) -> String {
    guard language == .id else { return message }
    var s = message
    for (en, id) in indonesian { s = s.replacing(en, with: id) }
    return s
  }
}
