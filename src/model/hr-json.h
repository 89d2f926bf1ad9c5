/* hr-json.h: guarded JSON parsing and a readable JSON writer */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Parses a plan file's text. Refuses, as "NAME:LINE:COLUMN: what is wrong",
 * what json-glib 1.6 would crash on or let through: invalid UTF-8, empty
 * text, nesting deeper than max_depth and numbers that are not finite. */
JsonNode *hr_json_parse       (const char  *data,
                               gsize        length,
                               const char  *display_name,
                               guint        max_depth,
                               GError     **error);

/* Items of a plan's lists, checked but not yet built */
typedef struct _HrJsonDeferred HrJsonDeferred;

/* hr_json_parse() that checks the objects in the top-level lists named in
 * @lists as it checks the rest, with the same messages, but builds none:
 * an empty object stands in for each until hr_json_deferred_build() is
 * asked for it. A large plan's tree is then never in memory whole, only
 * an item at a time. @data must outlive @deferred. */
JsonNode *hr_json_parse_deferred (const char          *data,
                                  gsize                length,
                                  const char          *display_name,
                                  guint                max_depth,
                                  const char * const  *lists,
                                  HrJsonDeferred     **deferred,
                                  GError             **error);
/* The tree of the item @item stands in for, the caller's, or NULL when
 * @item is not a stand-in */
JsonNode *hr_json_deferred_build (HrJsonDeferred     *deferred,
                                  JsonNode           *item);
void      hr_json_deferred_free  (HrJsonDeferred     *deferred);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrJsonDeferred, hr_json_deferred_free)

/* Writes with two-space indentation, small objects and number lists on one
 * line, and numbers in their shortest exact form (0.1, not 0.1000…01). */
char     *hr_json_to_string   (JsonNode    *node,
                               gsize       *length);

/* The tree of JSON text that Headroom wrote itself (so it parses), taking
 * @text; NULL for NULL */
JsonNode *hr_json_from_text   (char        *text);

/* Shortest text that reads back as the same double (hr_dtoa_shortest), "0"
 * for -0 and "null" for what is not finite, which JSON cannot hold */
void      hr_json_format_number (char   *buffer,
                                 gsize   size,
                                 double  value);

/* A copy that shares nothing with @node (json_node_copy() shares the
 * members of objects and arrays) */
JsonNode *hr_json_node_copy_deep (JsonNode *node);

G_END_DECLS
