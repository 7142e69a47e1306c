/// The per-loan inputs of the loan engine, read from `pinjaman` once.
struct LoanColumns {
  var cair: ContiguousArray<Int32>
  var due: ContiguousArray<DueDates>
  var plafon: ContiguousArray<Int64>
  var collateral: ContiguousArray<Int64>
  var terms: ContiguousArray<LoanTerms>
  var writtenOff: Bitset

  /// An unschedulable placeholder (`tenor == 0`).
  static let noTerms = LoanTerms(unschedulable: ())

  init(_ t: Table) {
    let n = t.rowCount
    let cairCol = t.dayColumn("tanggal_cair")
    let plafonCol = t.int64Column("plafon")
    let jaminanCol = t.int64Column("nilai_jaminan")
    let tenorCol = t.int64Column("tenor_bulan")
    let rateCol = t.doubleColumn("bunga_persen_bulan")
    let metode = t.codeColumn("metode") { Metode(text: $0)?.rawValue ?? 0 }
    let status = t.codeColumn("status") { s in
      switch Table.normalize(s).replacing("_", with: "") {
      case "hapusbuku", "writeoff", "writtenoff", "dihapusbukukan": return 1
      default: return 0
      }
    }

    cair = makeArray(n) { out in
      for i in 0..<n {
        if let c = cairCol, !(c.nulls?[i] ?? false) { out[i] = c.values[i] } else { out[i] = .min }
      }
    }
    plafon = makeArray(n) { out in
      for i in 0..<n {
        if let c = plafonCol, !(c.nulls?[i] ?? false), c.values[i] >= 0 { out[i] = c.values[i] } else {
          out[i] = -1
        }
      }
    }
    collateral = makeArray(n) { out in
      for i in 0..<n {
        if let c = jaminanCol, !(c.nulls?[i] ?? false) { out[i] = max(0, c.values[i]) } else { out[i] = 0 }
      }
    }
    var off = Bitset(count: n)
    if let status { for i in 0..<n where status[i] == 1 { off[i] = true } }
    writtenOff = off

    let cairs = cair, plafons = plafon
    due = makeArray(n) { out in
      Parallel.forEachChunk(n) { range in
        for i in range { out[i] = DueDates(Day(serial: cairs[i] == .min ? 0 : cairs[i])) }
      }
    }
    terms = makeArray(n) { out in
      Parallel.forEachChunk(n, minimum: 8_192) { range in
        for i in range {
          var t = LoanColumns.noTerms
          if cairs[i] != .min, plafons[i] > 0, let m = metode.flatMap({ Metode(rawValue: $0[i]) }),
            let tc = tenorCol, !(tc.nulls?[i] ?? false),
            let tenor = Int(exactly: tc.values[i]),
            let rate = LoanColumns.rate(rateCol, i),
            let made = LoanTerms(metode: m, plafon: plafons[i], tenor: tenor, rate: rate)
          {
            t = made
          }
          out[i] = t
        }
      }
    }
  }

  /// The monthly rate of loan `i` in 1/10,000 %: an empty rate (or no rate
  /// column) is 0, an impossible one nil.
  static func rate(_ c: (values: ContiguousArray<Double>, nulls: Bitset?)?, _ i: Int) -> Int64? {
    guard let c, !(c.nulls?[i] ?? false) else { return 0 }
    return RupiahMath.rateUnits(percent: c.values[i])
  }
}
