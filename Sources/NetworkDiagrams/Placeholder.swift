enum NetworkDiagramsPlaceholder {}
