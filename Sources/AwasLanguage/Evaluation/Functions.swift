import AwasPluginKit

/// A function callable in expressions.
public struct FunctionSpec: Sendable {
  /// Indonesian and English names; `names.en` is the key.
  public let names: Names
  /// How many arguments it takes.
  public let arity: ClosedRange<Int>
  /// Whether it reduces a column to one value (`sum`, `count`…).
  public let isAggregate: Bool
  /// One line of help.
  public let summary: Text
  /// How it is called, for help and errors (`round(x, digits)`).
  public let usage: String
}

/// The functions of the language (see docs/language.md, "Functions").
public enum Functions {
  /// Every function, scalar functions first.
  public static let all: [FunctionSpec] = [
    FunctionSpec(names: Names("mutlak", en: "abs"), arity: 1...1, isAggregate: false,
      summary: Text("nilai mutlak", en: "absolute value"), usage: "abs(x)"),
    FunctionSpec(names: Names("bulatkan", en: "round"), arity: 1...2, isAggregate: false,
      summary: Text("membulatkan; rupiah ke rupiah penuh, atau ke `digit` desimal (negatif: puluhan, ribuan…)",
        en: "rounds; rupiah to whole rupiah, or to `digits` decimals (negative: tens, thousands…)"),
      usage: "round(x, digits)"),
    FunctionSpec(names: Names("tahun", en: "year"), arity: 1...1, isAggregate: false,
      summary: Text("tahun sebuah tanggal", en: "the year of a date"), usage: "year(date)"),
    FunctionSpec(names: Names("bulan", en: "month"), arity: 1...1, isAggregate: false,
      summary: Text("bulan (1–12) sebuah tanggal", en: "the month (1–12) of a date"), usage: "month(date)"),
    FunctionSpec(names: Names("hari", en: "day"), arity: 1...1, isAggregate: false,
      summary: Text("tanggal (1–31) dalam bulan", en: "the day of the month (1–31)"), usage: "day(date)"),
    FunctionSpec(names: Names("selisih_hari", en: "days"), arity: 2...2, isAggregate: false,
      summary: Text("jumlah hari dari tanggal pertama ke tanggal kedua", en: "days from the first date to the second"),
      usage: "days(from, to)"),
    FunctionSpec(names: Names("per_tanggal", en: "asof"), arity: 0...0, isAggregate: false,
      summary: Text("tanggal posisi dataset (atur asof)", en: "the dataset's as-of date (set asof)"), usage: "asof()"),
    FunctionSpec(names: Names("huruf_kecil", en: "lower"), arity: 1...1, isAggregate: false,
      summary: Text("teks dalam huruf kecil", en: "text in lower case"), usage: "lower(text)"),
    FunctionSpec(names: Names("huruf_besar", en: "upper"), arity: 1...1, isAggregate: false,
      summary: Text("teks dalam huruf besar", en: "text in upper case"), usage: "upper(text)"),
    FunctionSpec(names: Names("panjang", en: "len"), arity: 1...1, isAggregate: false,
      summary: Text("jumlah karakter teks", en: "number of characters"), usage: "len(text)"),
    FunctionSpec(names: Names("bila_kosong", en: "coalesce"), arity: 2...16, isAggregate: false,
      summary: Text("nilai pertama yang tidak kosong", en: "the first value that is not null"),
      usage: "coalesce(a, b, …)"),
    FunctionSpec(names: Names("jumlah", en: "sum"), arity: 1...1, isAggregate: true,
      summary: Text("jumlah sebuah kolom", en: "total of a column"), usage: "sum(table.column)"),
    FunctionSpec(names: Names("hitung", en: "count"), arity: 0...1, isAggregate: true,
      summary: Text("jumlah baris (tabel) atau nilai tidak kosong (kolom)", en: "rows (table) or non-null values (column)"),
      usage: "count(table)"),
    FunctionSpec(names: Names("rata", en: "avg", aliases: ["rata_rata", "mean"]), arity: 1...1, isAggregate: true,
      summary: Text("rata-rata sebuah kolom", en: "mean of a column"), usage: "avg(table.column)"),
    FunctionSpec(names: Names("terkecil", en: "min", aliases: ["minimum"]), arity: 1...1, isAggregate: true,
      summary: Text("nilai terkecil", en: "smallest value"), usage: "min(table.column)"),
    FunctionSpec(names: Names("terbesar", en: "max", aliases: ["maks", "maximum"]), arity: 1...1, isAggregate: true,
      summary: Text("nilai terbesar", en: "largest value"), usage: "max(table.column)"),
  ]

  /// The function called `name` in either language.
  public static func lookup(_ name: String) -> FunctionSpec? { all.first { $0.names.matches(name) } }

  /// Every name of every function.
  public static var allNames: [String] { all.flatMap(\.names.all) }
}
