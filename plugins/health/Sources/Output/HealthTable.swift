import AwasPluginKit

/// The assessment as one table: a row per component, a subtotal row per
/// aspect, and a total row (docs/health.md, "output").
enum HealthTable {
  static func columns(_ l: Language) -> [(String, ColumnType)] {
    let en = l == .en
    return [
      (en ? "row" : "baris", .string), (en ? "aspect" : "aspek", .string), (en ? "component" : "komponen", .string),
      (en ? "name" : "nama", .string), (en ? "ratio" : "rasio", .percent), (en ? "band" : "pita", .string),
      (en ? "value" : "nilai", .double), (en ? "weight" : "bobot", .double), (en ? "score" : "skor", .double),
      (en ? "category" : "predikat", .string), (en ? "options" : "pilihan", .string), (en ? "note" : "catatan", .string),
    ]
  }

  static func build(_ a: Assessment, _ l: Language) -> Table {
    var b = TableBuilder(l == .en ? "health" : "sehat", columns(l), primaryKey: l == .en ? "component" : "komponen")
    for asp in a.aspects {
      for r in a.components where r.component.aspect == asp.aspect.id {
        b.append([
          .string(l == .en ? "component" : "komponen"), .string(asp.aspect.label(l)), .string(r.component.id),
          .string(r.component.label(l)), r.ratio?.percentCell ?? .null, bandText(r, l).map(Value.string) ?? .null,
          r.nilai.map { .double($0.double) } ?? .null, .double(r.component.weight.double),
          r.skor.map { .double($0.double) } ?? .null, .null,
          r.choices.isEmpty ? .null : .string(r.choices.map { ch in
            let o = a.scheme.option(ch.option)
            return "\(o?.name(l) ?? ch.option)=\(o?.alternativeName(ch.alternative, l) ?? ch.alternative)"
          }.joined(separator: "; ")),
          note(r.notes, l),
        ])
      }
      b.append([
        .string(l == .en ? "aspect" : "aspek"), .string(asp.aspect.label(l)), .string(asp.aspect.id),
        .string((Text("Jumlah ", en: "Subtotal ") + asp.aspect.label)(l)), asp.percent.map { .percent(Double($0.raw) / 1_000_000) } ?? .null,
        .null, .null, .double(asp.aspect.weight.double), .double(asp.skor.double),
        asp.category.map { .string($0.label(l) + (asp.complete ? "" : "*")) } ?? .null, .null,
        asp.complete ? .null : .string(Text("tidak lengkap", en: "incomplete")(l)),
      ])
    }
    b.append([
      .string("total"), .null, .string("total"), .string(Text("Skor total", en: "Total score")(l)),
      .null, .null, .null, .double(100), .double(a.total.double),
      a.category.map { .string($0.label(l) + (a.complete ? "" : "*")) } ?? .null, .null,
      a.complete ? .null : .string(incompleteNote(a)(l)),
    ])
    var t = b.build()
    t.metadata["scheme"] = a.scheme.id
    t.metadata["asOf"] = a.asOf.description
    // On screen the row kind, the aspect name and the options are left out
    // (the options are listed below the table); csv and json keep them.
    t.metadata["display.hide"] = l == .en ? "row,aspect,options" : "baris,aspek,pilihan"
    return t
  }

  static func bandText(_ r: ComponentResult, _ l: Language) -> String? {
    if let t = r.tally { return Text("\(t.yes)/\(t.total) ya", en: "\(t.yes)/\(t.total) yes")(l) }
    guard let s = r.scale, r.ratio != nil else { return nil }
    switch s.kind {
    case .bands(let bands): return r.band.map { bands[$0].interval.description }
    case .linear: return "linear"
    }
  }

  static func note(_ notes: [Text], _ l: Language) -> Value {
    notes.isEmpty ? .null : .string(notes.map { $0(l) }.joined(separator: "; "))
  }

  /// `tidak lengkap: 2 komponen, 5 pertanyaan belum dijawab; paling tinggi 87,5 (Sehat)`.
  static func incompleteNote(_ a: Assessment) -> Text {
    let n = a.components.filter { !$0.complete && $0.tally == nil }.count
    let q = a.openQuestions
    let best = a.total + a.weightInDoubt
    var id = "tidak lengkap:", en = "incomplete:"
    if n > 0 {
      id += " \(n) komponen tanpa nilai"
      en += " " + counted(n, "component", "components") + " without a score"
    }
    if q > 0 {
      id += (n > 0 ? "," : "") + " \(q) pertanyaan belum dijawab"
      en += (n > 0 ? "," : "") + " " + counted(q, "question", "questions") + " unanswered"
    }
    let cat = a.bestCategory
    id += "; skor bisa sampai \(ValueFormatter.display(.double(best.double), .id))" + (cat.map { " (\($0.label.id))" } ?? "")
    en += "; the score could reach \(ValueFormatter.display(.double(best.double), .en))" + (cat.map { " (\($0.label.en))" } ?? "")
    return Text(id, en: en)
  }
}
