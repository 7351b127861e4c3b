import Foundation
import Testing

/// Issue 14, findings 2, 3 and 9: every write is checked (a failure is exit 73 with one line
/// naming the target, a reader that goes away ends the tool quietly), and `--output` never
/// replaces what is not a regular file — as root and as an unprivileged user.
@Suite("Outputs: honest exit codes and special files", .serialized)
struct OutputHonestyTests {
  static let users: [Bool] = ShellRun.canDropPrivileges ? [false, true] : [false]

  @Test(
    "a full disk behind standard output is exit 73 naming standard output",
    arguments: [
      "list nodes", "summary --format json", "report --output -", "render --output -",
      "export --format graphml --output -",
    ])
  func fullDiskOnStandardOutput(command: String) throws {
    let scratch = try ShellRun.sharedScratch("stdout-full")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run("\"$DIALOGUE\" \(command) > /dev/full", in: scratch)
    #expect(run.status == 73, "\(command): \(run.summary)")
    #expect(
      run.stderr == "dialogue: error: cannot write to standard output: No space left on device\n", "\(run.summary)")
  }

  @Test("a closed standard output is exit 73")
  func closedStandardOutput() throws {
    let scratch = try ShellRun.sharedScratch("stdout-closed")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run("\"$DIALOGUE\" list nodes >&-", in: scratch)
    #expect(run.status == 73, "\(run.summary)")
    #expect(run.stderr.contains("standard output"))
  }

  @Test("a reader that stops early (| head) ends the tool quietly with 0")
  func closedPipeIsQuiet() throws {
    let scratch = try ShellRun.sharedScratch("stdout-pipe")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run(
      "\"$DIALOGUE\" export --format graphml --output - 2>err | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}; cat err",
      in: scratch)
    #expect(run.stdout == "0\n", "\(run.summary)")
  }

  @Test("a full disk behind --output is exit 73 naming the file")
  func fullDiskOnOutputFile() throws {
    let scratch = try ShellRun.sharedScratch("output-full")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run("\"$DIALOGUE\" summary --output /dev/full", in: scratch)
    #expect(run.status == 73, "\(run.summary)")
    #expect(run.stderr.contains("/dev/full") && run.stderr.split(separator: "\n").count == 1, "\(run.summary)")
  }

  @Test("/dev/null, /dev/stdout, a FIFO and >(cmd) are written through, never replaced", arguments: users)
  func specialFilesAreWrittenThrough(unprivileged: Bool) throws {
    let scratch = try ShellRun.sharedScratch("special-outputs")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      set -u
      "$DIALOGUE" summary --output /dev/null || echo "null failed $?"
      test -c /dev/null || echo "/dev/null is no longer a device"
      "$DIALOGUE" summary --format csv --output /dev/stdout > from-stdout || echo "stdout failed"
      mkfifo fifo
      (cat fifo > from-fifo) & reader=$!
      "$DIALOGUE" summary --format csv --output fifo || echo "fifo failed $?"
      wait $reader
      test -p fifo || echo "the FIFO was replaced"
      "$DIALOGUE" summary --format csv --output >(cat > from-substitution) || echo "substitution failed $?"
      sleep 0.3
      echo done
      """
    let run = try ShellRun.run(script, in: scratch, unprivileged: unprivileged)
    #expect(run.stdout == "done\n", "\(run.summary)")
    #expect(run.stderr.isEmpty, "\(run.summary)")
    let fromFIFO = (try? String(contentsOf: scratch.appendingPathComponent("from-fifo"), encoding: .utf8)) ?? ""
    let fromSubstitution =
      (try? String(contentsOf: scratch.appendingPathComponent("from-substitution"), encoding: .utf8)) ?? ""
    let fromStdout = (try? String(contentsOf: scratch.appendingPathComponent("from-stdout"), encoding: .utf8)) ?? ""
    #expect(fromFIFO.hasPrefix("section,"), "\(fromFIFO.prefix(80))")
    #expect(fromSubstitution == fromFIFO)
    #expect(fromStdout == fromFIFO, "the CSV reached standard output through /dev/stdout")
  }

  @Test("a symbolic link's target is replaced, the link stays a link", arguments: users)
  func symbolicLinkStays(unprivileged: Bool) throws {
    let scratch = try ShellRun.sharedScratch("symlink-output")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      echo old > target.txt && ln -s target.txt link.txt
      "$DIALOGUE" summary --format csv --no-bom --output link.txt || echo "failed $?"
      test -L link.txt || echo "the link was replaced"
      head -c 8 target.txt; echo
      ls -A
      """
    let run = try ShellRun.run(script, in: scratch, unprivileged: unprivileged)
    #expect(run.stdout == "section,\nlink.txt\ntarget.txt\n", "\(run.summary)")
  }

  @Test("permissions: a replaced file keeps its mode, a new file honours the umask", arguments: users)
  func permissions(unprivileged: Bool) throws {
    let scratch = try ShellRun.sharedScratch("permissions")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = """
      echo secret > private.csv && chmod 600 private.csv
      "$DIALOGUE" summary --format csv --output private.csv
      stat -c %a private.csv
      (umask 077 && "$DIALOGUE" summary --format csv --output new.csv && "$DIALOGUE" export --format json --output new.json)
      stat -c %a new.csv new.json
      (umask 022 && "$DIALOGUE" summary --format csv --output shared.csv)
      stat -c %a shared.csv
      ls -A
      """
    let run = try ShellRun.run(script, in: scratch, unprivileged: unprivileged)
    #expect(
      run.stdout == "600\n600\n600\n644\nnew.csv\nnew.json\nprivate.csv\nshared.csv\n", "\(run.summary)")
  }

  @Test("--output newdir/ is refused instead of writing a file named newdir")
  func trailingSlash() throws {
    let scratch = try ShellRun.sharedScratch("trailing-slash")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run("\"$DIALOGUE\" summary --output newdir/; echo \"status $?\"; ls -A", in: scratch)
    #expect(run.stdout == "status 73\n", "\(run.summary)")
    #expect(run.stderr.contains("name a file"), "\(run.summary)")
  }

  @Test("main --output '' is a usage error, not a write into the current folder")
  func emptyMainOutput() throws {
    let scratch = try ShellRun.sharedScratch("main-empty-output")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run("\"$DIALOGUE\" main --output ''; echo \"status $?\"; ls -A", in: scratch)
    #expect(run.stdout.hasSuffix("status 64\n"), "\(run.summary)")
    #expect(!run.stdout.contains("report.html"))
  }

  @Test("an error about a path with a newline and escape sequences is one sanitised line")
  func hostilePathInError() throws {
    let scratch = try ShellRun.sharedScratch("hostile-path")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ShellRun.run("\"$DIALOGUE\" summary --dataset $'x\\ny\\e[31m\\u202e'", in: scratch)
    #expect(run.status == 1, "\(run.summary)")
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.summary)")
    #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{202E}"), "\(run.summary)")
    #expect(run.stderr.contains("x<U+000A>y<U+001B>[31m<U+202E>"), "\(run.summary)")
  }
}
