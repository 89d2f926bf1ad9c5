/* hr-bench-calibration.c: times calibration on a year of logged time of a
 * team of 20 (about 5,000 entries in a Toggl Track export). Not a test:
 * run `build/bench/hr-bench-calibration [RUNS]` and write the figures down
 * in docs/performance.md; `--plan` and `--log` print the generated plan and
 * export, `--scale N` multiplies the accounts and entries. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hr-calibration.h"
#include "hr-engine.h"
#include "hr-json.h"
#include "hr-time-import.h"
#ifdef HR_BENCH_CHARTS
#include "hr-chart.h"
#endif

static guint32 seed_state;

static double
next_random (void)
{
  seed_state = seed_state * 1664525u + 1013904223u;
  return (seed_state >> 8) / (double) (1u << 24);
}

static const char *first_names[] = {
  "Alex", "Bea", "Cam", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo",
  "Kai", "Lea", "Max", "Nia", "Oli", "Pia", "Quin", "Rui", "Sam", "Tia",
};
static const char *last_names[] = {
  "Berg", "Costa", "Diaz", "Engel", "Fox", "Gray", "Holm", "Ito", "Jensen", "Kim",
};

typedef struct {
  const char *id, *name, *task;
  int         at, every;
  double      hours;
} Moment;

static const Moment moments[] = {
  { "kickoff", "Kickoff", "Kickoff call", 0, 0, 4.5 },
  { "onboarding", "Onboarding", "Onboarding session", 1, 0, 6 },
  { "first-value", "First Value", "First value check", 2, 0, 2 },
  { "value-blocks", "Value Blocks", "Value block workshop", 3, 3, 3 },
  { "insights", "Sharing Insights", "Insights report", 4, 4, 1.5 },
  { "alignment", "Alignment Meetings", "Alignment meeting", 6, 6, 2.5 },
  { "renewal", "Renewal", "Renewal call", 11, 12, 3 },
};

typedef struct {
  const char *id, *name;
  guint       accounts;    /* at scale 1 */
  double      reactive;    /* entries a month per account */
} Tier;

static const Tier tiers[] = {
  { "enterprise", "Enterprise", 40, 2.6 },
  { "mid", "Mid-market", 90, 0.9 },
  { "scale", "Scale", 170, 0.25 },
};

#define N_PEOPLE 20
#define LOG_YEAR 2026

static guint
n_accounts (guint tier,
            guint scale)
{
  return tiers[tier].accounts * scale;
}

/* the account's start, as a month index before the log's year */
static int
account_start (guint tier,
               guint j)
{
  return LOG_YEAR * 12 - 30 + (int) ((j * 7 + tier * 5) % 41);
}

static char *
plan_text (guint scale)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s,
    "{\"format\": \"headroom-plan\", \"version\": 1, \"name\": \"Calibration benchmark: a year, %u people\",\n"
    " \"start\": \"2027-01\", \"months\": 12,\n"
    " \"roles\": [{\"id\": \"csm\", \"name\": \"Customer Success Managers\", \"headcount\": %u}],\n"
    " \"segments\": [", N_PEOPLE * scale, N_PEOPLE * scale);
  for (guint g = 0; g < G_N_ELEMENTS (tiers); g++)
    g_string_append_printf (s, "%s{\"id\": \"%s\", \"name\": \"%s\", \"accounts\": %u, \"reactive_hours\": %g}",
                            g ? ", " : "", tiers[g].id, tiers[g].name, n_accounts (g, scale), tiers[g].reactive * 1.5);
  g_string_append (s, "],\n \"moments\": [");
  for (guint k = 0; k < G_N_ELEMENTS (moments); k++)
    g_string_append_printf (s, "%s\n  {\"id\": \"%s\", \"name\": \"%s\", \"at\": %d, \"every\": %d, \"exec\": %g%s}",
                            k ? "," : "", moments[k].id, moments[k].name, moments[k].at, moments[k].every,
                            moments[k].hours,
                            k == 4 ? ", \"tiers\": {\"scale\": {\"mode\": \"one_to_many\", \"group_size\": 20}}" :
                            k == 3 ? ", \"tiers\": {\"scale\": {\"mode\": \"skip\"}}" : "");
  g_string_append (s, "],\n \"people\": [");
  for (guint p = 0; p < N_PEOPLE * scale; p++)
    g_string_append_printf (s, "%s\n  {\"id\": \"p%u\", \"name\": \"%s %s\"%s}", p ? "," : "", p,
                            first_names[p % N_PEOPLE], last_names[(p / 2 + p / N_PEOPLE) % G_N_ELEMENTS (last_names)],
                            p % 7 == 3 ? ", \"fte\": 0.8" : "");
  g_string_append (s, "],\n \"accounts\": [");
  for (guint g = 0, n = 0; g < G_N_ELEMENTS (tiers); g++)
    for (guint j = 0; j < n_accounts (g, scale); j++, n++)
      {
        g_autofree char *start = hr_month_format (account_start (g, j));

        g_string_append_printf (s, "%s\n  {\"id\": \"A%05u\", \"name\": \"%s Account %u\", \"segment\": \"%s\","
                                " \"owner\": \"p%u\", \"start\": \"%s\"}",
                                n ? "," : "", n, tiers[g].name, j + 1, tiers[g].id, n % (N_PEOPLE * scale), start);
      }
  g_string_append (s, "]}\n");
  return g_string_free (s, FALSE);
}

