import Foundation
import ProcessTestSupport

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
    var environment = ProcessInfo.processInfo.environment
    environment["DIALOGUE"] = try DialogueProcess.binary().path
    let bash = ["/bin/bash", "-c", script]
    let ending =
      try unprivileged
      ? ChildProcess(
        URL(fileURLWithPath: "/usr/bin/setpriv"), ["--reuid=65534", "--regid=65534", "--clear-groups", "--"] + bash,
        in: directory, environment: environment)
      : ChildProcess(URL(fileURLWithPath: bash[0]), Array(bash.dropFirst()), in: directory, environment: environment)
    let outcome = ending.wait(timeout: 600)
    return Outcome(status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr)
  }

  /// A scratch folder everyone may write into (for the unprivileged runs).
  static func sharedScratch(_ purpose: String) throws -> URL {
    let folder = try ScratchFolder.make(purpose)
    chmod(folder.path, 0o1777)
    return folder
  }
}
