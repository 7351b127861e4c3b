import Testing
@Test func NetworkDiagramsTestsPlaceholder() { #expect(Bool(true)) }
