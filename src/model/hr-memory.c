/* hr-memory.c: how the process asks for memory, set once at start */
#include "config.h"

#include <stdlib.h>   /* defines __GLIBC__ on glibc */
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "hr-memory.h"

void
hr_memory_init (void)
{
#ifdef __GLIBC__
  /* A chart frame draws into new images of a few megabytes, a forecast
   * and a sample's series are a few hundred kilobytes, the bands' matrix
   * several megabytes. By default glibc maps such a block afresh and
   * gives it back when freed, so each paid for page faults and zeroed
   * pages again: a third of the chart's paint on the large plan. Blocks
   * up to 32 MB (the most glibc allows) come from the heap instead, which
   * keeps up to 64 MB freed. */
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}
