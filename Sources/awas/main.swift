import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

// Errors on the command line exit with status 1 (the shell's "error"), help and
// --version with 0, and the shell's own statuses (0, 1, 2) pass through.
func main<C: ParsableCommand>(_ type: C.Type, _ arguments: [String]) -> Never {
  do {
    var command = try type.parseAsRoot(arguments)
    try command.run()
    exit(0)
  } catch let code as ExitCode {
    exit(code.rawValue)
  } catch {
    let message = HelpText.localized(type.fullMessage(for: error))
    if type.exitCode(for: error) == .success {
      print(message)
      exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
  }
}

/// `awas demo …` is its own command; anything else runs the shell. (A root
/// command with positional arguments cannot also dispatch subcommands.)
let argv = Array(CommandLine.arguments.dropFirst())
var first = 0
while first < argv.count {
  if ["--lang", "--format"].contains(argv[first]) { first += 2 } else if argv[first].hasPrefix("--lang=") || argv[first].hasPrefix("--format=") { first += 1 } else { break }
}
if first < argv.count, argv[first] == "demo" {
  var rest = argv
  rest.remove(at: first)
  main(Demo.self, rest)
}
main(Awas.self, argv)
