/* hr-memory.h: how the process asks for memory, set once at start */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Keeps freed blocks of up to 32 MB for the next use (glibc only): the
 * app, headroom-cli and the benchmarks call it first thing */
void hr_memory_init (void);

G_END_DECLS
