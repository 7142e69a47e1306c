import Testing

@testable import AwasData

@Suite("PPAP rates")
struct ProvisioningTests {
  typealias F = Fixture

  @Test func koperasiRates() throws {
    let p = try CollectibilityRules.standard().provisioning
    #expect(p.rate(.lancar) == 0.005)
    #expect(p.rate(.macet) == 1)
    // Lancar: 0.5 % of the gross balance 1,000,000 = 5,000 (collateral ignored).
    #expect(p.required(kolektibilitas: .lancar, sisa: F.rp(1_000_000), nilaiJaminan: F.rp(800_000)) == F.rp(5_000))
    // KL: 10 % of (1,000,000 − 800,000) = 20,000.
    #expect(p.required(kolektibilitas: .kurangLancar, sisa: F.rp(1_000_000), nilaiJaminan: F.rp(800_000)) == F.rp(20_000))
    // D: 50 % of 200,000 = 100,000; M without collateral: 100 % of 1,000,000.
    #expect(p.required(kolektibilitas: .diragukan, sisa: F.rp(1_000_000), nilaiJaminan: F.rp(800_000)) == F.rp(100_000))
    #expect(p.required(kolektibilitas: .macet, sisa: F.rp(1_000_000), nilaiJaminan: .zero) == F.rp(1_000_000))
    // Collateral above the balance: nothing required.
    #expect(p.required(kolektibilitas: .macet, sisa: F.rp(1_000_000), nilaiJaminan: F.rp(2_000_000)) == .zero)
    // Rounding half up to the sen: 0.5 % of Rp 1.01 = 0.505 sen → 1 sen.
    #expect(p.required(kolektibilitas: .lancar, sisa: Money(sen: 101), nilaiJaminan: .zero) == Money(sen: 1))
  }

  @Test func bankRates() throws {
    let p = try CollectibilityRules.named("bank").provisioning
    // DPK 5 % of (1,000,000 − 400,000) = 30,000; lancar 1 % of 1,000,000 = 10,000.
    #expect(p.required(kolektibilitas: .dalamPerhatianKhusus, sisa: F.rp(1_000_000), nilaiJaminan: F.rp(400_000)) == F.rp(30_000))
    #expect(p.required(kolektibilitas: .lancar, sisa: F.rp(1_000_000), nilaiJaminan: F.rp(400_000)) == F.rp(10_000))
    #expect(p.rate(.kurangLancar) == 0.15)
  }
}
