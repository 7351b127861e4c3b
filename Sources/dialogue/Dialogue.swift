import ArgumentParser

@main
struct Dialogue: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dialogue",
    abstract: "Analyse the EU's external migration dialogue network."
  )
}
