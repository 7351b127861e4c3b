import FuzzSupport

// The entry point: libFuzzer's driver with this harness's callback (see `runFuzzer`).
runFuzzer { data, size in
  LLVMFuzzerTestOneInput(data ?? UnsafePointer(bitPattern: 1)!, size)
}
