/* hr-dtoa.h: the shortest decimal text that reads back as the same double */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Room for the longest text hr_dtoa_shortest writes, with its NUL
 * ("-2.2250738585072014e-308" is 24 characters) */
#define HR_DTOA_BUFFER_SIZE 32

/* Writes the fewest significant digits that g_ascii_strtod() reads back as
 * exactly @value (of those, the nearest to @value), laid out as printf's
 * "%.15g" lays out a number ("%.17g" when it needs 17 digits): "0.1",
 * "1.35", "48250.5", "120000", "123456789012345", "1e+15",
 * "9007199254740992", "0.30000000000000004", "1e-05", "5e-324", "-0".
 * Locale-independent. Returns the length. A non-finite @value has no such
 * text: the buffer is left empty and 0 returned, so each caller says what
 * stands for it (null in JSON, an empty cell in CSV). */
gsize hr_dtoa_shortest (double value,
                        char   buffer[HR_DTOA_BUFFER_SIZE]);

G_END_DECLS
