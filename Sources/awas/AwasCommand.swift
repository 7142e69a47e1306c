import ArgumentParser
import AwasPluginKit
import AwasShell

#if canImport(Glibc)
  import Glibc
#endif

let awasVersion = "0.1.0"

/// The language of `--help`: English with `--lang en` (or `AWAS_LANG=en`), else Indonesian.
let helpLanguage: Language = {
  let args = CommandLine.arguments
  if let i = args.firstIndex(of: "--lang"), i + 1 < args.count { return Language(rawValue: args[i + 1]) ?? .id }
  if args.contains("--lang=en") { return .en }
  return ProcessInfo.processInfo.environment["AWAS_LANG"] == "en" ? .en : .id
}()

func h(_ id: String, _ en: String) -> String { helpLanguage == .en ? en : id }

struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(h("bentuk keluaran: table, csv, json, markdown", "output format: table, csv, json, markdown"), valueName: "format"))
  var format: String?

  @Option(name: .long, help: ArgumentHelp(h("bahasa: id atau en", "language: id or en"), valueName: "id|en"))
  var lang: String = "id"

  func validate() throws {
    if let format, !["table", "csv", "json", "markdown"].contains(format) {
      throw ValidationError(h("--format harus salah satu dari: table, csv, json, markdown (bukan '\(format)')", "--format must be one of: table, csv, json, markdown (not '\(format)')"))
    }
    guard Language(rawValue: lang) != nil else {
      throw ValidationError(h("--lang harus id atau en (bukan '\(lang)')", "--lang must be id or en (not '\(lang)')"))
    }
  }

  var language: Language { Language(rawValue: lang) ?? .id }
}

struct Awas: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "awas",
    abstract: h(
      "Shell untuk pengawasan koperasi: buka buku koperasi, ajukan pertanyaan, jalankan pemeriksaan.",
      "A shell for supervising cooperatives: open a cooperative's books, ask questions, run checks."),
    discussion: h(
      """
      Tanpa argumen, awas membuka shell interaktif. Contoh:
        awas --data contoh                          buka dataset lalu shell
        awas -c "buka contoh; pinjaman | ambil 5"   jalankan perintah lalu keluar
        awas --data contoh bulanan.awas 2025-12     jalankan skrip, $arg1 = 2025-12
        awas demo /tmp/ksp --loans 5000             buat dataset demo
      Status keluar: 0 bersih, 1 galat, 2 pemeriksaan menemukan pengecualian.
      """,
      """
      With no arguments awas opens the interactive shell. Examples:
        awas --data contoh                          open a dataset, then the shell
        awas -c "open contoh; pinjaman | head 5"    run statements and exit
        awas --data contoh monthly.awas 2025-12     run a script, $arg1 = 2025-12
        awas demo /tmp/ksp --loans 5000             write a demo dataset
      Exit status: 0 clean, 1 error, 2 a check reported exceptions.
      """),
    version: awasVersion)

  @OptionGroup var common: CommonOptions

  @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp(h("perintah yang dijalankan, dipisah ;", "statements to run, separated by ;"), valueName: h("perintah", "statements")))
  var command: String?

  @Option(name: .long, help: ArgumentHelp(h("buka folder dataset ini lebih dulu", "open this dataset folder first"), valueName: "folder"))
  var data: String?

  @ArgumentParser.Argument(help: ArgumentHelp(h("berkas skrip .awas", "a .awas script file"), valueName: h("skrip", "script")))
  var script: String?

  @ArgumentParser.Argument(parsing: .captureForPassthrough, help: ArgumentHelp(h("argumen skrip ($arg1, $arg2, …)", "script arguments ($arg1, $arg2, …)"), valueName: h("argumen", "arguments")))
  var arguments: [String] = []

  func run() throws {
    let interactive = command == nil && script == nil && isatty(STDIN_FILENO) == 1
    let options = ShellOptions(format: common.format, language: common.language, dataPath: data, version: awasVersion)
    let shell = Shell(options: options, plugins: builtInPlugins, interactive: interactive)
    defer { shell.finish() }
    guard shell.openInitialDataset() else { throw ExitCode(1) }
    if let command {
      throw ExitCode(shell.run(command, name: "-c"))
    }
    if let script {
      let text: String
      do {
        text = try String(contentsOfFile: script, encoding: .utf8)
      } catch {
        FileHandle.standardError.write(Data(h("awas: tidak dapat membaca skrip \(script)\n", "awas: cannot read the script \(script)\n").utf8))
        throw ExitCode(1)
      }
      shell.setScriptArguments(arguments)
      throw ExitCode(shell.run(text, name: script))
    }
    throw ExitCode(interactive ? shell.runInteractive() : shell.runStandardInput())
  }
}

struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "awas demo",
    abstract: h("Tulis dataset koperasi demo (deterministik, dengan kejanggalan tertanam).", "Write a demo cooperative dataset (deterministic, with planted anomalies)."))

  @OptionGroup var common: CommonOptions

  @ArgumentParser.Argument(help: ArgumentHelp(h("folder tujuan", "where to write it"), valueName: "folder"))
  var folder: String

  @Option(name: .long, help: ArgumentHelp(h("benih acak", "random seed")))
  var seed: UInt64 = 1

  @Option(name: .long, help: ArgumentHelp(h("jumlah pinjaman", "number of loans")))
  var loans: Int = 2000

  func validate() throws {
    guard (DemoGenerator.minimumLoans...DemoGenerator.maximumLoans).contains(loans) else {
      throw ValidationError(h(
        "--loans harus \(DemoGenerator.minimumLoans) … 5.000.000 (bukan \(loans))",
        "--loans must be \(DemoGenerator.minimumLoans) … 5,000,000 (not \(loans))"))
    }
  }

  func run() throws {
    do {
      try DemoGenerator(seed: seed, loans: loans).write(to: folder)
    } catch {
      let detail = (error as? DemoError).map { h($0.message.id, $0.message.en) } ?? "\(error)"
      FileHandle.standardError.write(Data(h("awas: gagal menulis demo: \(detail)\n", "awas: could not write the demo: \(detail)\n").utf8))
      throw ExitCode(1)
    }
    print(h("Demo ditulis ke \(folder) (benih \(seed), \(loans) pinjaman).", "Demo written to \(folder) (seed \(seed), \(loans) loans)."))
  }
}