static void
add_row (GString    *s,
         guint       person,
         const char *client,
         const char *task,
         int         month,
         guint       day,
         double      hours,
         guint      *count)
{
  guint minutes = (guint) (hours * 60 + 0.5);

  g_string_append_printf (s, "%s %s,%s.%s@example.com,%s,%s,%s,,No,%04d-%02d-%02d,09:00:00,%04d-%02d-%02d,,%02u:%02u:00,,\n",
                          first_names[person % N_PEOPLE], last_names[(person / 2 + person / N_PEOPLE) % G_N_ELEMENTS (last_names)],
                          first_names[person % N_PEOPLE], last_names[(person / 2 + person / N_PEOPLE) % G_N_ELEMENTS (last_names)],
                          client, client[0] ? "Customer work" : "Internal", task,
                          month / 12, month % 12 + 1, day, month / 12, month % 12 + 1, day,
                          minutes / 60, minutes % 60);
  (*count)++;
}

/* A Toggl Track detailed report of the year: moments mostly when due,
 * sometimes not, a few when not due; reactive work; meetings, escalations,
 * lunch (which nothing maps) and leave */
static char *
log_text (guint  scale,
          guint *entries)
{
  GString *s = g_string_new ("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
                             "End time,Duration,Tags,Amount (USD)\n");
  guint people = N_PEOPLE * scale;

  seed_state = 20261;
  *entries = 0;
  for (int t = LOG_YEAR * 12; t < LOG_YEAR * 12 + 12; t++)
    {
      for (guint g = 0, n = 0; g < G_N_ELEMENTS (tiers); g++)
        for (guint j = 0; j < n_accounts (g, scale); j++, n++)
          {
            int tenure = t - account_start (g, j);
            g_autofree char *client = g_strdup_printf ("%s Account %u", tiers[g].name, j + 1);

            if (tenure < 0)
              continue;
            for (guint k = 0; k < G_N_ELEMENTS (moments); k++)
              {
                const Moment *m = &moments[k];
                gboolean due = tenure >= m->at && (m->every ? (tenure - m->at) % m->every == 0 : tenure == m->at);
                double odds = due ? (k == 5 ? 0.35 : 0.85) : 0.004;

                if ((g == 2 && k == 3) || next_random () >= odds)
                  continue;
                add_row (s, n % people, client, m->task, t, 1 + (guint) (next_random () * 27),
                         m->hours * (0.6 + next_random () * (k == 1 ? 1.4 : 0.9)), entries);
              }
            /* reactive work: up to three tickets a month */
            for (double odds = tiers[g].reactive; odds > 0; odds -= 1)
              if (next_random () < MIN (odds, 1))
                add_row (s, n % people, client, "Support ticket", t, 1 + (guint) (next_random () * 27),
                         0.5 + next_random () * 2.5, entries);
          }
      for (guint p = 0; p < people; p++)
        {
          add_row (s, p, "", "Internal meeting", t, 3, 4 + next_random () * 10, entries);
          add_row (s, p, "", "Enablement", t, 12, 2 + next_random () * 6, entries);
          add_row (s, p, "", "Team meeting", t, 19, 1 + next_random () * 3, entries);
          if (next_random () < 0.5)
            add_row (s, p, "", "Escalation", t, 15, 1 + next_random () * 4, entries);
          if (next_random () < 0.3)
            add_row (s, p, "", "Lunch", t, 16, 0.5, entries);
          if (next_random () < 0.7)
            add_row (s, p, "", "Vacation", t, 20, 8 * (1 + (guint) (next_random () * 4)), entries);
        }
    }
  return g_string_free (s, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

int
main (int    argc,
      char **argv)
{
  guint runs = 21, scale = 1, entries = 0;
  gboolean print_plan = FALSE, print_log = FALSE;
  g_autofree char *plan_data = NULL;
  g_autofree char *log_data = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "parse CSV", "recognise and propose (HrTimeImport)", "read the rows (run)",
                          "calibration", "JSON text", "text verdicts", "chart, 1920×1080 image" };
  GArray *times[G_N_ELEMENTS (names)];

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--plan"))
        print_plan = TRUE;
      else if (g_str_equal (argv[i], "--log"))
        print_log = TRUE;
      else if (g_str_equal (argv[i], "--scale") && i + 1 < argc)
        {
          /* MAX reads its arguments twice: no ++ in it */
          scale = (guint) MAX (1, atoi (argv[i + 1]));
          i++;
        }
      else
        runs = (guint) MAX (1, atoi (argv[i]));
    }
  plan_data = plan_text (scale);
  log_data = log_text (scale, &entries);
  if (print_plan || print_log)
    {
      fputs (print_plan ? plan_data : log_data, stdout);
      return 0;
    }
  plan = hr_plan_load_data (plan_data, -1, "bench.headroom", NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    times[i] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time (), t1, t2, t3, t4, t5, t6;
      HrCsvTable *table = hr_csv_table_parse (log_data, strlen (log_data), "toggl.csv", NULL, &error);
      g_autoptr(HrTimeImport) import = NULL;
      g_autoptr(HrTimeLog) log = NULL;
      g_autoptr(HrCalibration) calibration = NULL;
      g_autoptr(JsonNode) json = NULL;
      g_autofree char *json_text = NULL;
      g_autofree char *text = NULL;
      double value;

      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      import = hr_time_import_new (table, plan, NULL);
      t2 = g_get_monotonic_time ();
      log = hr_time_import_run (import, &error);
      g_assert_no_error (error);
      t3 = g_get_monotonic_time ();
      calibration = hr_calibration_compute (plan, log, 0, &error);
      g_assert_no_error (error);
      t4 = g_get_monotonic_time ();
      json = hr_calibration_to_json (calibration);
      json_text = hr_json_to_string (json, NULL);
      t5 = g_get_monotonic_time ();
      text = hr_calibration_to_text (calibration, plan);
      t6 = g_get_monotonic_time ();
      value = (t1 - t0) / 1000.0; g_array_append_val (times[0], value);
      value = (t2 - t1) / 1000.0; g_array_append_val (times[1], value);
      value = (t3 - t2) / 1000.0; g_array_append_val (times[2], value);
      value = (t4 - t3) / 1000.0; g_array_append_val (times[3], value);
      value = (t5 - t4) / 1000.0; g_array_append_val (times[4], value);
      value = (t6 - t5) / 1000.0; g_array_append_val (times[5], value);
#ifdef HR_BENCH_CHARTS
      {
        g_autoptr(HrForecast) forecast = hr_engine_forecast (plan, NULL, HR_FORECAST_DEFAULT, NULL);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
        cairo_t *cr = cairo_create (surface);
        HrChartOptions options;
        gint64 c0;

        hr_chart_options_init (&options);
        options.kind = HR_CHART_CALIBRATION;
        options.calibration = calibration;
        c0 = g_get_monotonic_time ();
        hr_chart_draw (cr, 1920, 1080, forecast, NULL, &options);
        cairo_surface_flush (surface);
        value = (g_get_monotonic_time () - c0) / 1000.0;
        g_array_append_val (times[6], value);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
#endif
      if (r == 0)
        printf ("%u entries (%.1f h), %u months, %u warnings, %u changes in the scenario\n",
                hr_time_log_get_n_entries (log), hr_time_log_get_total_hours (log),
                hr_calibration_get_n_months (calibration), hr_calibration_get_warnings (calibration)->len,
                json_array_get_length (hr_calibration_get_changes (calibration)));
    }
  printf ("generated: %u rows of a Toggl Track export, %u people, %u accounts; median of %u runs\n",
          entries, N_PEOPLE * scale, (tiers[0].accounts + tiers[1].accounts + tiers[2].accounts) * scale, runs);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (times[i]->len > 0)
        printf ("  %-40s %8.2f ms\n", names[i], median (times[i]));
      g_array_unref (times[i]);
    }
  return 0;
}
