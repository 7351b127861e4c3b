// The thin C boundary to Graphviz: the system's headers (found through pkg-config's libgvc), plus
// static inline wrappers only where Swift cannot call Graphviz directly (macros, non-const char *).
#ifndef DIALOGUE_CGRAPHVIZ_SHIM_H
#define DIALOGUE_CGRAPHVIZ_SHIM_H
#include <gvc.h>
#include <cgraph.h>
#endif
