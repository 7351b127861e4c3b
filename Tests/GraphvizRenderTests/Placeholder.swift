import Testing
@Test func GraphvizRenderTestsPlaceholder() { #expect(Bool(true)) }
