import Testing

@testable import AwasLanguage
@testable import AwasPluginKit

/// One error as a user sees it: the input and the full rendered text.
struct ErrorCase: CustomTestStringConvertible, Sendable {
  var id: String
  var input: String
  var expected: String
  var testDescription: String { id }
}

/// Every error names what was wrong, points at it, and says what would be valid.
@Suite struct ErrorMessageTests {
  static let indonesian: [ErrorCase] = [
    ErrorCase(id: "unknown column", input: "pinjaman | where dpdd > 90", expected: """
      galat: kolom `dpdd` tidak ada di tabel `pinjaman`
       --> <baris>:1:18
        |
      1 | pinjaman | where dpdd > 90
        |                  ^^^^
        = saran: maksud Anda `dpd`?
      """),
    ErrorCase(id: "unknown stage, English suggestion", input: "pinjaman | wher dpd > 90", expected: """
      galat: langkah `wher` tidak dikenal
       --> <baris>:1:12
        |
      1 | pinjaman | wher dpd > 90
        |            ^^^^
        = saran: maksud Anda `where`?
      """),
    ErrorCase(id: "unknown table", input: "pinjamn | ambil 3", expected: """
      galat: `pinjamn` bukan perintah, tabel, maupun variabel
       --> <baris>:1:1
        |
      1 | pinjamn | ambil 3
        | ^^^^^^^
        = saran: maksud Anda `pinjaman`?
      """),
    ErrorCase(id: "unknown command", input: "periksaa benford pinjaman.sisa", expected: """
      galat: perintah `periksaa` tidak dikenal
       --> <baris>:1:1
        |
      1 | periksaa benford pinjaman.sisa
        | ^^^^^^^^
        = saran: maksud Anda `periksa`?
      """),
    ErrorCase(id: "missing pipe", input: "pinjaman saring dpd > 90", expected: """
      galat: `pinjaman` adalah tabel, bukan perintah
       --> <baris>:1:10
        |
      1 | pinjaman saring dpd > 90
        |          ^^^^^^
        = saran: hubungkan dengan `|`: pinjaman | saring …
      """),
    ErrorCase(id: "type mismatch", input: "pinjaman | saring dpd > \"90\"", expected: """
      galat: tidak bisa membandingkan bilangan bulat dengan teks
       --> <baris>:1:23
        |
      1 | pinjaman | saring dpd > "90"
        |                       ^
        = saran: bandingkan nilai sejenis: rupiah dengan 10jt, tanggal dengan 2025-12-31, persen dengan 5%, teks dengan "…"
      """),
    ErrorCase(id: "condition not yes/no", input: "pinjaman | saring sisa", expected: """
      galat: syarat `saring` harus bernilai ya/tidak, bukan rupiah
       --> <baris>:1:19
        |
      1 | pinjaman | saring sisa
        |                   ^^^^
        = saran: mis. dpd > 90, status == "aktif", jaminan kosong
      """),
    ErrorCase(id: "ambiguous number", input: "pinjaman | saring dpd > 1.250", expected: """
      galat: angka `1.250` bermakna ganda
       --> <baris>:1:25
        |
      1 | pinjaman | saring dpd > 1.250
        |                         ^^^^^
        = saran: tulis `1250` (tanpa titik ribuan), `Rp 1.250` untuk rupiah, atau `1,250%`
      """),
    ErrorCase(id: "unterminated string", input: "anggota | saring nama == \"Siti", expected: """
      galat: teks tidak ditutup
       --> <baris>:1:26
        |
      1 | anggota | saring nama == "Siti
        |                          ^^^^^
        = saran: tutup dengan tanda kutip yang sama
      """),
    ErrorCase(id: "assignment without let", input: "x = 5", expected: """
      galat: untuk menamai hasil, awali dengan `misal`
       --> <baris>:1:1
        |
      1 | x = 5
        | ^
        = saran: misal x = …
      """),
    ErrorCase(id: "parameter out of range", input: "sapa Budi --kali 5", expected: """
      galat: nilai `5` tidak sah untuk `--kali`
       --> <baris>:1:18
        |
      1 | sapa Budi --kali 5
        |                  ^
        = saran: diharapkan bilangan bulat 1…3
      """),
    ErrorCase(id: "unknown parameter across languages", input: "sapa Budi --tims 2", expected: """
      galat: `sapa` tidak punya parameter `--tims`
       --> <baris>:1:11
        |
      1 | sapa Budi --tims 2
        |           ^^^^^^
        = saran: maksud Anda `--times`?
      """),
    ErrorCase(id: "missing required", input: "sapa", expected: """
      galat: `sapa` memerlukan `NAMA` (teks)
       --> <baris>:1:1
        |
      1 | sapa
        | ^^^^
        = saran: cara pakai: sapa NAMA [--kali N]
      """),
    ErrorCase(id: "unknown subcommand", input: "periksa benfrod pinjaman.sisa", expected: """
      galat: `periksa` tidak punya subperintah `benfrod`
       --> <baris>:1:9
        |
      1 | periksa benfrod pinjaman.sisa
        |         ^^^^^^^
        = saran: maksud Anda `benford`?
      """),
    ErrorCase(id: "column of the wrong type", input: "periksa benford pinjaman.status", expected: """
      galat: kolom `pinjaman.status` berisi teks, bukan rupiah/bilangan bulat
       --> <baris>:1:17
        |
      1 | periksa benford pinjaman.status
        |                 ^^^^^^^^^^^^^^^
        = saran: diharapkan kolom tabel.kolom (rupiah/bilangan bulat)
      """),
    ErrorCase(id: "dataset lacks column", input: "periksa benford sisaa", expected: """
      galat: dataset ini tidak punya kolom `sisaa`
       --> <baris>:1:17
        |
      1 | periksa benford sisaa
        |                 ^^^^^
        = saran: maksud Anda `sisa`?
      """),
    ErrorCase(id: "arithmetic that overflows is an error, never a wrong number", input: "9223372036854775807 + 1", expected: """
      galat: hasilnya terlalu besar untuk dihitung tepat (batasnya ±92 kuadriliun rupiah, atau ±9,2 × 10¹⁸)
       --> <baris>:1:21
        |
      1 | 9223372036854775807 + 1
        |                     ^
        = saran: Periksa satuan angkanya (jt = juta, M = miliar).
      """),
    ErrorCase(id: "a column the named table lacks lists its columns", input: "periksa benford pinjaman.sisa --per xyz", expected: """
      galat: kolom `xyz` tidak ada di tabel `pinjaman`
       --> <baris>:1:37
        |
      1 | periksa benford pinjaman.sisa --per xyz
        |                                     ^^^
        = saran: kolom yang ada: no_pinjaman, no_anggota, plafon, sisa, dpd, status, tanggal_cair, bunga, petugas, berisiko
      """),
    ErrorCase(id: "bad choice suggests and lists the values", input: "periksa benford sisa --mode keduaa", expected: """
      galat: nilai `keduaa` tidak sah untuk `--mode`
       --> <baris>:1:29
        |
      1 | periksa benford sisa --mode keduaa
        |                             ^^^^^^
        = saran: maksud Anda `kedua`? nilai yang sah: pertama, kedua
      """),
    ErrorCase(id: "unknown setting", input: "atur pewaktuu ya", expected: """
      galat: pengaturan `pewaktuu` tidak dikenal
       --> <baris>:1:6
        |
      1 | atur pewaktuu ya
        |      ^^^^^^^^
        = saran: maksud Anda `pewaktu`?
      """),
    ErrorCase(id: "bad setting value", input: "atur ambang banyak", expected: """
      galat: nilai `banyak` tidak sah untuk pengaturan `ambang`
       --> <baris>:1:13
        |
      1 | atur ambang banyak
        |             ^^^^^^
        = saran: diharapkan bilangan bulat 0…100
      """),
    ErrorCase(id: "requirement", input: "butuh", expected: """
      galat: `butuh` memerlukan tabel `neraca`, yang tidak ada di dataset ini
       --> <baris>:1:1
        |
      1 | butuh
        | ^^^^^
        = saran: lihat docs/dataset.md untuk berkas dan kolom yang diharapkan
      """),
    ErrorCase(id: "unsupported output", input: "pinjaman > hasil.xlsx", expected: """
      galat: tidak dapat menyimpan sebagai `.xlsx`
       --> <baris>:1:12
        |
      1 | pinjaman > hasil.xlsx
        |            ^^^^^^^^^^
        = saran: berkas .csv, .json, .md, .txt atau .tsv: … > hasil.csv atau … | simpan hasil.csv
      """),
    ErrorCase(id: "column needs an aggregate", input: "pinjaman.sisa + 1", expected: """
      galat: kolom `pinjaman.sisa` bukan satu nilai
       --> <baris>:1:1
        |
      1 | pinjaman.sisa + 1
        | ^^^^^^^^^^^^^
        = saran: ringkas dengan jumlah(pinjaman.sisa), rata(…), terkecil(…), terbesar(…), atau tulis `pinjaman | pilih sisa`
      """),
  ]

