/* hr-first-frame.c: preloaded into a GTK 4 program (LD_PRELOAD) by
 * `hr-bench-frame --cold-start`, it notes when the program's first window
 * finished painting its first frame and ends the program. The same for
 * Headroom and for any other app, so their start-up compares fairly.
 *
 * HR_FIRST_FRAME_T0: when the program was started (g_get_monotonic_time);
 * HR_FIRST_FRAME_OUT: the file to write the milliseconds to. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <gtk/gtk.h>

static void
report (void)
{
  const char *t0 = g_getenv ("HR_FIRST_FRAME_T0");
  const char *out = g_getenv ("HR_FIRST_FRAME_OUT");
  double elapsed = (g_get_monotonic_time () - g_ascii_strtoll (t0 ? t0 : "0", NULL, 10)) / 1000.0;
  FILE *file = out ? fopen (out, "w") : NULL;

  if (file)
    {
      fprintf (file, "%.3f\n", elapsed);
      fclose (file);
    }
  _exit (0);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  report ();
}

/* Looks for the first window every millisecond, before anything else the
 * main loop has to do, so that it is watched before its first frame is
 * painted (a frame already painted is reported at once, late by less than
 * a millisecond) */
static gboolean
watch_cb (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (l->data);

      if (clock == NULL)
        continue;
      if (gdk_frame_clock_get_frame_counter (clock) > 0)
        report ();
      g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
      g_list_free (toplevels);
      return G_SOURCE_REMOVE;
    }
  g_list_free (toplevels);
  return G_SOURCE_CONTINUE;
}

__attribute__ ((constructor)) static void
first_frame_init (void)
{
  if (g_getenv ("HR_FIRST_FRAME_OUT"))
    g_timeout_add_full (G_PRIORITY_HIGH, 1, watch_cb, NULL, NULL);
}
