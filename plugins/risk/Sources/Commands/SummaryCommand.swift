import AwasPluginKit

/// `risk` (`risiko`): the portfolio summary at the as-of date.
enum SummaryCommand {
  static func run(_ inv: Invocation) throws -> CommandOutput {
    let run = try RiskRun(inv)
    let p = try run.portfolio()
    let s = try Summary(run, p)
    var out = CommandOutput(blocks: [run.heading(Text("Ringkasan risiko pinjaman", en: "Loan-risk summary"))])
    let table = s.table(run.lang)
    out.blocks.append(.table(table, title: nil))
    out.blocks.append(.text(s.notes(run).joined(separator: "\n")))
    out.value = table
    return out
  }
}

/// The figures of the summary, computed in a few passes over typed arrays.
struct Summary {
  let par: ParTotals
  let provision: ProvisionFigures
  let misclassified: (loans: Int64, sen: Int64)
  let writtenOff: (loans: Int64, sen: Int64)
  let notDisbursed: Int64
  let unknown: Int64
  let closed: Int64
  let modal: ModalSendiri?
  let exposure: BorrowerExposure?
  let topMember: Int32?

  init(_ run: RiskRun, _ p: Portfolio) throws {
    par = ParTotals.compute(p).total
    let (_, rates) = try PPAPRules.selected(run.settings)
    let sheet = BalanceSheet(run.dataset)
    provision = ProvisionFigures(rates: rates, byClass: ClassTotals.compute(p), booked: sheet?.bookedAllowance)
    var mis: (Int64, Int64) = (0, 0)
    if let booked = p.booked {
      for i in 0..<p.count where p.isActive(i) {
        let b = booked[i], k = p.klass[i]
        guard b != 0, k > b, let bc = LoanClass(rawValue: b), let kc = LoanClass(rawValue: k),
          kc.rank(in: p.scheme) > bc.rank(in: p.scheme)
        else { continue }
        mis.0 += 1
        mis.1 = Money.sum(mis.1, p.sisa[i])
      }
    }
    misclassified = mis
    var wo: (Int64, Int64) = (0, 0)
    var nd: Int64 = 0, unk: Int64 = 0, cl: Int64 = 0
    for i in 0..<p.count {
      switch LoanState(rawValue: p.state[i]) {
      case .writtenOff?: wo.0 += 1; wo.1 = Money.sum(wo.1, max(0, p.sisa[i]))
      case .notDisbursed?: nd += 1
      case .unknown?: unk += 1
      case .closed?: cl += 1
      default: break
      }
    }
    writtenOff = wo
    notDisbursed = nd
    unknown = unk
    closed = cl
    modal = ModalSendiri(sheet, variant: run.settings.modalVariant)
    if p.table.column("no_anggota") != nil {
      let e = try BorrowerExposure(p, dataset: run.dataset)
      exposure = e
      topMember = e.top(1).first
    } else {
      exposure = nil
      topMember = nil
    }
  }

