import AwasPluginKit

extension Interpreter {
  /// `source FILE [ARG…]`: runs a script file, relative to the folder of the
  /// script that names it. Its arguments become `$arg1`… while it runs.
  func runSource(_ pathWord: Word, arguments: [Word], outcome: inout RunOutcome) throws {
    let raw = ArgumentBinder.expandHome(try text(of: pathWord))
    let cwd = FileManager.default.currentDirectoryPath
    let base = folders.last ?? cwd
    let path = raw.hasPrefix("/") ? raw : URL(fileURLWithPath: base).appendingPathComponent(raw).path
    guard sourceDepth < Interpreter.maxSourceDepth else {
      throw Diagnostic(Messages.sourceTooDeep(Interpreter.maxSourceDepth), span: pathWord.span, hint: Messages.sourceTooDeepHint)
    }
    guard nesting < Parser.maxDepth else {
      throw Diagnostic(Messages.nestedTooDeep(Parser.maxDepth), span: pathWord.span, hint: Messages.nestedTooDeepHint)
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".awas") }
      let near = Suggest.closest(URL(fileURLWithPath: raw).lastPathComponent, among: scripts)
      throw Diagnostic(Messages.sourceNotFound(raw), span: pathWord.span, hint: Messages.didYouMean(near))
    }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(Messages.sourceUnreadable(raw), span: pathWord.span)
    }
    let args = try arguments.map { try self.text(of: $0) }
    let saved = (state.variables, argumentTexts)
    if !args.isEmpty { setScriptArguments(args) }
    let source = SourceText(name: raw.hasPrefix("/") || base == cwd ? raw : path, text: text)
    sourceDepth += 1
    folders.append(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    defer {
      sourceDepth -= 1
      folders.removeLast()
      if !args.isEmpty {
        for key in state.variables.keys where key == "args" || (key.hasPrefix("arg") && Int(key.dropFirst(3)) != nil) {
          state.variables[key] = saved.0[key]
        }
        for (k, v) in saved.0 where k == "args" || k.hasPrefix("arg") { state.variables[k] = v }
        argumentTexts = saved.1
      }
    }
    if !execute(Lexer.tokenize(text), source: source, topLevel: false, depth: nesting + 1, outcome: &outcome) { throw StopRun() }
  }
}
