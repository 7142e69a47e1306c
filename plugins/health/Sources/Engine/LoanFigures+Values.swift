import AwasPluginKit

extension LoanFigures {
  /// The figure `name` (`pinjaman.kl`, `pinjaman.rpm`…) with a description of how it was summed.
  func value(_ name: String, weights: [String: ClassWeights]) -> FigureValue {
    if let unavailable { return .missing(unavailable) }
    let key = String(name.dropFirst("pinjaman.".count))
    func cls(_ c: String) -> FigureValue {
      if let why = missingColumn["kolektibilitas"] { return .missing(why) }
      let m = byClass[c] ?? .zero
      return .amount(
        m, .derived(Text(
          "Σ sisa \(countByClass[c] ?? 0) pinjaman berkolektibilitas \(c) per \(asOf)",
          en: "Σ sisa of \(counted(countByClass[c] ?? 0, "loan", "loans")) classed \(c) at \(asOf)")))
    }
    switch key {
    case "sisa":
      return .amount(total, .derived(Text(
        "Σ sisa \(count) pinjaman (tanpa hapus buku) per \(asOf)", en: "Σ sisa of \(counted(count, "loan", "loans")) (excluding written-off) at \(asOf)")))
    case "lancar": return cls("lancar")
    case "kl": return cls("kurang_lancar")
    case "d": return cls("diragukan")
    case "m": return cls("macet")
    case "pb":
      if let why = missingColumn["kolektibilitas"] { return .missing(why) }
      let kl = byClass["kurang_lancar"] ?? .zero, d = byClass["diragukan"] ?? .zero, m = byClass["macet"] ?? .zero
      return .amount(kl + d + m, .derived(Text(
        "KL \(kl.text(.id)) + D \(d.text(.id)) + M \(m.text(.id)) (Σ sisa per \(asOf))",
        en: "KL \(kl.text(.en)) + D \(d.text(.en)) + M \(m.text(.en)) (Σ sisa at \(asOf))")))
    case "anggota", "non_anggota":
      guard let members else { return .missing(missingColumn["anggota"] ?? "") }
      let v = key == "anggota" ? members : total - members
      let n = key == "anggota" ? memberCount : count - memberCount
      return .amount(v, .derived(Text(
        "Σ sisa \(n) pinjaman kepada \(key == "anggota" ? "anggota" : "bukan anggota") (keanggotaan pada tanggal cair, dari anggota.csv)",
        en: "Σ sisa of \(counted(n, "loan", "loans")) to \(key == "anggota" ? "members" : "non-members") (membership at disbursement, from anggota.csv)")))
    case "berisiko":
      guard let risky else { return .missing(missingColumn["berisiko"] ?? "") }
      return .amount(risky, .derived(Text(
        "Σ sisa pinjaman dengan berisiko = ya (jaminan di bawah sisa)", en: "Σ sisa of loans with berisiko = yes (collateral below outstanding)")))
    case "orang_dalam":
      guard let insiders else { return .missing(missingColumn["orang_dalam"] ?? "") }
      return .amount(insiders, .derived(Text("Σ sisa pinjaman orang dalam", en: "Σ sisa of insider loans")))
    case "pencairan":
      guard let disbursed else { return .missing(missingColumn["tanggal_cair"] ?? missingColumn["plafon"] ?? "") }
      return .amount(disbursed, .derived(Text(
        "Σ plafon \(disbursedCount) pinjaman yang cair pada tahun \(year)", en: "Σ plafon of \(counted(disbursedCount, "loan", "loans")) disbursed in \(year)")))
    default:
      guard let w = weights[key] else {
        return .missing(Text("angka pinjaman `\(name)` tidak dikenal", en: "unknown loan figure `\(name)`"))
      }
      return weighted(w)
    }
  }

  /// Σ over classes of (class total × weight), each rounded to the sen.
  func weighted(_ w: ClassWeights) -> FigureValue {
    if let why = missingColumn["kolektibilitas"] { return .missing(why) }
    if !w.netOfCollateral.isEmpty && netOfCollateralByClass == nil {
      return .missing(Text("pinjaman tidak punya kolom nilai_jaminan", en: "pinjaman has no column nilai_jaminan"))
    }
    var sum = Money.zero
    var parts: [String] = [], partsEn: [String] = []
    for c in Self.classes {
      guard let pct = w.weight(c) else { continue }
      let net = w.netOfCollateral.contains(c)
      let m = (net ? netOfCollateralByClass?[c] : byClass[c]) ?? .zero
      let v = FixedMath.mulDiv(m.sen, pct.raw, Decimal4.scale * 100) ?? 0
      sum += Money(sen: v)
      if pct != .zero {
        parts.append("\(c)\(net ? "*" : "") \(m.text(.id)) × \(pct.text(.id))%")
        partsEn.append("\(c)\(net ? "*" : "") \(m.text(.en)) × \(pct)%")
      }
    }
    let note = w.netOfCollateral.isEmpty ? "" : " (* = sisa − nilai jaminan, ≥ 0)"
    let noteEn = w.netOfCollateral.isEmpty ? "" : " (* = outstanding − collateral, ≥ 0)"
    return .amount(sum, .derived(Text(
      parts.joined(separator: " + ") + note, en: partsEn.joined(separator: " + ") + noteEn)))
  }
}

/// Who is a member when a loan is disbursed: a row of `anggota` with the
/// loan's `no_anggota`, joined on or before `tanggal_cair` and not left before it.
struct MemberIndex: Sendable {
  var entries: [String: (masuk: Day?, keluar: Day?)] = [:]
  var unavailable: Text?

  init(dataset: Dataset) {
    guard let a = dataset.table("anggota"), let no = a.column("no_anggota") else {
      unavailable = Text("tabel anggota (no_anggota) tidak ada", en: "the anggota table (no_anggota) is missing")
      return
    }
    let masuk = a.column("tanggal_masuk"), keluar = a.column("tanggal_keluar")
    for r in 0..<a.rowCount {
      guard let id = no.string(at: r) else { continue }
      let m = masuk?.days.flatMap { masuk?.isNull(r) == false ? Day(serial: $0[r]) : nil }
      let k = keluar?.days.flatMap { keluar?.isNull(r) == false ? Day(serial: $0[r]) : nil }
      entries[id] = (m, k)
    }
  }

  func isMember(_ noAnggota: String?, disbursed: Day?) -> Bool {
    guard let id = noAnggota, let e = entries[id] else { return false }
    guard let d = disbursed else { return true }
    if let m = e.masuk, m > d { return false }
    if let k = e.keluar, k <= d { return false }
    return true
  }
}
