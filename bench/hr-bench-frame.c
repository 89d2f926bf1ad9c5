/* hr-bench-frame.c: how long an edit takes to reach the screen, in a real
 * window, measured with the window's frame clock. Not a test: run it under
 * a display (see docs/performance.md) and write the medians down.
 *
 *   hr-bench-frame [--plan FILE] [--page chart|journey] [--edits N]
 *                  [--screenshot PNG]
 *   hr-bench-frame --cold-start N -- COMMAND [ARG…]
 *
 * Each edit changes a moment's preparation hours, as the Journey page's
 * field does (on the Journey page it is typed into that field). The main
 * thread's CPU time is read before the edit and at the end of every frame
 * the edit caused; the last such frame is the one that shows it.
 *
 * HR_BENCH_FRAMES=1 prints the CPU time of every frame. Under
 * valgrind --tool=callgrind --collect-atstart=no, only the timed edits are
 * counted: instruction counts compare builds on a loaded machine.
 *
 * --cold-start starts COMMAND N times, with hr-first-frame preloaded, and
 * reports the time from starting it to the end of its first frame. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <glib/gstdio.h>

#ifdef HR_BENCH_CALLGRIND
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include "hr-application.h"
#include "hr-bench-stats.h"
#include "hr-journey-page.h"
#include "hr-memory.h"
#include "hr-number-entry.h"
#include "hr-window.h"

/* frames further apart than this after an edit are not the edit's */
#define SETTLE_MSEC 150

typedef struct {
  gint64 cpu;        /* main thread, ns */
  gint64 wall;       /* monotonic, µs */
  guint  frames;
} Mark;

/* Where a frame's CPU time goes: before the frame clock's layout phase
 * (the edit, the document's idle, the frame's update phase), layout
 * (measuring and allocating), paint (snapshot and rendering) */
enum { PHASE_BEFORE, PHASE_LAYOUT, PHASE_PAINT, N_PHASES };

static Mark last_paint;
static gint64 phase_start;
static gint64 phase_ns[N_PHASES];

static gint64
thread_cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static void
phase_ended (int phase)
{
  gint64 now = thread_cpu_ns ();

  phase_ns[phase] += now - phase_start;
  phase_start = now;
}

static void
before_paint_done_cb (GdkFrameClock *clock,
                gpointer       data)
{
  /* emitted in every frame, unlike update (only with tick callbacks) */
  phase_ended (PHASE_BEFORE);
}

static void
layout_done_cb (GdkFrameClock *clock,
                gpointer       data)
{
  phase_ended (PHASE_LAYOUT);
}

static void
paint_done_cb (GdkFrameClock *clock,
               gpointer       data)
{
  phase_ended (PHASE_PAINT);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  if (g_getenv ("HR_BENCH_FRAMES"))
    g_printerr ("frame %u: %.2f ms since the last\n", last_paint.frames, (thread_cpu_ns () - last_paint.cpu) / 1e6);
  last_paint.cpu = thread_cpu_ns ();
  last_paint.wall = g_get_monotonic_time ();
  last_paint.frames++;
  phase_start = last_paint.cpu;
}

static gboolean
settled_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop, blocking (so that waiting costs no CPU), until no
 * frame was painted for SETTLE_MSEC */
static void
settle (void)
{
  for (;;)
    {
      guint frames = last_paint.frames;
      gboolean settled = FALSE;

      /* below the frame clock's priority: a frame due is painted first,
       * however slow the machine (or valgrind) */
      g_timeout_add_full (G_PRIORITY_LOW, SETTLE_MSEC, settled_cb, &settled, NULL);
      while (!settled)
        g_main_context_iteration (NULL, TRUE);
      if (last_paint.frames == frames)
        return;
    }
}

/* The window as drawn, to look at: Xvfb has no screen grabber of its own */
static void
save_screenshot (GtkWidget  *window,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
}

