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

#if canImport(Glibc)
  // Keep freed blocks of up to 32 MB in the heap for reuse instead of handing
  // them back to the kernel: loading a dataset allocates and frees many such
  // buffers, and on a virtual machine every fresh page costs microseconds to
  // fault in (docs/architecture.md, "Loading"). Larger blocks (the loaded columns) are
  // still mapped on their own and returned when a dataset is closed; free
  // memory at the top of the heap is returned once it passes 256 MB.
  // mallopt is declared in <malloc.h>, which the Glibc module does not import.
  typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
  if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {  // RTLD_DEFAULT
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    _ = mallopt(-3, 32 << 20)  // M_MMAP_THRESHOLD
    _ = mallopt(-1, 256 << 20)  // M_TRIM_THRESHOLD
  }
#endif

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
