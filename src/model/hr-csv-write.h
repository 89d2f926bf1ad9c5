/* hr-csv-write.h: fields and numbers of the CSV files Headroom writes */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text, quoted when it holds a comma, a quote or a line break */
void hr_csv_write_field  (GString    *out,
                          const char *text);
/* "," then the number in its shortest exact form; nothing for NAN */
void hr_csv_write_number (GString    *out,
                          double      value);

G_END_DECLS
