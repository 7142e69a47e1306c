/// One account of `neraca.csv` or `phu.csv` that a figure came from.
public struct AccountLine: Sendable, Hashable {
  /// `neraca` or `phu`.
  public var table: String
  public var kodeAkun: String
  public var namaAkun: String
  public var pos: String
  public var amount: Money
  public init(table: String, kodeAkun: String, namaAkun: String, pos: String, amount: Money) {
    self.table = table
    self.kodeAkun = kodeAkun
    self.namaAkun = namaAkun
    self.pos = pos
    self.amount = amount
  }
}

/// Which balance of `neraca`/`phu`: this year (`saldo_kini`) or last (`saldo_lalu`).
public enum BalancePeriod: String, Sendable, Hashable {
  case current, previous
  var column: String { self == .current ? "saldo_kini" : "saldo_lalu" }
}

/// The result of looking up a pos: the sum and its accounts, no account with
/// that pos, or a reason the figure cannot be known.
public enum PosLookup: Sendable, Hashable {
  case found(Money, [AccountLine])
  case absent
  case unavailable(Text)
}

/// Sums of `neraca`/`phu` balances by `pos`, keeping the accounts each sum came from.
public struct PosLedger: Sendable {
  private var lines: [String: [AccountLine]] = [:]
  private var statementProblem: [PosVocabulary.Statement: Text] = [:]
  private var nullRows: [String: [String]] = [:]
  public let period: BalancePeriod

  /// Reads `neraca` and `phu` of `dataset` for `period`.
  public init(dataset: Dataset, period: BalancePeriod) {
    self.period = period
    for s in [PosVocabulary.Statement.neraca, .phu] {
      guard let t = dataset.table(s.rawValue) else {
        statementProblem[s] = Text(
          "tabel \(s.rawValue) tidak ada di dataset", en: "the dataset has no \(s.rawValue) table")
        continue
      }
      let needed = ["pos", period.column]
      if let miss = needed.first(where: { t.column($0) == nil }) {
        statementProblem[s] = Text(
          "\(s.rawValue).csv tidak punya kolom \(miss)", en: "\(s.rawValue).csv has no column \(miss)")
        continue
      }
      read(t, statement: s)
    }
  }

  private mutating func read(_ t: Table, statement: PosVocabulary.Statement) {
    guard let pos = t.column("pos"), let saldo = t.column(period.column) else { return }
    let kode = t.column("kode_akun"), nama = t.column("nama_akun")
    let sen = saldo.int64s
    for r in 0..<t.rowCount {
      guard let p = pos.string(at: r).map({ Table.normalize($0) }), !p.isEmpty else { continue }
      let k = kode?.string(at: r) ?? kode.map { ValueFormatter.plain($0.value(at: r)) } ?? "\(r + 1)"
      if saldo.isNull(r) || sen == nil {
        nullRows[p, default: []].append(k)
        continue
      }
      let line = AccountLine(
        table: statement.rawValue, kodeAkun: k, namaAkun: nama?.string(at: r) ?? "", pos: p,
        amount: Money(sen: sen?[r] ?? 0))
      lines[p, default: []].append(line)
    }
  }

  /// The balance of every account with pos `name`, summed.
  public func lookup(_ name: String) -> PosLookup {
    let statement = PosVocabulary.entry(name)?.statement ?? .neraca
    let key = Table.normalize(name)
    if let nulls = nullRows[key], !nulls.isEmpty {
      let col = period.column
      return .unavailable(
        Text(
          "\(col) kosong pada akun \(nulls.joined(separator: ", ")) (pos \(name))",
          en: "\(col) is empty for account \(nulls.joined(separator: ", ")) (pos \(name))"))
    }
    if let found = lines[key], !found.isEmpty {
      return .found(found.reduce(Money.zero) { $0 + $1.amount }, found)
    }
    if let p = statementProblem[statement] { return .unavailable(p) }
    return .absent
  }

  /// Whether the statement holding `pos` could be read at all.
  public func isReadable(_ statement: PosVocabulary.Statement) -> Bool { statementProblem[statement] == nil }
}
