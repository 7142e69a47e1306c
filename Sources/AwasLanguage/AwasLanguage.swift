// The command language: lexer, parser, evaluator, diagnostics.
import AwasPluginKit
