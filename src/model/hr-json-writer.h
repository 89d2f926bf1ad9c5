/* hr-json-writer.h: JSON written straight to text, without a tree
 *
 * The layout is Headroom's one (hr_json_to_string() uses this writer too):
 * two-space indentation, and an array of only numbers, strings, booleans
 * and nulls, or an object of at most four of them, on one line. The writer
 * works that out as values come, so callers only say what they write:
 *
 *   hr_json_writer_begin_object (w);
 *   hr_json_writer_member (w, "load");
 *   hr_json_writer_number (w, 0.85);
 *   hr_json_writer_end_object (w);
 *   text = hr_json_writer_free_to_text (w, &length);   // {"load": 0.85}\n
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _HrJsonWriter HrJsonWriter;

HrJsonWriter *hr_json_writer_new          (void);
void          hr_json_writer_free         (HrJsonWriter *self);
/* The text of the one value written, with a final newline; frees @self */
char         *hr_json_writer_free_to_text (HrJsonWriter *self,
                                           gsize        *length);

void hr_json_writer_begin_object (HrJsonWriter *self);
void hr_json_writer_end_object   (HrJsonWriter *self);
void hr_json_writer_begin_array  (HrJsonWriter *self);
void hr_json_writer_end_array    (HrJsonWriter *self);
/* In an object: the name of the value written next */
void hr_json_writer_member       (HrJsonWriter *self,
                                  const char   *name);

/* NULL is written as null */
void hr_json_writer_string       (HrJsonWriter *self,
                                  const char   *value);
/* Shortest digits that read back exactly (hr_json_format_number()); a
 * value that is not finite is written as null, -0 as 0 */
void hr_json_writer_number       (HrJsonWriter *self,
                                  double        value);
void hr_json_writer_integer      (HrJsonWriter *self,
                                  gint64        value);
void hr_json_writer_boolean      (HrJsonWriter *self,
                                  gboolean      value);
void hr_json_writer_null         (HrJsonWriter *self);
/* An absolute month (year × 12 + month − 1) as plan files write it,
 * "2027-03" */
void hr_json_writer_month        (HrJsonWriter *self,
                                  int           absolute_month);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HrJsonWriter, hr_json_writer_free)

G_END_DECLS
