import Foundation
import Testing

@testable import AwasShell

@Suite struct FileDigestsTests {
  func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "awas-digests-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try Data("abc".utf8).write(to: URL(fileURLWithPath: dir + "/anggota.csv"))
    try Data("x = 1\n".utf8).write(to: URL(fileURLWithPath: dir + "/koperasi.toml"))
    return dir
  }

  @Test func aDigestIsTheFilesSHA256() throws {
    let dir = try folder()
    let digests = FileDigests()
    // SHA-256("abc"), the FIPS 180-2 test vector.
    #expect(digests.digest(path: dir + "/anggota.csv") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(digests.digest(path: dir + "/koperasi.toml") == FileDigests.sha256(file: dir + "/koperasi.toml"))
    #expect(digests.digest(path: dir + "/missing.csv") == nil)
  }

  @Test func aChangedFileIsHashedAgain() throws {
    let dir = try folder()
    let digests = FileDigests()
    let before = digests.digest(path: dir + "/anggota.csv")
    try Data("abcd".utf8).write(to: URL(fileURLWithPath: dir + "/anggota.csv"))
    let after = digests.digest(path: dir + "/anggota.csv")
    #expect(before != nil && after != nil && before != after)
  }
}
