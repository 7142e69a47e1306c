import AwasPluginKit

/// The table of inputs behind a figure: every term, and under it the accounts
/// (kode_akun, nama_akun, pos, amount) or the loan sum it came from.
enum ExplainInputs {
  static func table(_ parts: [(Text, FormulaResult)], _ l: Language) -> Table {
    let en = l == .en
    var b = TableBuilder(
      en ? "inputs" : "masukan",
      [
        (en ? "part" : "bagian", .string), (en ? "term" : "suku", .string), ("kode_akun", .string), ("nama_akun", .string),
        ("pos", .string), (en ? "amount" : "jumlah", .money), (en ? "contribution" : "kontribusi", .money),
        (en ? "note" : "catatan", .string),
      ])
    for (label, r) in parts { add(&b, part: label(l), prefix: "", r, l) }
    return b.build()
  }

  static func add(_ b: inout TableBuilder, part: String, prefix: String, _ r: FormulaResult, _ l: Language) {
    for line in r.lines {
      let term = prefix + line.term.description
      b.append([
        .string(part), .string(term), .null, .null, .null, line.base.map(Value.money) ?? .null,
        line.amount.map(Value.money) ?? .null, line.note.map { .string($0(l)) } ?? .null,
      ])
      switch line.source {
      case .accounts(let accounts)?:
        for a in accounts {
          b.append([
            .string(part), .string("  · " + line.term.name), .string(a.kodeAkun), .string(a.namaAkun),
            .string(a.pos), .money(a.amount), .null, .string("\(a.table).csv saldo"),
          ])
        }
      case .derived(let t)?:
        b.append([.string(part), .string("  · " + line.term.name), .null, .null, .null, .null, .null, .string(t(l))])
      case .formula(let name, let inner)?:
        add(&b, part: part, prefix: prefix + name + " › ", inner, l)
      case nil: break
      }
    }
  }
}

/// The band table (or the line) of a scale, with the row the ratio fell in marked.
enum ExplainScale {
  static func blocks(_ s: Scale, weight: Decimal4, hit: Int?, ratio: RatioValue?, _ l: Language) -> [OutputBlock] {
    let en = l == .en
    switch s.kind {
    case .bands(let bands):
      var b = TableBuilder(
        en ? "bands" : "pita",
        [(en ? "range" : "rentang", .string), (en ? "reads" : "artinya", .string), (en ? "value" : "nilai", .double),
         (en ? "score" : "skor", .double), (en ? "match" : "cocok", .string)])
      for (i, band) in bands.enumerated() {
        let skor = Decimal4(raw: FixedMath.mulDiv(band.nilai.raw, weight.raw, Decimal4.scale * 100) ?? 0)
        b.append([
          .string(band.interval.description), .string(band.interval.reading), .double(band.nilai.double),
          .double(skor.double), i == hit ? .string("◀ " + (ratio?.display(l) ?? "")) : .null,
        ])
      }
      var out: [OutputBlock] = [.table(b.build(), title: Text("Pita nilai (skala \(s.id))", en: "Value bands (scale \(s.id))")(l))]
      if let basis = s.basis { out.append(.text(Text("Dasar pita: ", en: "Basis of the bands: ")(l) + basis(l))) }
      return out
    case .linear(let lin):
      var out: [OutputBlock] = [.text(Text("Skala linear \(s.id): ", en: "Linear scale \(s.id): ")(l) + lin.formula(l))]
      if let basis = s.basis { out.append(.text(Text("Dasar: ", en: "Basis: ")(l) + basis(l))) }
      return out
    }
  }
}
