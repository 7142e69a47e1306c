import AwasPluginKit

extension Evaluator {
  /// Text comparison (exact, by Unicode order). Interned columns compare each
  /// distinct value once; `==` on plain text compares bytes.
  func stringCompare(_ op: CompareOp, _ col: Column, _ other: Vec) -> Bits {
    let n = col.count
    if case .constant(.string(let c)) = other {
      switch col.storage {
      case .dictionary(let codes, let values):
        let ok = values.map { op.holds($0, c) }
        return codes.withUnsafeBufferPointer { p in Bits(count: n) { ok[Int(p[$0])] } }
      case .text(let s) where op == .eq || op == .ne:
        let target = Array(c.utf8)
        let want = op == .eq
        return s.bytes.withUnsafeBufferPointer { bytes in
          s.offsets.withUnsafeBufferPointer { off in
            Bits(count: n) { i in
              let lo = Int(off[i]), hi = Int(off[i + 1])
              guard hi - lo == target.count else { return !want }
              for k in 0..<target.count where bytes[lo + k] != target[k] { return !want }
              return want
            }
          }
        }
      default:
        return Bits(count: n) { i in op.holds(col.string(at: i) ?? "", c) }
      }
    }
    let rhs = other.column("", count: n)
    return Bits(count: n) { i in op.holds(col.string(at: i) ?? "", rhs.string(at: i) ?? "") }
  }

  /// `x contains y`: case-insensitive substring test on text.
  func contains(_ l: Vec, _ r: Vec, span: Span) throws -> Vec {
    if l.isConstant && r.isConstant {
      let one = try contains(l, r, rows: 1, span: span)
      return .constant(one.t[0] ? .bool(true) : (one.f[0] ? .bool(false) : .null))
    }
    return fold(try contains(l, r, rows: rows, span: span))
  }

  private func contains(_ l: Vec, _ r: Vec, rows: Int, span: Span) throws -> Logic {
    guard l.type == .string || l.type == nil, r.type == .string || r.type == nil else {
      let bad = l.type == .string ? r.type : l.type
      throw Diagnostic(Messages.containsNeedsText(bad), span: span, hint: Messages.containsHint)
    }
    if case .constant(.null) = l { return .constant(nil, count: rows) }
    if case .constant(.null) = r { return .constant(nil, count: rows) }
    let col = l.column("", count: rows)
    let nulls = union(col.nullBits, r.isConstant ? nil : r.column("", count: rows).nullBits)
    let cmp: Bits
    if case .constant(.string(let needle)) = r {
      let lower = needle.lowercased()
      switch col.storage {
      case .dictionary(let codes, let values):
        let ok = values.map { lower.isEmpty || $0.lowercased().contains(lower) }
        cmp = codes.withUnsafeBufferPointer { p in Bits(count: rows) { ok[Int(p[$0])] } }
      default:
        cmp = Bits(count: rows) { i in lower.isEmpty || (col.string(at: i) ?? "").lowercased().contains(lower) }
      }
    } else {
      let rhs = r.column("", count: rows)
      cmp = Bits(count: rows) { i in
        let needle = (rhs.string(at: i) ?? "").lowercased()
        return needle.isEmpty || (col.string(at: i) ?? "").lowercased().contains(needle)
      }
    }
    return Logic(cmp: cmp, nulls: nulls)
  }
}
