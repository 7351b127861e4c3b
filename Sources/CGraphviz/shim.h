// The thin C boundary to Graphviz: the system's headers (found through pkg-config's libgvc), plus
// static inline wrappers only where Swift cannot call Graphviz directly (macros, non-const char *,
// descriptor globals best passed by value). Imported only by GraphvizRender (`internal import`).
//
// Graphviz 2.42 declares most string parameters as `char *` although it never writes through
// them; the `dn_` wrappers below take `const char *` so Swift strings can be passed directly.
#ifndef DIALOGUE_CGRAPHVIZ_SHIM_H
#define DIALOGUE_CGRAPHVIZ_SHIM_H
#include <stdlib.h>
#include <string.h>
#include <gvc.h>
#include <cgraph.h>

// Graph IDs in creation order. cgraph's default ID discipline gives a named object the address of
// its interned name as ID, and lists a graph's subgraphs — in memory and in DOT output — by ID: by
// where malloc happened to put their names, which can change when one process renders repeatedly.
// This discipline numbers named graphs and subgraphs 2, 4, 6… in the order they are created, so
// subgraphs are always listed in creation order; nodes, edges and anonymous objects keep cgraph's
// default (nodes and edges are listed by creation sequence anyway). Lookup is a linear scan: a
// diagram has tens of subgraphs, not thousands.
typedef struct {
  Agraph_t *root;
  char **names;  // names[k] (interned with agstrdup) has ID 2 (k + 1)
  size_t count;
  size_t capacity;
} dn_graph_ids;

static void *dn_graph_ids_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  dn_graph_ids *ids = calloc(1, sizeof *ids);
  if (ids) ids->root = g;
  return ids;
}

static long dn_graph_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  dn_graph_ids *ids = state;
  if (objtype != AGRAPH || !str || !ids) return AgIdDisc.map(ids ? ids->root : NULL, objtype, str, id, createflag);
  for (size_t k = 0; k < ids->count; k++) {
    if (strcmp(ids->names[k], str) == 0) {
      *id = (IDTYPE)(2 * (k + 1));
      return 1;
    }
  }
  if (!createflag) return 0;
  if (ids->count == ids->capacity) {
    size_t capacity = ids->capacity ? 2 * ids->capacity : 16;
    char **grown = realloc(ids->names, capacity * sizeof *grown);
    if (!grown) return 0;
    ids->names = grown;
    ids->capacity = capacity;
  }
  char *name = agstrdup(ids->root, str);
  if (!name) return 0;
  ids->names[ids->count++] = name;
  *id = (IDTYPE)(2 * ids->count);
  return 1;
}

static long dn_graph_ids_alloc(void *state, int objtype, IDTYPE id) {
  dn_graph_ids *ids = state;
  return AgIdDisc.alloc(ids ? ids->root : NULL, objtype, id);
}

static void dn_graph_ids_free(void *state, int objtype, IDTYPE id) {
  dn_graph_ids *ids = state;
  if (objtype == AGRAPH || !ids) return;  // graph names are released on close
  AgIdDisc.free(ids->root, objtype, id);
}

static char *dn_graph_ids_print(void *state, int objtype, IDTYPE id) {
  dn_graph_ids *ids = state;
  if (objtype == AGRAPH) {
    if (ids && id % 2 == 0 && id >= 2 && id / 2 <= ids->count) return ids->names[id / 2 - 1];
    return NULL;  // an anonymous subgraph (odd ID)
  }
  return ids ? AgIdDisc.print(ids->root, objtype, id) : NULL;
}

static void dn_graph_ids_close(void *state) {
  dn_graph_ids *ids = state;
  if (!ids) return;
  for (size_t k = 0; k < ids->count; k++) agstrfree(ids->root, ids->names[k]);
  free(ids->names);
  free(ids);
}

static void dn_graph_ids_register(void *state, int objtype, void *obj) {
  (void)state;
  (void)objtype;
  (void)obj;
}

static Agiddisc_t dn_graph_id_discipline = {
  dn_graph_ids_open, dn_graph_ids_map, dn_graph_ids_alloc, dn_graph_ids_free,
  dn_graph_ids_print, dn_graph_ids_close, dn_graph_ids_register,
};

