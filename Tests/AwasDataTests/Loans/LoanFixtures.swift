@testable import AwasData

/// Builds small in-memory datasets with the contract's column names and types.
enum Fixture {
  /// `2025-01-31` as a Day (test literals are always valid).
  static func day(_ iso: String) -> Day {
    Day(iso: iso) ?? Day(serial: 0)
  }

  static func rp(_ rupiah: Int64) -> Money { Money(rupiah: rupiah) }

  struct Loan {
    var no: String
    var anggota: String? = "A001"
    var cair: String? = "2025-01-10"
    var plafon: Int64? = 1_200_000  // rupiah
    var plafonSen: Int64? = nil  // overrides plafon when set
    var bunga: Double? = 1
    var metode: String? = "flat"
    var tenor: Int64? = 12
    var jaminan: Int64? = nil  // rupiah
    var status: String? = "aktif"
  }

  struct Payment {
    var no: String
    var tanggal: String?
    var pokok: Int64?  // rupiah
    var jasa: Int64? = 0
  }

  struct Officer {
    var nama = "X"
    var anggota: String?
    var kk: String? = nil
    var organ: String = "pengurus"
    var mulai: String? = "2020-01-01"
    var selesai: String? = nil
  }

  struct Member {
    var no: String
    var kk: String?
  }

  /// A text column stored as `.text` (`dictionary == false`) or `.dictionary`.
  static func text(_ name: String, _ values: [String?], dictionary: Bool) -> Column {
    if dictionary {
      var dict: [String] = [], index: [String: Int32] = [:]
      var codes = ContiguousArray<Int32>()
      var nulls = Bitset(count: values.count)
      for (i, v) in values.enumerated() {
        guard let v else {
          nulls[i] = true
          codes.append(0)
          continue
        }
        if let c = index[v] { codes.append(c) } else {
          index[v] = Int32(dict.count)
          codes.append(Int32(dict.count))
          dict.append(v)
        }
      }
      return Column(
        name: name, type: .string, storage: .dictionary(codes: codes, values: dict.isEmpty ? [""] : dict),
        nulls: nulls)
    }
    var s = Utf8Strings()
    var nulls = Bitset(count: values.count)
    for (i, v) in values.enumerated() {
      s.append(v ?? "")
      if v == nil { nulls[i] = true }
    }
    return Column(name: name, type: .string, storage: .text(s), nulls: nulls)
  }

  static func dates(_ name: String, _ values: [String?]) -> Column {
    Column.date(name, values.map { $0.map(day) })
  }

  static func money(_ name: String, _ rupiah: [Int64?]) -> Column {
    Column.money(name, rupiah.map { $0.map(rp) })
  }

  static func pinjaman(_ loans: [Loan], dictionary: Bool = false) -> Table {
    Table(
      name: "pinjaman",
      columns: [
        text("no_pinjaman", loans.map(\.no), dictionary: dictionary),
        text("no_anggota", loans.map(\.anggota), dictionary: dictionary),
        dates("tanggal_cair", loans.map(\.cair)),
        Column.money(
          "plafon", loans.map { l in l.plafonSen.map { Money(sen: $0) } ?? l.plafon.map(rp) }),
        Column.double("bunga_persen_bulan", .double, loans.map(\.bunga)),
        text("metode", loans.map(\.metode), dictionary: dictionary),
        Column.int64("tenor_bulan", .int, loans.map(\.tenor)),
        money("nilai_jaminan", loans.map(\.jaminan)),
        text("status", loans.map(\.status), dictionary: dictionary),
      ], rowCount: loans.count, primaryKey: "no_pinjaman")
  }

  static func angsuran(_ payments: [Payment], dictionary: Bool = false) -> Table {
    Table(
      name: "angsuran",
      columns: [
        text("no_bukti", payments.indices.map { "BKT\($0)" }, dictionary: false),
        text("no_pinjaman", payments.map(\.no), dictionary: dictionary),
        dates("tanggal", payments.map(\.tanggal)),
        money("pokok", payments.map(\.pokok)),
        money("jasa", payments.map(\.jasa)),
      ], rowCount: payments.count)
  }

