import AwasPluginKit

extension SchemeLoader {
  /// Every name in every formula must be a named input, a pos, or a loan figure;
  /// named inputs must not depend on themselves.
  mutating func validateNames(_ scheme: inout Scheme) {
    let loanNames = LoanFigures.names + scheme.classWeights.keys.map { "pinjaman.\($0)" }
    let all = Array(scheme.inputs.keys) + PosVocabulary.names + loanNames
    func check(_ f: Choosable<[FigureTerm]>, at place: RuleReader.Place, key: String) {
      for t in Self.terms(f) where scheme.inputs[t.name] == nil && PosVocabulary.entry(t.name) == nil && !loanNames.contains(t.name) {
        let near = Suggest.closest(t.name, among: all)
        reader.problem(
          Text("`\(t.name)` bukan masukan, pos, atau angka pinjaman yang dikenal" + (near.map { "; maksud Anda `\($0)`?" } ?? ""),
               en: "`\(t.name)` is not a known input, pos or loan figure" + (near.map { "; did you mean `\($0)`?" } ?? "")),
          at: place, key: key)
      }
    }
    for (i, id) in scheme.inputOrder.enumerated() {
      if let def = scheme.inputs[id] { check(def.formula, at: RuleReader.Place(table: "masukan", index: i), key: "rumus") }
    }
    for (i, c) in scheme.components.enumerated() {
      guard case .ratio(let n, let d, _) = c.kind else { continue }
      let place = RuleReader.Place(table: "komponen", index: i)
      check(n, at: place, key: "pembilang")
      check(d, at: place, key: "penyebut")
    }
    // Cycles among named inputs.
    for (i, id) in scheme.inputOrder.enumerated() {
      var stack = [id]
      var seen: Set<String> = []
      var cycle = false
      while let n = stack.popLast() {
        guard let def = scheme.inputs[n] else { continue }
        for t in Self.terms(def.formula) where scheme.inputs[t.name] != nil {
          if t.name == id { cycle = true }
          if seen.insert(t.name).inserted { stack.append(t.name) }
        }
      }
      if cycle {
        reader.problem(
          Text("masukan `\(id)` bergantung pada dirinya sendiri", en: "input `\(id)` depends on itself"),
          at: RuleReader.Place(table: "masukan", index: i), key: "rumus")
        scheme.inputs[id] = nil
      }
    }
  }

  /// Component weights add up to their aspect's, and aspects to 100.
  mutating func validateWeights(_ scheme: Scheme) {
    for (i, a) in scheme.aspects.enumerated() {
      let sum = scheme.components(of: a.id).reduce(Decimal4.zero) { $0 + $1.weight }
      if sum != a.weight {
        reader.problem(
          Text("bobot komponen aspek `\(a.id)` berjumlah \(sum), bukan \(a.weight)",
               en: "the component weights of aspect `\(a.id)` add up to \(sum), not \(a.weight)"),
          at: RuleReader.Place(table: "aspek", index: i), key: "bobot")
      }
    }
    let total = scheme.aspects.reduce(Decimal4.zero) { $0 + $1.weight }
    if !scheme.aspects.isEmpty, total != .hundred {
      reader.problem(
        Text("bobot aspek berjumlah \(total), bukan 100", en: "the aspect weights add up to \(total), not 100"),
        at: RuleReader.Place(table: "aspek", index: 0))
    }
  }

  static func terms(_ f: Choosable<[FigureTerm]>) -> [FigureTerm] {
    switch f {
    case .fixed(let t): return t
    case .byOption(_, let m): return m.keys.sorted().flatMap { m[$0] ?? [] }
    }
  }
}