  static let english: [ErrorCase] = [
    ErrorCase(id: "unknown column", input: "pinjaman | where dpdd > 90", expected: """
      error: table `pinjaman` has no column `dpdd`
       --> <baris>:1:18
        |
      1 | pinjaman | where dpdd > 90
        |                  ^^^^
        = hint: did you mean `dpd`?
      """),
    ErrorCase(id: "unknown stage, Indonesian suggestion", input: "pinjaman | sarig dpd > 90", expected: """
      error: unknown stage `sarig`
       --> <baris>:1:12
        |
      1 | pinjaman | sarig dpd > 90
        |            ^^^^^
        = hint: did you mean `saring`?
      """),
    ErrorCase(id: "arithmetic", input: "pinjaman | where sisa + tanggal_cair > 0", expected: """
      error: `+` does not apply to rupiah and date
       --> <baris>:1:23
        |
      1 | pinjaman | where sisa + tanggal_cair > 0
        |                       ^
        = hint: rupiah ± rupiah, rupiah × number, rupiah / rupiah, date ± days; subtraction needs spaces: `a - b`
      """),
    ErrorCase(id: "bad integer", input: "greet Budi --times abc", expected: """
      error: `abc` is not a valid value for `--times`
       --> <baris>:1:20
        |
      1 | greet Budi --times abc
        |                    ^^^
        = hint: expected an integer 1…3
      """),
    ErrorCase(id: "unknown parameter across languages", input: "greet Budi --kal 2", expected: """
      error: `greet` has no parameter `--kal`
       --> <baris>:1:12
        |
      1 | greet Budi --kal 2
        |            ^^^^^
        = hint: did you mean `--kali`?
      """),
    ErrorCase(id: "missing value", input: "greet Budi --times", expected: """
      error: `--times` needs a value
       --> <baris>:1:12
        |
      1 | greet Budi --times
        |            ^^^^^^^
        = hint: expected an integer 1…3
      """),
    ErrorCase(id: "unexpected argument", input: "greet Budi Ani", expected: """
      error: unexpected argument `Ani`
       --> <baris>:1:12
        |
      1 | greet Budi Ani
        |            ^^^
        = hint: usage: greet NAME [--times N]
      """),
    ErrorCase(id: "bad choice lists the values", input: "check benford sisa --mode third", expected: """
      error: `third` is not a valid value for `--mode`
       --> <baris>:1:27
        |
      1 | check benford sisa --mode third
        |                           ^^^^^
        = hint: valid values: first, second
      """),
    ErrorCase(id: "ambiguous column", input: "check gaps no_anggota", expected: """
      error: column `no_anggota` is in several tables: pinjaman, anggota
       --> <baris>:1:12
        |
      1 | check gaps no_anggota
        |            ^^^^^^^^^^
        = hint: write it in full: `pinjaman.no_anggota`, `anggota.no_anggota`
      """),
    ErrorCase(id: "unknown setting", input: "set timr on", expected: """
      error: unknown setting `timr`
       --> <baris>:1:5
        |
      1 | set timr on
        |     ^^^^
        = hint: did you mean `timer`?
      """),
    ErrorCase(id: "choice setting", input: "set format jsno", expected: """
      error: `jsno` is not a valid value for setting `format`
       --> <baris>:1:12
        |
      1 | set format jsno
        |            ^^^^
        = hint: did you mean `json`? valid values: table, csv, json
      """),
    ErrorCase(id: "no such result", input: "$7 | head", expected: """
      error: no numbered results yet; `$7` does not exist
       --> <baris>:1:1
        |
      1 | $7 | head
        | ^^
        = hint: every table shown gets a number: $1, $2…; `_` is the last one
      """),
    ErrorCase(id: "chained comparison", input: "pinjaman | where 0 < dpd < 90", expected: """
      error: comparisons cannot be chained
       --> <baris>:1:26
        |
      1 | pinjaman | where 0 < dpd < 90
        |                          ^
        = hint: write `a < b and b < c`, or `b between a and c`
      """),
    ErrorCase(id: "unknown function", input: "pinjaman | where sume(sisa) > 0", expected: """
      error: unknown function `sume`
       --> <baris>:1:18
        |
      1 | pinjaman | where sume(sisa) > 0
        |                  ^^^^
        = hint: did you mean `sum`?
      """),
  ]

  @Test(arguments: indonesian)
  func indonesianErrors(_ c: ErrorCase) {
    #expect(Session(language: .id).error(c.input) == c.expected)
  }

  @Test(arguments: english)
  func englishErrors(_ c: ErrorCase) {
    #expect(Session(language: .en).error(c.input) == c.expected)
  }

  @Test func errorsInScriptsNameTheFileAndLine() {
    let s = Session()
    s.run("# bulanan\nmisal batas = 90\npinjaman | where dpdd > batas\nsapa tidak-dijalankan", name: "bulanan.awas")
    #expect(s.host.rendered() == ["""
      galat: kolom `dpdd` tidak ada di tabel `pinjaman`
       --> bulanan.awas:3:18
        |
      3 | pinjaman | where dpdd > batas
        |                  ^^^^
        = saran: maksud Anda `dpd`?
      """])
    #expect(s.host.texts.isEmpty)
  }
}