static void
write_settings (const char *config)
{
  g_autofree char *dir = g_build_filename (config, "gtk-4.0", NULL);
  g_autofree char *path = g_build_filename (dir, "settings.ini", NULL);

  /* a blinking cursor repaints twice a second and costs more than an edit */
  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, "[Settings]\ngtk-cursor-blink=false\n", -1, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* COMMAND started @runs times: milliseconds to its first frame */
static int
cold_start (int          runs,
            char       **command,
            const char  *self_path,
            const char  *config)
{
  g_autofree char *dir = g_path_get_dirname (self_path);
  g_autofree char *module = g_build_filename (dir, "libhr-first-frame.so", NULL);
  g_autofree char *out = g_build_filename (config, "first-frame", NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double middle;

  if (!g_file_test (module, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s is missing\n", module);
      return 1;
    }
  for (int i = 0; i < runs + 1; i++)
    {
      g_auto(GStrv) env = g_get_environ ();
      g_autofree char *t0 = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_unlink (out);
      env = g_environ_setenv (env, "LD_PRELOAD", module, TRUE);
      env = g_environ_setenv (env, "HR_FIRST_FRAME_OUT", out, TRUE);
      t0 = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
      env = g_environ_setenv (env, "HR_FIRST_FRAME_T0", t0, TRUE);
      if (!g_spawn_sync (NULL, command, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                         | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (!g_file_get_contents (out, &text, NULL, NULL))
        {
          g_printerr ("%s painted no frame\n", command[0]);
          return 1;
        }
      if (i > 0)  /* the first run warms the disk cache */
        g_array_append_val (times, ((double) { g_ascii_strtod (text, NULL) }));
    }
  /* sorted by the median, for the least and the most */
  middle = hr_bench_median (times);
  printf ("cold start to first frame: %-24s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%u runs)\n",
          command[0], middle, g_array_index (times, double, 0),
          g_array_index (times, double, times->len - 1), times->len);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *plan_path = NULL;
  g_autofree char *page = g_strdup ("chart");
  g_autofree char *screenshot = NULL;
  g_autofree char *config = g_dir_make_tmp ("hr-bench-frame-XXXXXX", NULL);
  int edits = 30;
  GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_FILENAME, &plan_path, "The plan to edit (default: the sample)", "FILE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "The page shown: chart or journey", "PAGE" },
    { "edits", 0, 0, G_OPTION_ARG_INT, &edits, "How many edits to time", "N" },
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &screenshot, "Save the window after the edits", "PNG" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GArray) to_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *phases[N_PHASES];
  g_autoptr(HrMoment) moment = NULL;
  GtkEditable *field = NULL;
  HrWindow *window;

  for (int p = 0; p < N_PHASES; p++)
    phases[p] = g_array_new (FALSE, FALSE, sizeof (double));
  if (argc > 3 && g_str_equal (argv[1], "--cold-start"))
    {
      int status;

      write_settings (config);
      g_setenv ("XDG_CONFIG_HOME", config, TRUE);
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      status = cold_start (atoi (argv[2]), argv + (g_str_equal (argv[3], "--") ? 4 : 3), argv[0], config);
      remove_tree (config);
      return status;
    }
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  write_settings (config);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* as the app's main () */
  hr_memory_init ();
  if (!gtk_init_check ())
    {
      g_printerr ("hr-bench-frame needs a display (xvfb-run)\n");
      return 1;
    }

  if (plan_path)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (plan_path);
      plan = hr_plan_load_file (file, NULL, &error);
    }
  else
    plan = hr_plan_new_sample ();
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  moment = g_list_model_get_item (hr_plan_get_moments (plan), 0);

  window = hr_window_new (NULL, plan, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1360, 820);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

    /* after GTK's own handlers, which the window connected first */
    g_signal_connect_after (clock, "before-paint", G_CALLBACK (before_paint_done_cb), NULL);
    g_signal_connect_after (clock, "layout", G_CALLBACK (layout_done_cb), NULL);
    g_signal_connect_after (clock, "paint", G_CALLBACK (paint_done_cb), NULL);
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  }
  hr_window_show_page (window, page);
  if (g_str_equal (page, "journey"))
    {
      HrJourneyPage *journey = hr_window_get_journey_page (window);

      hr_item_list_select (hr_journey_page_get_list (journey), 0);
      field = hr_number_entry_get_editable (HR_NUMBER_ENTRY (hr_form_get_widget (hr_journey_page_get_form (journey),
                                                                                 "prep")));
      gtk_widget_grab_focus (GTK_WIDGET (field));
    }
  settle ();

  for (int i = 0; i < edits + 1; i++)
    {
      double prep = 1.0 + (i % 4) * 0.25;
      Mark before = { thread_cpu_ns (), g_get_monotonic_time (), last_paint.frames };

      memset (phase_ns, 0, sizeof phase_ns);
      phase_start = before.cpu;
      gint64 end_cpu;

      if (i == 1)
        CALLGRIND_TOGGLE_COLLECT;
      if (field)
        {
          g_autofree char *text = g_strdup_printf ("%g", prep);
          gtk_editable_set_text (field, text);
          /* Enter: a typed number reaches the plan when it is finished */
          g_signal_emit_by_name (field, "activate");
        }
      else
        {
          hr_undo_stack_set (hr_window_get_undo_stack (window), moment, "prep", prep, NULL);
          /* every edit a step of its own, as edits a second apart are */
          hr_undo_stack_seal (hr_window_get_undo_stack (window));
        }
      settle ();
      end_cpu = thread_cpu_ns ();
      if (i == 0)
        continue;  /* warm-up */
      if (last_paint.frames == before.frames)
        {
          g_printerr ("edit %d painted no frame\n", i);
          continue;
        }
      g_array_append_val (to_frame, ((double) { (last_paint.cpu - before.cpu) / 1e6 }));
      g_array_append_val (total, ((double) { (end_cpu - before.cpu) / 1e6 }));
      g_array_append_val (wall, ((double) { (last_paint.wall - before.wall) / 1e3 }));
      g_array_append_val (frames, ((double) { last_paint.frames - before.frames }));
      for (int p = 0; p < N_PHASES; p++)
        g_array_append_val (phases[p], ((double) { phase_ns[p] / 1e6 }));
    }
  CALLGRIND_TOGGLE_COLLECT;

  printf ("page %-8s plan %-20s edits %2u   main-thread CPU to the frame shown %7.2f ms"
          "   (until idle %7.2f ms)   wall %7.2f ms   frames %.0f\n",
          page, plan_path ? plan_path : "sample", to_frame->len, hr_bench_median (to_frame), hr_bench_median (total),
          hr_bench_median (wall), hr_bench_median (frames));
  printf ("    of which, medians: before layout %.2f ms, layout %.2f ms, paint %.2f ms\n",
          hr_bench_median (phases[PHASE_BEFORE]), hr_bench_median (phases[PHASE_LAYOUT]),
          hr_bench_median (phases[PHASE_PAINT]));
  for (int p = 0; p < N_PHASES; p++)
    g_array_unref (phases[p]);

  if (screenshot)
    save_screenshot (GTK_WIDGET (window), screenshot);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (config);
  return 0;
}
