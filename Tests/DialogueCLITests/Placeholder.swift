import Testing
@Test func DialogueCLITestsPlaceholder() { #expect(Bool(true)) }
