/// The per-loan inputs of the loan engine, read from `pinjaman` once.
struct LoanColumns {
  /// Disbursement day serials; `Int32.min` when unknown.
  var cair: FixedBuffer<Int32>
  var due: FixedBuffer<DueDates>
  /// Plafon in sen; -1 when unknown (null or negative).
  var plafon: FixedBuffer<Int64>
  /// Collateral in sen; 0 when none.
  var collateral: FixedBuffer<Int64>
  /// `tenor == 0` marks a loan that cannot be scheduled.
  var terms: FixedBuffer<LoanTerms>
  var writtenOff: FixedBuffer<Bool>

  init(_ t: Table) {
    let n = t.rowCount
    let cairB = FixedBuffer<Int32>(repeating: .min, count: n)
    if let c = t.dayColumn("tanggal_cair") {
      copy(c.values, into: cairB.pointer)
      c.nulls?.forEachSet { cairB.pointer[$0] = .min }
    }
    let plafonB = FixedBuffer<Int64>(repeating: -1, count: n)
    if let c = t.int64Column("plafon") {
      copy(c.values, into: plafonB.pointer)
      for i in 0..<n where plafonB.pointer[i] < 0 { plafonB.pointer[i] = -1 }
      c.nulls?.forEachSet { plafonB.pointer[$0] = -1 }
    }
    let collateralB = FixedBuffer<Int64>(repeating: 0, count: n)
    if let c = t.int64Column("nilai_jaminan") {
      copy(c.values, into: collateralB.pointer)
      for i in 0..<n where collateralB.pointer[i] < 0 { collateralB.pointer[i] = 0 }
      c.nulls?.forEachSet { collateralB.pointer[$0] = 0 }
    }
    let writtenOffB = FixedBuffer<Bool>(repeating: false, count: n)
    let status = t.codeColumn("status") { s in
      switch Table.normalize(s).replacing("_", with: "") {
      case "hapusbuku", "writeoff", "writtenoff", "dihapusbukukan": return 1
      default: return 0
      }
    }
    if let status { for i in 0..<n where status[i] == 1 { writtenOffB.pointer[i] = true } }

    // Tenor (0 = unknown) and rate (1/10,000 %; -1 = impossible; empty = 0).
    var tenor = ContiguousArray<Int32>(repeating: 0, count: n)
    if let c = t.int64Column("tenor_bulan") {
      for i in 0..<n { tenor[i] = Int32(clamping: c.values[i]) }
      c.nulls?.forEachSet { tenor[$0] = 0 }
    }
    var rate = ContiguousArray<Int64>(repeating: 0, count: n)
    if let c = t.doubleColumn("bunga_persen_bulan") {
      for i in 0..<n { rate[i] = RupiahMath.rateUnits(percent: c.values[i]) ?? -1 }
      c.nulls?.forEachSet { rate[$0] = 0 }
    }
    let metode = t.codeColumn("metode") { Metode(text: $0)?.rawValue ?? 0 }
      ?? ContiguousArray(repeating: 0, count: n)

    cair = cairB
    plafon = plafonB
    collateral = collateralB
    writtenOff = writtenOffB
    let c = cairB.pointer, p = plafonB.pointer
    due = FixedBuffer(count: n) { out in
      Parallel.forEachChunk(n) { range in
        for i in range { out[i] = DueDates(Day(serial: c[i] == .min ? 0 : c[i])) }
      }
    }
    terms = FixedBuffer(count: n) { out in
      Parallel.forEachChunk(n, minimum: 8_192) { range in
        for i in range {
          var made: LoanTerms? = nil
          if c[i] != .min, let m = Metode(rawValue: metode[i]) {
            made = LoanTerms(metode: m, plafon: p[i], tenor: Int(tenor[i]), rate: rate[i])
          }
          out[i] = made ?? LoanTerms(unschedulable: ())
        }
      }
    }
  }
}

/// Copies `values` into the start of `buffer` (which is at least as long).
private func copy<T>(_ values: ContiguousArray<T>, into buffer: UnsafeMutableBufferPointer<T>) {
  values.withUnsafeBufferPointer { src in
    if let s = src.baseAddress, let d = buffer.baseAddress {
      d.update(from: s, count: min(src.count, buffer.count))
    }
  }
}

extension Bitset {
  /// Calls `body` with the index of every set bit, in order.
  func forEachSet(_ body: (Int) -> Void) {
    for (w, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        body(w * 64 + bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
  }
}
