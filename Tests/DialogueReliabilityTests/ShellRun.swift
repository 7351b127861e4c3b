import Foundation

/// Runs a bash script that calls the real `dialogue` (as `"$DIALOGUE"`), optionally as the
/// unprivileged user `nobody` (through `setpriv`): CI runs as root, where permission checks and
/// device nodes behave differently, so some findings are checked both ways.
enum ShellRun {
  /// How a script ended.
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
    var summary: String {
      "exit \(status); stdout: \(stdout.prefix(300).debugDescription); stderr: \(stderr.prefix(600).debugDescription)"
    }
  }

  /// Whether the tests can switch to an unprivileged user (they run as root and `setpriv` exists).
  static var canDropPrivileges: Bool {
    geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
  }

  /// Runs `script` with bash in `directory`; `unprivileged` runs it as uid/gid 65534 (nobody).
  static func run(_ script: String, in directory: URL, unprivileged: Bool = false) throws -> Outcome {
    let process = Process()
    if unprivileged {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = [
        "--reuid=65534", "--regid=65534", "--clear-groups", "--", "/bin/bash", "-c", script,
      ]
    } else {
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments = ["-c", script]
    }
    var environment = ProcessInfo.processInfo.environment
    environment["DIALOGUE"] = try DialogueProcess.binary().path
    process.environment = environment
    process.currentDirectoryURL = directory
    process.standardInput = FileHandle.nullDevice
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    nonisolated(unsafe) var output = Data()
    let reader = Thread { output = out.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while reader.isExecuting || !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }

  /// A scratch folder everyone may write into (for the unprivileged runs).
  static func sharedScratch(_ purpose: String) throws -> URL {
    let folder = try ScratchFolder.make(purpose)
    chmod(folder.path, 0o1777)
    return folder
  }
}
