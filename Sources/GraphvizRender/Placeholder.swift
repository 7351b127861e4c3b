/// Placeholder: the Graphviz engine lands with the Foundation issue.
enum GraphvizRenderPlaceholder {}
