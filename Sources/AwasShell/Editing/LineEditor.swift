import AwasPluginKit
import CEditShim

#if canImport(Glibc)
  import Glibc
#endif

/// What a read from the terminal produced.
enum ReadResult {
  case statement(String)
  /// Ctrl-C: the line (or the whole multi-line statement) was discarded.
  case cancelled
  /// Ctrl-D on an empty line, or end of input.
  case endOfInput
}

/// State the C callbacks reach through EL_CLIENTDATA.
final class EditorState {
  var prompt: UnsafeMutablePointer<CChar>? = strdup("> ")
  var cancelled = false
  var complete: ((String) -> Completion)?
  var list: (([CompletionCandidate]) -> String)?

  func setPrompt(_ s: String) {
    free(prompt)
    prompt = strdup(s)
  }
  deinit { free(prompt) }
}

private func editorState(_ el: OpaquePointer?) -> EditorState? {
  guard let el, let raw = ces_get_clientdata(el) else { return nil }
  return Unmanaged<EditorState>.fromOpaque(raw).takeUnretainedValue()
}

private let promptCallback: ces_prompt_fn = { el in editorState(el)?.prompt }

/// Ctrl-C while editing: discard the line and start a fresh prompt, like bash.
private let cancelCallback: ces_cmd_fn = { el, _ in
  editorState(el)?.cancelled = true
  Terminal.out("^C")
  return UInt8(CC_NEWLINE)
}

/// Tab: complete the word at the cursor, or list the candidates with descriptions.
private let completeCallback: ces_cmd_fn = { el, _ in
  guard let el, let st = editorState(el), let complete = st.complete, let li = el_line(el)?.pointee
  else { return UInt8(CC_ERROR) }
  let count = li.cursor - li.buffer
  let before = String(
    decoding: UnsafeRawBufferPointer(start: li.buffer, count: count), as: UTF8.self)
  let result = complete(before)
  let partial = result.partial
  let candidates = result.candidates
  if candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
  if candidates.count == 1 {
    let c = candidates[0]
    let rest = c.text.hasPrefix(partial) ? String(c.text.dropFirst(partial.count)) : nil
    if let rest {
      el_insertstr(el, rest + (c.appendSpace ? " " : ""))
    } else {
      el_deletestr(el, Int32(partial.count))
      el_insertstr(el, c.text + (c.appendSpace ? " " : ""))
    }
    return UInt8(CC_REFRESH)
  }
  let lcp = Completion.commonPrefix(candidates.map(\.text))
  if lcp.count > partial.count, lcp.hasPrefix(partial) {
    el_insertstr(el, String(lcp.dropFirst(partial.count)))
    return UInt8(CC_REFRESH)
  }
  Terminal.out("\n" + (st.list?(candidates) ?? candidates.map(\.text).joined(separator: "  ")) + "\n")
  return UInt8(CC_REDISPLAY)
}

/// The interactive line editor: libedit with history, completion, Ctrl-C and
/// Ctrl-D handling, and a secondary prompt for unfinished statements.
final class LineEditor {
  private let el: OpaquePointer
  private let hist: OpaquePointer
  private let state = EditorState()
  let history: HistoryStore

  init?(program: String, history: HistoryStore) {
    guard let el = ces_init(program), let hist = history_init() else { return nil }
    self.el = el
    self.hist = hist
    self.history = history
    ces_history_setsize(hist, Int32(history.limit))
    ces_history_setunique(hist, 1)
    for e in history.entries { ces_history_enter(hist, e) }
    ces_set_clientdata(el, Unmanaged.passUnretained(state).toOpaque())
    ces_set_editor(el, "emacs")
    ces_set_signal(el, 1)
    ces_set_hist(el, hist)
    ces_set_prompt_esc(el, promptCallback, 1)
    ces_addfn(el, "awas-complete", "complete the word at the cursor", completeCallback)
    ces_bind(el, "^I", "awas-complete")
    ces_addfn(el, "awas-cancel", "discard the line", cancelCallback)
    ces_set_tty(el, "-isig")
    ces_bind(el, "^C", "awas-cancel")
    ces_bind(el, "^R", "em-inc-search-prev")
    // The user's ~/.editrc (or $EDITRC) may rebind keys or choose vi.
    _ = ces_source(el, nil)
  }

  deinit {
    history_end(hist)
    el_end(el)
  }

  var completer: ((String) -> Completion)? {
    get { state.complete }
    set { state.complete = newValue }
  }
  var lister: (([CompletionCandidate]) -> String)? {
    get { state.list }
    set { state.list = newValue }
  }

  /// Switches between the emacs and vi keymaps.
  func setEditor(_ mode: String) {
    ces_set_editor(el, mode)
    ces_set_tty(el, "-isig")
    ces_bind(el, "^I", "awas-complete")
    ces_bind(el, "^C", "awas-cancel")
    ces_bind(el, "^R", "em-inc-search-prev")
  }

  /// Reads one complete statement: further lines are read with `continuation`
  /// while `isComplete` says the text is unfinished.
  func readStatement(prompt: String, continuation: String, isComplete: (String) -> Bool) -> ReadResult {
    var text = ""
    var first = true
    while true {
      state.setPrompt(first ? prompt : continuation)
      state.cancelled = false
      var count: Int32 = 0
      // Take the terminal before the prompt is drawn, so keys typed the
      // moment it appears (Ctrl-D, Ctrl-C) reach the editor, not the tty.
      ces_prep_term(el, 1)
      let got = el_gets(el, &count)
      ces_prep_term(el, 0)
      guard let raw = got else {
        if count == -1 && ces_take_sigint() == 1 {
          Terminal.out("\n")
          return .cancelled
        }
        Terminal.out("\n")
        return text.isEmpty ? .endOfInput : .cancelled
      }
      var line = String(cString: raw)
      if line.hasSuffix("\n") { line.removeLast() }
      if state.cancelled {
        Terminal.out("\n")
        return .cancelled
      }
      text = first ? line : text + "\n" + line
      first = false
      if text.trimmingSpaces().isEmpty { return .statement("") }
      if isComplete(text) {
        let entry = text.trimmingSpaces()
        ces_history_enter(hist, entry)
        history.add(entry)
        return .statement(text)
      }
    }
  }

  /// Reads one line with `prompt`, without history (answers to questions).
  func readLine(prompt: String) -> String? {
    state.setPrompt(prompt)
    state.cancelled = false
    var count: Int32 = 0
    ces_prep_term(el, 1)
    let got = el_gets(el, &count)
    ces_prep_term(el, 0)
    guard let raw = got else {
      _ = ces_take_sigint()
      Terminal.out("\n")
      return nil
    }
    if state.cancelled {
      Terminal.out("\n")
      return nil
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return line
  }
}
