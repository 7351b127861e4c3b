import Foundation
import Testing

/// Issue 14, finding 6, on file systems without `O_TMPFILE` (NFS, CIFS, vfat, most FUSE), simulated
/// with `ATOMICFILES_NAMED_TEMPORARY=1`: the named temporary file honours the umask and keeps a
/// replaced file's mode, a SIGTERM/SIGINT/SIGHUP removes it, and one a SIGKILL leaves is removed by
/// the next write to the same file.
@Suite("Named temporary files", .serialized)
struct NamedTemporaryTests {
  @Test("permissions: umask 077 gives 0600, a replaced 0640 file stays 0640", arguments: ShellRunUsers.all)
  func permissions(unprivileged: Bool) throws {
    let scratch = try ShellRun.sharedScratch("named-temporary-mode")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      export ATOMICFILES_NAMED_TEMPORARY=1
      (umask 077 && "$DIALOGUE" summary --output new.txt)
      echo x > kept.txt && chmod 640 kept.txt && "$DIALOGUE" summary --output kept.txt
      stat -c %a new.txt kept.txt
      ls -A
      """
    let run = try ShellRun.run(script, in: scratch, unprivileged: unprivileged)
    #expect(run.stdout == "600\n640\nkept.txt\nnew.txt\n", "\(run.summary)")
  }

  @Test(
    "killed mid-write: the old file or the new one, and no temporary after the next run",
    arguments: [
      SIGTERM, SIGKILL,
    ])
  func interrupted(signal: Int32) throws {
    let scratch = try ScratchFolder.make("named-temporary-kill")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let dataset = try SyntheticDataset.write(countries: 12_000, frameworks: 400, perCountry: 6, into: scratch)
    let work = scratch.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let script = """
      export ATOMICFILES_NAMED_TEMPORARY=1
      for delay in 0.2 0.5 0.8 1.1 1.4 1.7 2.0 2.5 3.0; do
        echo previous > out.graphml
        "$DIALOGUE" export --format graphml --dataset '\(dataset.path)' --output out.graphml & pid=$!
        sleep $delay; kill -\(signal) $pid 2>/dev/null; wait $pid 2>/dev/null
        if [ "$(head -c 9 out.graphml)" != "previous" ] && ! tail -c 20 out.graphml | grep -q '</graphml>'; then
          echo "partial at $delay"
        fi
        extra=$(ls -A | grep -v '^out.graphml$')
        if [ -n "$extra" ] && [ \(signal) != 9 ]; then echo "debris at $delay: $extra"; fi
      done
      "$DIALOGUE" export --format graphml --dataset '\(dataset.path)' --output out.graphml
      ls -A
      """
    let run = try ShellRun.run(script, in: work)
    #expect(run.stdout == "out.graphml\n", "\(run.summary)")
  }
}

/// The users the shell-run tests run as: root, and `nobody` where possible.
enum ShellRunUsers {
  static let all: [Bool] = ShellRun.canDropPrivileges ? [false, true] : [false]
}
