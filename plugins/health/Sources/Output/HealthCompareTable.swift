import AwasPluginKit

/// Last year beside this year: per component and aspect, ratio and score of both.
enum HealthCompareTable {
  static func build(_ now: Assessment, _ before: Assessment, _ l: Language) -> Table {
    let en = l == .en
    let y1 = now.asOf.year, y0 = before.asOf.year
    var b = TableBuilder(
      en ? "health_compare" : "sehat_banding",
      [
        (en ? "row" : "baris", .string), (en ? "component" : "komponen", .string), (en ? "name" : "nama", .string),
        (en ? "weight" : "bobot", .double),
        ((en ? "ratio_" : "rasio_") + "\(y0)", .percent), ((en ? "score_" : "skor_") + "\(y0)", .double),
        ((en ? "ratio_" : "rasio_") + "\(y1)", .percent), ((en ? "score_" : "skor_") + "\(y1)", .double),
        (en ? "change" : "selisih", .double),
        ((en ? "category_" : "predikat_") + "\(y0)", .string), ((en ? "category_" : "predikat_") + "\(y1)", .string),
        (en ? "note" : "catatan", .string),
      ], primaryKey: en ? "component" : "komponen")
    func diff(_ a: Decimal4?, _ b: Decimal4?) -> Value {
      guard let a, let b else { return .null }
      return .double((a - b).double)
    }
    for asp in now.aspects {
      for r in now.components where r.component.aspect == asp.aspect.id {
        let p = before.result(r.component.id)
        let notes = (p?.notes ?? []).map { Text("\(y0): ", en: "\(y0): ") + $0 } + r.notes.map { Text("\(y1): ", en: "\(y1): ") + $0 }
        b.append([
          .string(en ? "component" : "komponen"), .string(r.component.id), .string(r.component.label(l)),
          .double(r.component.weight.double), p?.ratio?.percentCell ?? .null, p?.skor.map { .double($0.double) } ?? .null,
          r.ratio?.percentCell ?? .null, r.skor.map { .double($0.double) } ?? .null, diff(r.skor, p?.skor),
          .null, .null, HealthTable.note(notes, l),
        ])
      }
      let pa = before.aspect(asp.aspect.id)
      b.append([
        .string(en ? "aspect" : "aspek"), .string(asp.aspect.id), .string(asp.aspect.label(l)),
        .double(asp.aspect.weight.double), pa?.percent.map { .percent(Double($0.raw) / 1_000_000) } ?? .null,
        pa.map { .double($0.skor.double) } ?? .null, asp.percent.map { .percent(Double($0.raw) / 1_000_000) } ?? .null,
        .double(asp.skor.double), diff(asp.skor, pa?.skor),
        pa?.category.map { .string($0.label(l) + ((pa?.complete ?? false) ? "" : "*")) } ?? .null,
        asp.category.map { .string($0.label(l) + (asp.complete ? "" : "*")) } ?? .null, .null,
      ])
    }
    b.append([
      .string("total"), .string("total"), .string(Text("Skor total", en: "Total score")(l)), .double(100),
      .percent(Double(before.total.raw) / 1_000_000), .double(before.total.double), .percent(Double(now.total.raw) / 1_000_000),
      .double(now.total.double), diff(now.total, before.total),
      before.category.map { .string($0.label(l) + (before.complete ? "" : "*")) } ?? .null,
      now.category.map { .string($0.label(l) + (now.complete ? "" : "*")) } ?? .null,
      HealthTable.note(
        (before.complete ? [] : [Text("\(y0): ", en: "\(y0): ") + HealthTable.incompleteNote(before)])
          + (now.complete ? [] : [Text("\(y1): ", en: "\(y1): ") + HealthTable.incompleteNote(now)]), l),
    ])
    return b.build()
  }
}