/// Wraps `agopen`: opens a root graph, directed or not, strict (no multi-edges) or not, whose
/// subgraphs are listed in the order they are created (see `dn_graph_id_discipline`).
static inline Agraph_t *dn_agopen(const char *name, int directed, int strict) {
  Agdesc_t desc = directed ? (strict ? Agstrictdirected : Agdirected)
                           : (strict ? Agstrictundirected : Agundirected);
  Agdisc_t disc = {&AgMemDisc, &dn_graph_id_discipline, &AgIoDisc};
  return agopen((char *)name, desc, &disc);
}

/// Wraps `agnode` with create flag 1: finds or creates the node `name` in `g` (and its root).
static inline Agnode_t *dn_agnode(Agraph_t *g, const char *name) {
  return agnode(g, (char *)name, 1);
}

/// Wraps `agedge` with create flag 1; `key` may be NULL (an anonymous edge).
static inline Agedge_t *dn_agedge(Agraph_t *g, Agnode_t *tail, Agnode_t *head, const char *key) {
  return agedge(g, tail, head, (char *)key, 1);
}

/// Wraps `agsubg` with create flag 1: finds or creates the subgraph `name` of `g`.
static inline Agraph_t *dn_agsubg(Agraph_t *g, const char *name) {
  return agsubg(g, (char *)name, 1);
}

/// Wraps `agattr`: declares attribute `name` for objects of `kind` (AGRAPH, AGNODE, AGEDGE) in
/// `g` with default `value`.
static inline Agsym_t *dn_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
  return agattr(g, kind, (char *)name, (char *)value);
}

/// Wraps `agattr` with an HTML-like default: interns `html` with `agstrdup_html`, declares it,
/// and releases the temporary reference with `agstrfree`.
static inline Agsym_t *dn_agattr_html(Agraph_t *g, int kind, const char *name, const char *html) {
  char *interned = agstrdup_html(agroot(g), (char *)html);
  Agsym_t *sym = agattr(g, kind, (char *)name, interned);
  agstrfree(agroot(g), interned);
  return sym;
}

/// Wraps `agsafeset`: sets attribute `name` of `obj` to `value`, declaring it with default `def`
/// on the root graph when it does not exist yet.
static inline int dn_agsafeset(void *obj, const char *name, const char *value, const char *def) {
  return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

/// Wraps `agsafeset` with an HTML-like value: interns `html` with `agstrdup_html`, so Graphviz
/// parses it as an HTML-like label, and releases the temporary reference with `agstrfree`.
static inline int dn_agsafeset_html(void *obj, const char *name, const char *html, const char *def) {
  Agraph_t *root = agroot(obj);
  char *interned = agstrdup_html(root, (char *)html);
  int status = agsafeset(obj, (char *)name, interned, (char *)def);
  agstrfree(root, interned);
  return status;
}

/// Wraps `agget`: the value of attribute `name` of `obj`, or NULL when it is not declared.
static inline const char *dn_agget(void *obj, const char *name) {
  return agget(obj, (char *)name);
}

/// Wraps `gvPluginList`: the names of the installed plugins of one kind ("layout", "device"…).
/// The caller frees each string and the array with `dn_free_plugin_list`.
static inline char **dn_gvPluginList(GVC_t *gvc, const char *kind, int *count) {
  return gvPluginList(gvc, kind, count, NULL);
}

/// Frees a list returned by `gvPluginList` (each string, then the array, all from `malloc`).
static inline void dn_free_plugin_list(char **list, int count) {
  if (!list) return;
  for (int i = 0; i < count; i++) free(list[i]);
  free(list);
}

/// The `agusererrf` callback type (`int (*)(char *)`), for installing with `agseterrf`.
typedef agusererrf dn_error_sink;

/// Wraps the `agtail` macro: the tail node of an edge.
static inline Agnode_t *dn_agtail(Agedge_t *e) { return agtail(e); }

/// Wraps the `aghead` macro: the head node of an edge.
static inline Agnode_t *dn_aghead(Agedge_t *e) { return aghead(e); }

#endif
