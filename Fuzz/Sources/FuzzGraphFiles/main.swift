import Foundation

// The entry point. SwiftPM links every executable with `main` aliased to this module's own entry
// (so test targets can link executables), which would hide the `main` that `-sanitize=fuzzer`
// brings; so the entry point hands control to libFuzzer's driver itself, with the harness
// callback `LLVMFuzzerTestOneInput` (defined in this module with `@_cdecl`).

/// libFuzzer's driver (`FuzzerInterface.h`): parses libFuzzer's flags and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(
  runFuzzerDriver(&argumentCount, &arguments) { data, size in
    LLVMFuzzerTestOneInput(data ?? UnsafePointer(bitPattern: 1)!, size)
  })