  func table(_ lang: Language) -> Table {
    var f = FigureTable("risiko", lang)
    f.add("pinjaman_aktif", Text("Pinjaman beredar (bruto)", en: "Loans outstanding (gross)"), count: par.loans, sen: par.outstanding)
    f.add("par1", Text("PAR1: tunggakan > 0 hari", en: "PAR1: more than 0 days late"), count: par.par1Loans, sen: par.par1, ratio: par.par1Ratio)
    f.add("par30", Text("PAR30: tunggakan > 30 hari", en: "PAR30: more than 30 days late"), count: par.par30Loans, sen: par.par30, ratio: par.par30Ratio)
    f.add("par90", Text("PAR90: tunggakan > 90 hari", en: "PAR90: more than 90 days late"), count: par.par90Loans, sen: par.par90, ratio: par.par90Ratio)
    f.add("npl", Text("NPL: kurang lancar + diragukan + macet", en: "NPL: substandard + doubtful + loss"), count: par.nplLoans, sen: par.npl, ratio: par.nplRatio)
    f.add("restrukturisasi", Text("Pinjaman direstrukturisasi", en: "Restructured loans"), count: par.restructuredLoans, sen: par.restructured, ratio: RiskMath.ratio(par.restructured, par.outstanding))
    f.add("ppap_wajib", Text("PPAP wajib (\(provision.rates.names.id))", en: "Required allowance (\(provision.rates.names.en))"), sen: provision.totalRequired, ratio: RiskMath.ratio(provision.totalRequired, par.outstanding))
    f.add("ppap_tercatat", Text("PPAP tercatat di neraca", en: "Allowance booked in the balance sheet"), sen: provision.booked, ratio: provision.booked.flatMap { RiskMath.ratio($0, provision.totalRequired) })
    f.add("ppap_kurang", Text("Kekurangan PPAP", en: "Allowance shortfall"), sen: provision.shortfall)
    f.add("salah_kelas", Text("Kelas tercatat lebih baik dari hitungan", en: "Booked class better than recomputed"), count: misclassified.loans, sen: misclassified.sen)
    f.add("hapus_buku", Text("Dihapusbukukan (di luar saldo)", en: "Written off (outside the outstanding)"), count: writtenOff.loans, sen: writtenOff.sen)
    f.add("lunas", Text("Lunas", en: "Repaid"), count: closed)
    f.add("belum_cair", Text("Cair setelah tanggal data (tidak dihitung)", en: "Disbursed after the as-of date (left out)"), count: notDisbursed)
    if unknown > 0 {
      f.add("saldo_tidak_diketahui", Text("Saldo tidak dapat dihitung (tidak dihitung)", en: "Outstanding cannot be computed (left out)"), count: unknown)
    }
    f.add("modal_sendiri", Text("Modal sendiri", en: "Own capital (modal sendiri)"), sen: modal?.total)
    if let e = exposure, let m = topMember {
      let sen = e.outstanding[Int(m)]
      f.add("peminjam_terbesar", Text("Peminjam terbesar: \(e.members.label(m))", en: "Largest borrower: \(e.members.label(m))"), count: Int64(e.loans[Int(m)]), sen: sen, ratio: modal.flatMap { RiskMath.ratio(sen, $0.total) })
    }
    if let e = exposure, e.insiderSource != .none {
      let sen = e.insiderTotal
      f.add("orang_dalam", Text("Pinjaman orang dalam (% modal sendiri)", en: "Insider loans (% of modal sendiri)"), sen: sen, ratio: modal.flatMap { RiskMath.ratio(sen, $0.total) })
    }
    return f.build()
  }

  func notes(_ run: RiskRun) -> [String] {
    var lines = [run.schemeNote]
    lines.append(run.t(Text(
      "PAR dan NPL: saldo pinjaman yang menunggak / saldo pinjaman bruto (termasuk restrukturisasi; tanpa hapus buku). Lihat `jelaskan risk.par30`.",
      en: "PAR and NPL: outstanding of the late loans / gross outstanding (restructured included; written-off excluded). See `explain risk.par30`.")))
    lines.append(run.t(Text("Tarif PPAP: ", en: "PPAP rates: ") + provision.rates.title))
    if let m = modal { lines.append(run.t(Text("Modal sendiri: ", en: "Modal sendiri: ") + m.variant.label)) } else {
      lines.append(run.t(Text("Modal sendiri tidak tersedia (tabel `neraca` tidak ada atau tanpa pos modal).", en: "Modal sendiri is unavailable (no `neraca` table or no capital accounts).")))
    }
    if par.unaged > 0 {
      lines.append(run.t(Text("\(par.unaged) pinjaman tanpa hari tunggakan (jadwal tidak dapat dibuat): dihitung di penyebut saja.", en: "\(par.unaged) loans without days past due (no schedule): counted in the denominator only.")))
    }
    if misclassified.loans > 0 {
      lines.append(run.t(Text("Rincian: `risk kolektibilitas`, `risk ppap`, `risk konsentrasi`.", en: "Details: `risk collectibility`, `risk provision`, `risk concentration`.")))
    }
    return lines
  }
}
