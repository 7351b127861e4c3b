import Testing
@Test func DialogueReportTestsPlaceholder() { #expect(Bool(true)) }
