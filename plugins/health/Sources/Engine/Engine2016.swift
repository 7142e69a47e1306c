import AwasPluginKit

/// Scores Perdep 06/Per/Dep.6/IV/2016 (and 07/2016 syariah): every ratio is
/// rounded once to two decimals of a percent, looked up in its scale;
/// skor = nilai × bobot / 100; the total is the sum; the category is the
/// band of the total.
struct Engine2016: HealthEngine {
  let id = "2016"

  func assess(_ scheme: Scheme, _ input: EngineInput) -> Assessment {
    let results = scheme.components.map { c -> ComponentResult in
      switch c.kind {
      case .ratio(let n, let d, let s): return ratio(c, n, d, s, input)
      case .questionnaire(let list, let group): return questionnaire(c, list, group, input)
      }
    }
    var aspects: [AspectResult] = []
    for a in scheme.aspects {
      let rs = results.filter { $0.component.aspect == a.id }
      let skor = rs.compactMap(\.skor).reduce(Decimal4.zero, +)
      let pct = (skor / a.weight).map { ($0 * .hundred).rounded(.round, places: 2) }
      aspects.append(
        AspectResult(
          aspect: a, skor: skor, complete: rs.allSatisfy(\.complete), percent: pct,
          category: pct.flatMap { p in scheme.categories.first { $0.interval.contains(.finite(p)) } }))
    }
    let total = aspects.map(\.skor).reduce(Decimal4.zero, +)
    let doubt = results.map(\.weightInDoubt).reduce(Decimal4.zero, +)
    let complete = results.allSatisfy(\.complete)
    func category(_ x: Decimal4) -> Category? { scheme.categories.first { $0.interval.contains(.finite(x)) } }
    return Assessment(
      scheme: scheme, options: input.figures.options, period: input.period, asOf: input.asOf, components: results,
      aspects: aspects, total: total, category: category(total), complete: complete, weightInDoubt: doubt,
      bestCategory: complete ? nil : category(total + doubt))
  }

  func ratio(
    _ c: Component, _ n: Choosable<[FigureTerm]>, _ d: Choosable<[FigureTerm]>, _ s: Choosable<String>,
    _ input: EngineInput
  ) -> ComponentResult {
    let options = input.figures.options
    var r = ComponentResult(component: c, complete: false)
    let (nt, nc) = n.resolve(options), (dt, dc) = d.resolve(options), (sid, sc) = s.resolve(options)
    r.choices = [nc, dc, sc].compactMap { $0 }
    for t in (nt ?? []) + (dt ?? []) {
      for ch in input.figures.scheme.choices(under: t.name, options) where !r.choices.contains(where: { $0 == ch }) {
        r.choices.append(ch)
      }
    }
    guard let nt, let dt, let sid, let scale = input.figures.scheme.scales[sid] else {
      r.notes.append(Text("alternatif yang dipilih tidak terdefinisi", en: "the chosen alternative is not defined"))
      return r
    }
    r.scale = scale
    let num = input.figures.evaluate(nt), den = input.figures.evaluate(dt)
    r.numerator = num
    r.denominator = den
    var zeroed = num.zeroed + den.zeroed
    zeroed = zeroed.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    guard let a = num.total, let b = den.total else {
      let reasons = (num.missing + den.missing)
      r.notes.append(Text("tidak lengkap: ", en: "incomplete: ") + join(reasons))
      return r
    }
    if !zeroed.isEmpty {
      let list = zeroed.joined(separator: ", ")
      r.notes.append(Text("dihitung 0 (tidak ada akun): \(list)", en: "counted as 0 (no account): \(list)"))
    }
    if b.sen < 0 {
      r.notes.append(Text(
        "penyebut negatif (\(b.text(.id))): rasio tidak bermakna, nilai perlu ditetapkan pemeriksa",
        en: "negative denominator (\(b.text(.en))): the ratio is meaningless; an examiner must score it"))
      return r
    }
    let x: RatioValue
    if b.sen == 0 {
      if a.sen == 0 {
        guard let z = c.zeroOverZero else {
          r.notes.append(Text("pembilang dan penyebut nol: rasio tak terdefinisi", en: "numerator and denominator are zero: no ratio"))
          return r
        }
        r.nilai = z
        r.skor = skor(z, c.weight)
        r.complete = true
        r.notes.append(Text("0/0: nilai \(z) menurut aturan", en: "0/0: nilai \(z) by the rules"))
        return r
      }
      x = a.sen > 0 ? .plusInfinity : .minusInfinity
      r.notes.append(Text("penyebut nol", en: "zero denominator"))
    } else if let bp = FixedMath.mulDiv(a.sen, 10_000, b.sen) {
      let (raw, overflow) = bp.multipliedReportingOverflow(by: 100)
      x = overflow ? (bp > 0 ? .plusInfinity : .minusInfinity) : .finite(Decimal4(raw: raw))
    } else {
      x = (a.sen >= 0) == (b.sen >= 0) ? .plusInfinity : .minusInfinity
    }
    r.ratio = x
    let (nilai, band) = scale.score(x)
    r.band = band
    r.nilai = nilai
    r.skor = skor(nilai, c.weight)
    r.complete = true
    return r
  }

  func questionnaire(_ c: Component, _ list: String, _ group: String, _ input: EngineInput) -> ComponentResult {
    var r = ComponentResult(component: c, complete: false)
    guard let checklist = input.checklists[list] else {
      r.notes.append(Text("kuesioner \(list) tidak ditemukan", en: "checklist \(list) not found"))
      return r
    }
    guard let answers = input.answers else {
      r.notes.append(Text("jawaban kuesioner hanya untuk tahun berjalan", en: "questionnaire answers apply to the current year only"))
      return r
    }
    let items = checklist.items(in: group)
    let sheet = answers[list] ?? AnswerSheet(checklist: list)
    let t = sheet.tally(items)
    r.tally = (t.yes, t.no, t.open, items.count)
    guard !items.isEmpty else { return r }
    let n = Int64(items.count), yes = Int64(t.yes)
    let pct = Decimal4(raw: (FixedMath.mulDiv(yes, 10_000, n) ?? 0) * 100)
    r.ratio = .finite(pct)
    r.nilai = pct
    r.skor = Decimal4(raw: FixedMath.mulDiv(yes, c.weight.raw, n) ?? 0)
    r.complete = t.open == 0
    if t.open > 0 {
      r.notes.append(Text(
        "\(t.open) dari \(items.count) pertanyaan belum dijawab (`sehat jawab`)",
        en: "\(t.open) of \(counted(items.count, "question", "questions")) unanswered (`health answer`)"))
    }
    return r
  }

  /// nilai × bobot / 100, to four decimals (half away from zero).
  func skor(_ nilai: Decimal4, _ weight: Decimal4) -> Decimal4 {
    Decimal4(raw: FixedMath.mulDiv(nilai.raw, weight.raw, Decimal4.scale * 100) ?? 0)
  }

  func join(_ texts: [Text]) -> Text {
    var seen: [Text] = []
    for t in texts where !seen.contains(t) { seen.append(t) }
    return Text(seen.map(\.id).joined(separator: "; "), en: seen.map(\.en).joined(separator: "; "))
  }
}