  static func pengurus(_ officers: [Officer]) -> Table {
    Table(
      name: "pengurus",
      columns: [
        text("nama", officers.map(\.nama), dictionary: false),
        text("no_anggota", officers.map(\.anggota), dictionary: false),
        text("no_kk", officers.map(\.kk), dictionary: false),
        text("organ", officers.map(\.organ), dictionary: true),
        dates("mulai", officers.map(\.mulai)),
        dates("selesai", officers.map(\.selesai)),
      ], rowCount: officers.count)
  }

  static func anggota(_ members: [Member]) -> Table {
    Table(
      name: "anggota",
      columns: [
        text("no_anggota", members.map(\.no), dictionary: false),
        text("nama", members.map { "Nama \($0.no)" }, dictionary: false),
        text("no_kk", members.map(\.kk), dictionary: false),
      ], rowCount: members.count)
  }

  static func neraca(_ rows: [(pos: String, saldo: Int64)]) -> Table {
    Table(
      name: "neraca",
      columns: [
        text("kode_akun", rows.indices.map { "1\($0)" }, dictionary: false),
        text("nama_akun", rows.map(\.pos), dictionary: false),
        text("pos", rows.map(\.pos), dictionary: true),
        money("saldo_lalu", rows.map { _ in 0 }),
        money("saldo_kini", rows.map(\.saldo)),
      ], rowCount: rows.count)
  }

  static func simpanan(_ rows: [(anggota: String, jenis: String, saldo: Int64)]) -> Table {
    Table(
      name: "simpanan",
      columns: [
        text("no_anggota", rows.map(\.anggota), dictionary: false),
        text("jenis", rows.map(\.jenis), dictionary: true),
        money("saldo", rows.map(\.saldo)),
      ], rowCount: rows.count)
  }

  static func dataset(
    _ tables: [Table], reportDate: String = "2025-12-31", kebijakan: [String: Value] = [:],
    extra: [String: Value] = [:], folder: String = ""
  ) -> Dataset {
    let info = KoperasiInfo(
      nama: "KSP Uji", jenis: .ksp, tanggalLaporan: day(reportDate), tahunBuku: 2025,
      kebijakan: kebijakan, extra: extra)
    return Dataset(folder: folder, info: info, tables: tables)
  }
}

/// Reads derived values back by loan number.
extension Dataset {
  func loanValue(_ no: String, _ column: String) -> Value? {
    guard let t = table("pinjaman"), let ids = t.column("no_pinjaman"), let c = t.column(column)
    else { return nil }
    for i in 0..<t.rowCount where ids.string(at: i) == no { return c.value(at: i) }
    return nil
  }

  /// The `jadwal` rows of loan `no`, as (angsuran_ke, jatuh_tempo, pokok, jasa, total, sisa) in rupiah/sen.
  func schedule(_ no: String) -> [(k: Int64, due: String, pokok: Int64, jasa: Int64, total: Int64, sisa: Int64)] {
    guard let t = table("jadwal"), let ids = t.column("no_pinjaman") else { return [] }
    var out: [(k: Int64, due: String, pokok: Int64, jasa: Int64, total: Int64, sisa: Int64)] = []
    for r in 0..<t.rowCount where ids.string(at: r) == no {
      func sen(_ name: String) -> Int64 {
        if case .money(let m)? = t.value(row: r, column: name) { return m.sen }
        return -1
      }
      var k: Int64 = -1
      if case .int(let v)? = t.value(row: r, column: "angsuran_ke") { k = v }
      var due = ""
      if case .date(let d)? = t.value(row: r, column: "jatuh_tempo") { due = d.description }
      out.append((k, due, sen("pokok"), sen("jasa"), sen("total"), sen("sisa_pokok_setelah")))
    }
    return out
  }
}
