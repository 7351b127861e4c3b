import Foundation

// Every harness's entry point. SwiftPM links every executable with `main` aliased to its module's
// own entry (so test targets can link executables), which would hide the `main` that
// `-sanitize=fuzzer` brings; so each harness's `main.swift` hands control to libFuzzer's driver
// itself, through `runFuzzer`, with its callback `LLVMFuzzerTestOneInput` (defined with `@_cdecl`).

/// libFuzzer's driver (`FuzzerInterface.h`): parses libFuzzer's flags and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with this process's arguments and `testOneInput` (a harness's
/// `LLVMFuzzerTestOneInput`), then exits with the driver's status.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
  var argumentCount = CommandLine.argc
  var arguments = CommandLine.unsafeArgv
  exit(runFuzzerDriver(&argumentCount, &arguments, testOneInput))
}
