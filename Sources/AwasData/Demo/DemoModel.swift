/// Compact records the demo generator plans before it writes any file. They
/// hold indices and numbers only (no per-row `String`), so a million loans and
/// their members fit in a few tens of megabytes.

/// Special roles that keep a member out of ordinary lending.
enum MemberRole: UInt8 {
  case ordinary = 0
  /// A pengurus or pengawas (current or past): borrows only in a planted anomaly.
  case officer
  /// Shares a family card with an officer: borrows only in a planted anomaly.
  case officerFamily
  /// One of the planted near-duplicate pair.
  case nearDuplicate
}

struct DemoFamily {
  var tradition: DemoNames.Tradition
  var desa: UInt16
  /// Issue date of the family card (KK), days since 1970.
  var kkIssued: Int32
  var kkSerial: UInt16
  var marga: UInt16
  var members: UInt8
  /// No further member may join (officers' families).
  var closed: Bool
}

struct DemoMember {
  var joined: Int32
  /// The day the member left, or `Int32.max` while a member.
  var left: Int32 = .max
  var birth: Int32
  var female: Bool
  var family: Int32
  /// Index into the gender/tradition first-name pool.
  var first: UInt16
  /// 1-based index into the second-name pool (0 = none).
  var second: UInt16
  /// 1-based index into the tradition's marga pool (0 = none).
  var marga: UInt16
  /// 1…5: the `Muhammad` spelling written before the first name (0 = none).
  var muhammad: UInt8
  /// 0 none, 1 `H.`/`Hj.`, 2 `Drs.`/`Dra.`, 3 `Ir.`, 4 `, S.Pd.`, 5 `, S.E.`.
  var title: UInt8
  /// Batak women written with `br.` before the marga.
  var boru: Bool
  var nikSerial: UInt16
  /// 0 = no phone; 1…3 = style (plain, dashed, +62).
  var phoneStyle: UInt8
  /// The member whose number this is (the member's own index, except for the
  /// planted duplicate registration, which repeats the first one's phone).
  var phoneOwner: Int32 = -1
  var role: MemberRole = .ordinary
}

/// How a loan's borrower repays.
enum LoanBehaviour: UInt8 {
  /// Every installment due by the reporting date is paid by then (some late or in parts).
  case clean
  /// Clean, then the whole remaining principal at installment `stopAfter + 1`.
  case prepaid
  /// Pays `stopAfter` installments (a part of the next if `partial`), then stops: overdue.
  case overdue
  /// Pays `stopAfter` installments, then stops; written off in the book year.
  case writtenOff
}

enum LoanMethod: UInt8, CaseIterable {
  case flat = 0, anuitas, menurun
  var name: String {
    switch self {
    case .flat: return "flat"
    case .anuitas: return "anuitas"
    case .menurun: return "menurun"
    }
  }
}

/// BookedClass codes as written in `kolektibilitas_tercatat`.
enum BookedClass: UInt8 {
  case none = 0, lancar, kurangLancar, diragukan, macet
  var name: String? {
    switch self {
    case .none: return nil
    case .lancar: return "lancar"
    case .kurangLancar: return "kurang_lancar"
    case .diragukan: return "diragukan"
    case .macet: return "macet"
    }
  }
}

struct DemoLoan {
  var date: Int32
  var plafon: Int64
  var member: Int32
  var collateralValue: Int64 = 0
  var writeOffDate: Int32 = 0
  /// Interest per month in hundredths of a percent (150 = 1.5 %).
  var rateBP: UInt16
  var petugas: UInt16
  var tenor: UInt8
  var method: LoanMethod
  /// 0 none; 1…4 the kinds in ``DemoLoanTerms/collateralKinds``.
  var collateral: UInt8 = 0
  var behaviour: LoanBehaviour = .clean
  var stopAfter: UInt8 = 0
  var partial = false
  var booked: BookedClass = .lancar
  /// Gets a second row for one of its payments (planted duplicate receipt).
  var duplicatePayment = false
  /// May receive a reused receipt number (planted duplicate receipt number).
  var reuseCandidate = false
  var planted = false
}

/// One repayment of a loan, before it gets its receipt number.
struct DemoPayment {
  var date: Int32
  var pokok: Int64
  var jasa: Int64
  var denda: Int64
  /// The planted second row of the previous payment.
  var isDuplicate = false
}

/// A member of staff or an officer's term: one row of pengurus.csv.
struct DemoOfficerTerm {
  var name: String
  var member: Int32?  // index into members, nil for staff who are not members
  var nik: String
  var noKK: String
  var organ: String
  var jabatan: String
  var start: Day
  var end: Day?
  var certificate: String?
  var certificateValidUntil: Day?
}
