/* test-pack.c: the page layout and the planning pack
 *
 * Every text box of every page is measured again with pango, as drawn, at
 * A4 and Letter, in English and in German (German month names, a decimal
 * comma and long German names), and must stay inside its box and the
 * page's margins. Tables split across pages under their header; the same
 * plan gives the same PDF bytes.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hr-engine.h"
#include "hr-pack.h"
#include "hr-pack-private.h"
#include "hr-time-import.h"

static HrPlan *
load_sample (void)
{
  return hr_plan_new_sample ();
}

/* The sample with ranges on three estimates, 64 samples */
static HrPlan *
load_with_ranges (void)
{
  HrPlan *plan = hr_plan_new_sample ();
  g_autoptr(HrUncertainty) uncertainty = hr_uncertainty_new ();
  GListStore *ranges = G_LIST_STORE (hr_uncertainty_get_ranges (uncertainty));
  static const struct { const char *target; double low, high; gboolean relative; } estimates[] = {
    { "segments/*/reactive_hours", 0.8, 1.4, TRUE },
    { "roles/*/shrinkage", 0.08, 0.16, FALSE },
    { "moments/*/prep", 0.5, 2.0, TRUE },
  };

  g_object_set (uncertainty, "samples", 64, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (estimates); i++)
    {
      g_autoptr(HrRange) range = hr_range_new (estimates[i].target, estimates[i].low, estimates[i].high,
                                               estimates[i].relative);
      if (!estimates[i].relative)
        hr_range_set_mode (range, 0.1);
      g_list_store_append (ranges, range);
    }
  hr_plan_set_uncertainty (plan, uncertainty);
  return plan;
}

/* The sample with names as long as German ones get */
static HrPlan *
load_long_names (void)
{
  HrPlan *plan = hr_plan_new_sample ();
  GListModel *segments = hr_plan_get_segments (plan);
  GListModel *moments = hr_plan_get_moments (plan);
  GListModel *roles = hr_plan_get_roles (plan);
  static const char *tiers[] = {
    "Großunternehmen mit Rahmenvertrag und eigener Betreuung",
    "Mittelständische Unternehmensgruppen",
    "Kleinunternehmen im digitalen Selbstbedienungsmodell",
  };

  g_object_set (plan, "name", "Kundenerfolgsplanung für das Geschäftsjahr 2027 — Großkunden, Mittelstand und "
                "Digitalkunden der Vertriebsregion Deutschland, Österreich und Schweiz", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (segments) && i < G_N_ELEMENTS (tiers); i++)
    {
      g_autoptr(GObject) segment = g_list_model_get_item (segments, i);
      g_object_set (segment, "name", tiers[i], NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(GObject) moment = g_list_model_get_item (moments, i);
      g_autofree char *name = NULL;
      g_autofree char *longer = NULL;

      g_object_get (moment, "name", &name, NULL);
      longer = g_strdup_printf ("%s — Vorbereitungs- und Durchführungsgespräch mit Geschäftsführungsbeteiligung", name);
      g_object_set (moment, "name", longer, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(GObject) role = g_list_model_get_item (roles, i);
      g_autofree char *name = NULL;
      g_autofree char *longer = NULL;

      g_object_get (role, "name", &name, NULL);
      longer = g_strdup_printf ("%s (Kundenbetreuungsverantwortliche)", name);
      g_object_set (role, "name", longer, NULL);
    }
  return plan;
}

static HrPageDoc *
lay_out (HrPlan  *plan,
         HrPaper  paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPackInput) input = hr_pack_input_new (plan, NULL, &error);
  double width, height;

  g_assert_no_error (error);
  hr_paper_get_size (paper, TRUE, &width, &height);
  return hr_pack_lay_out (input, width, height);
}

static void
assert_boxes (HrPageDoc  *doc,
              const char *what)
{
  g_autofree char *problems = hr_page_doc_check_boxes (doc, NULL);

  if (problems != NULL)
    g_error ("%s: text outside its box:\n%s", what, problems);
}

/* --- the page layer --- */

static void
test_page_text_fits (void)
{
  static const char *texts[] = {
    "Capacity and the gap",
    "Kundenerfolgsmanagerinnen und Kundenerfolgsmanager der Großkundenbetreuung",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt",
    "Delivering the designed journey needs 14.2 FTE by December 2028; the team will have 10.5; open 4 "
    "requisitions, the first by October 2027.",
  };
  g_autoptr(HrPageDoc) doc = hr_page_doc_new (841.89, 595.28, "Plan");
  static const HrFit fits[] = { HR_FIT_WRAP, HR_FIT_SHRINK, HR_FIT_ELLIPSIZE };
  double y = hr_page_doc_get_content (doc).y;
  guint n_ellipsized = 0;
  g_autofree char *problems = NULL;

  hr_page_doc_begin_page (doc, "Über die Maßen lange Überschrift einer Seite im Bericht für die Geschäftsführung "
                          "und den Aufsichtsrat der Gesellschaft");
  /* narrow boxes, far too small for their text: every rule must still keep
   * the text inside */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint f = 0; f < G_N_ELEMENTS (fits); f++)
      {
        HrPageRect box = { 60 + f * 150, y + 60 + i * 40, 120, 30 };
        hr_page_doc_add_text (doc, &box, HR_TEXT_BODY, fits[f], HR_ALIGN_START, texts[i]);
      }
  hr_page_doc_finish (doc);
  problems = hr_page_doc_check_boxes (doc, &n_ellipsized);
  g_assert_null (problems);
  /* the long words cannot fit 120 pt whole at any size: they were shortened */
  g_assert_cmpuint (n_ellipsized, >, 0);
}

static void
test_page_check_finds_overflow (void)
{
  g_autoptr(HrPageDoc) doc = hr_page_doc_new (841.89, 595.28, "Plan");
  HrPageRect box = { 100, 100, 50, 2 };
  g_autofree char *problems = NULL;

  /* a box lower than one line: pango keeps one line, which the check must see */
  hr_page_doc_add_text (doc, &box, HR_TEXT_BODY, HR_FIT_WRAP, HR_ALIGN_START, "Onboarding");
  hr_page_doc_finish (doc);
  problems = hr_page_doc_check_boxes (doc, NULL);
  g_assert_nonnull (problems);
  g_assert_true (strstr (problems, "taller than its box") != NULL);
}

static void
test_page_table_splits (void)
{
  g_autoptr(HrPageDoc) doc = hr_page_doc_new (841.89, 595.28, "Plan");
  g_autoptr(HrPageTable) table = hr_page_table_new (3, 1);

  hr_page_table_set_column (table, 0, "Moment", HR_ALIGN_START, TRUE);
  hr_page_table_set_column (table, 1, "Hours", HR_ALIGN_END, FALSE);
  hr_page_table_set_column (table, 2, "Tier", HR_ALIGN_START, TRUE);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Moment %u", i + 1);
      g_autofree char *hours = g_strdup_printf ("%u.50", i);
      const char *cells[] = { name, hours, "One to one" };

      hr_page_table_add_row (table, cells);
    }
  hr_page_doc_begin_page (doc, "Journey");
  hr_page_doc_add_table (doc, table);
  hr_page_doc_finish (doc);

  /* 100 rows of about 15 pt do not fit one page of 500 pt */
  g_assert_cmpuint (hr_page_doc_get_n_pages (doc), >=, 3);
  for (guint p = 0; p < hr_page_doc_get_n_pages (doc); p++)
    {
      g_autofree char *text = hr_page_doc_dup_page_text (doc, p);

      /* the header row on every page, and the continued title after the first */
      g_assert_true (strstr (text, "Moment\nHours\nTier\n") != NULL);
      if (p > 0)
        g_assert_cmpstr (hr_page_doc_get_page_title (doc, p), ==, "Journey (continued)");
    }
  {
    g_autofree char *last = hr_page_doc_dup_page_text (doc, hr_page_doc_get_n_pages (doc) - 1);
    g_assert_true (strstr (last, "Moment 100\n") != NULL);
  }
  assert_boxes (doc, "table");
}

static void
test_page_table_groups_columns (void)
{
  g_autoptr(HrPageDoc) doc = hr_page_doc_new (595.28, 841.89, "Plan");
  guint n = 30;
  g_autoptr(HrPageTable) table = hr_page_table_new (n, 1);
  g_autofree const char **cells = g_new0 (const char *, n);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  guint found = 0;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *head = g_strdup_printf ("Segment number %u", c);
      hr_page_table_set_column (table, c, head, c == 0 ? HR_ALIGN_START : HR_ALIGN_END, c == 0);
      g_ptr_array_add (owned, g_strdup_printf ("%u,000,000 USD", c));
      cells[c] = owned->pdata[c];
    }
  cells[0] = "Kickoff";
  hr_page_table_add_row (table, cells);
  hr_page_doc_begin_page (doc, "Wide");
  hr_page_doc_add_table (doc, table);
  hr_page_doc_finish (doc);

  /* the key column comes again with each group of columns */
  for (guint p = 0; p < hr_page_doc_get_n_pages (doc); p++)
    {
      g_autofree char *text = hr_page_doc_dup_page_text (doc, p);
      for (const char *s = text; (s = strstr (s, "Kickoff\n")) != NULL; s++)
        found++;
      g_assert_true (strstr (text, "29,000,000 USD") == NULL || found > 1);
    }
  g_assert_cmpuint (found, >, 1);
  assert_boxes (doc, "wide table");
}

/* --- the pack --- */

typedef struct {
  const char *name;
  HrPlan   *(*load) (void);
  HrPaper     paper;
  const char *locale;
} PackCase;

static const PackCase pack_cases[] = {
  { "/pack/boxes/sample/a4/en", load_sample, HR_PAPER_A4, "C.UTF-8" },
  { "/pack/boxes/sample/letter/en", load_sample, HR_PAPER_LETTER, "C.UTF-8" },
  { "/pack/boxes/sample/a4/de", load_sample, HR_PAPER_A4, "de_DE.UTF-8" },
  { "/pack/boxes/sample/letter/de", load_sample, HR_PAPER_LETTER, "de_DE.UTF-8" },
  { "/pack/boxes/long-names/a4/de", load_long_names, HR_PAPER_A4, "de_DE.UTF-8" },
  { "/pack/boxes/long-names/letter/de", load_long_names, HR_PAPER_LETTER, "de_DE.UTF-8" },
  { "/pack/boxes/ranges/a4/en", load_with_ranges, HR_PAPER_A4, "C.UTF-8" },
  { "/pack/boxes/ranges/letter/de", load_with_ranges, HR_PAPER_LETTER, "de_DE.UTF-8" },
};

static void
test_pack_boxes (gconstpointer data)
{
  const PackCase *c = data;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrPageDoc) doc = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, c->locale) == NULL)
    {
      g_test_fail_printf ("the %s locale is missing: run build-aux/install-deps.sh", c->locale);
      return;
    }
  g_setenv ("LANGUAGE", g_str_has_prefix (c->locale, "de") ? "de" : "en", TRUE);
  plan = c->load ();
  doc = lay_out (plan, c->paper);
  g_assert_cmpuint (hr_page_doc_get_n_pages (doc), >=, 8);
  assert_boxes (doc, c->name);
  setlocale (LC_ALL, saved);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_clear_pointer (&doc, hr_page_doc_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* The model against execution: a quarter of a team of 20's Toggl export
 * against its plan, in English and German, on A4 and Letter: its pages
 * follow the pressure test and every text stays in its box */
static void
test_pack_calibration (void)
{
  g_autofree char *plan_path = g_test_build_filename (G_TEST_DIST, "gui", "calibration-demo", "northwind.headroom", NULL);
  g_autofree char *log_path = g_test_build_filename (G_TEST_DIST, "gui", "calibration-demo", "toggl-last-quarter.csv", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(GFile) log_file = g_file_new_for_path (log_path);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    for (HrPaper paper = HR_PAPER_A4; paper <= HR_PAPER_LETTER; paper++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(HrPlan) plan = NULL;
        g_autoptr(HrTimeLog) log = NULL;
        g_autoptr(HrPackInput) input = NULL;
        g_autoptr(HrPageDoc) doc = NULL;
        double width, height;
        int calibration = -1, pressure = -1;

        if (setlocale (LC_ALL, locales[l]) == NULL)
          {
            g_test_fail_printf ("the %s locale is missing: run build-aux/install-deps.sh", locales[l]);
            return;
          }
        g_setenv ("LANGUAGE", l ? "de" : "en", TRUE);
        plan = hr_plan_load_file (plan_file, NULL, &error);
        g_assert_no_error (error);
        log = hr_time_import_file (log_file, plan, NULL, NULL, &error);
        g_assert_no_error (error);
        input = hr_pack_input_new (plan, NULL, &error);
        g_assert_no_error (error);
        input->calibration = hr_calibration_compute (plan, log, 0, &error);
        g_assert_no_error (error);
        hr_paper_get_size (paper, TRUE, &width, &height);
        doc = hr_pack_lay_out (input, width, height);
        for (guint p = 0; p < hr_page_doc_get_n_pages (doc); p++)
          {
            const char *title = hr_page_doc_get_page_title (doc, p);

            if (title && calibration < 0 && g_strcmp0 (title, _("Calibration against logged time")) == 0)
              calibration = p;
            if (title && pressure < 0 && g_strcmp0 (title, _("Pressure test")) == 0)
              pressure = p;
          }
        g_assert_cmpint (calibration, >, pressure);
        g_assert_cmpint (pressure, >=, 0);
        assert_boxes (doc, locales[l]);
      }
  setlocale (LC_ALL, saved);
  g_setenv ("LANGUAGE", "en", TRUE);
}

static void
test_pack_sections (void)
{
  g_autoptr(HrPlan) plan = load_sample ();
  g_autoptr(HrPageDoc) doc = lay_out (plan, HR_PAPER_A4);
  static const char *titles[] = {
    "The journey designed", "The effort it takes", "Capacity and the gap", "The trade-offs", "Pressure test",
    "Assumptions and sources",
  };
  guint next = 0;
  g_autofree char *cover = hr_page_doc_dup_page_text (doc, 0);

  /* the cover has no title of its own; the sections follow in order */
  g_assert_null (hr_page_doc_get_page_title (doc, 0));
  for (guint p = 1; p < hr_page_doc_get_n_pages (doc); p++)
    {
      const char *title = hr_page_doc_get_page_title (doc, p);

      g_assert_nonnull (title);
      if (next < G_N_ELEMENTS (titles) && g_str_equal (title, titles[next]))
        next++;
    }
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (titles));
  /* the sample needs 4 hires, the first requisition in May 2027 (hiring
   * test of the sample); the headline says so on the cover */
  g_assert_true (strstr (cover, "open 4 requisitions, the first by May 2027.") != NULL);
  g_assert_true (strstr (cover, "Contents\n") != NULL);
  g_clear_pointer (&doc, hr_page_doc_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* A plan with ranges has its uncertainty page after the pressure test,
 * with the need at confidence; one without has none */
static void
test_pack_uncertainty (void)
{
  g_autoptr(HrPlan) plan = load_with_ranges ();
  g_autoptr(HrPlan) sample = load_sample ();
  g_autoptr(HrPageDoc) doc = lay_out (plan, HR_PAPER_A4);
  g_autoptr(HrPageDoc) without = lay_out (sample, HR_PAPER_A4);
  g_autoptr(HrBands) bands = hr_bands_compute (plan, NULL, NULL, NULL, NULL, NULL);
  g_autofree char *need = hr_bands_describe_need (bands);
  int uncertainty = -1, pressure = -1, assumptions = -1;

  for (guint p = 0; p < hr_page_doc_get_n_pages (doc); p++)
    {
      const char *title = hr_page_doc_get_page_title (doc, p);

      if (g_strcmp0 (title, "Uncertainty") == 0 && uncertainty < 0)
        {
          g_autofree char *text = hr_page_doc_dup_page_text (doc, p);

          uncertainty = p;
          g_assert_nonnull (strstr (text, need));
          g_assert_nonnull (strstr (text, "What moves the need most"));
        }
      if (g_strcmp0 (title, "Pressure test") == 0 && pressure < 0)
        pressure = p;
      if (g_strcmp0 (title, "Assumptions and sources") == 0 && assumptions < 0)
        assumptions = p;
    }
  g_assert_cmpint (pressure, <, uncertainty);
  g_assert_cmpint (uncertainty, <, assumptions);
  for (guint p = 0; p < hr_page_doc_get_n_pages (without); p++)
    g_assert_cmpstr (hr_page_doc_get_page_title (without, p), !=, "Uncertainty");
  g_clear_pointer (&doc, hr_page_doc_free);
  g_clear_pointer (&without, hr_page_doc_free);
  g_assert_finalize_object (g_steal_pointer (&bands));
  g_assert_finalize_object (g_steal_pointer (&plan));
}

static void
test_pack_without_scenarios (void)
{
  g_autoptr(HrPlan) plan = load_sample ();
  GListModel *scenarios = hr_plan_get_scenarios (plan);
  g_autoptr(HrPageDoc) doc = NULL;

  while (g_list_model_get_n_items (scenarios) > 0)
    {
      g_autoptr(HrItem) scenario = g_list_model_get_item (scenarios, 0);
      hr_plan_remove_item (plan, scenario);
    }
  doc = lay_out (plan, HR_PAPER_A4);
  /* no scenarios: the trade-offs are left out, not shown empty */
  for (guint p = 0; p < hr_page_doc_get_n_pages (doc); p++)
    g_assert_false (g_strcmp0 (hr_page_doc_get_page_title (doc, p), "The trade-offs") == 0);
  g_clear_pointer (&doc, hr_page_doc_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

static char *
write_pack (HrPlan     *plan,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPackInput) input = hr_pack_input_new (plan, NULL, &error);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  char *data = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (hr_pack_write_pdf (input, HR_PAPER_A4, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_unlink (path);
  g_free (path);
  g_assert_true (g_str_has_prefix (data, "%PDF-1.5"));
  return data;
}

static void
test_pack_same_bytes (void)
{
  g_autoptr(HrPlan) plan = load_sample ();
  g_autofree char *first = write_pack (plan, "hr-test-pack-1.pdf");
  g_autofree char *second = write_pack (plan, "hr-test-pack-2.pdf");

  g_assert_cmpstr (first, ==, second);
  /* no creation date that would change with the clock */
  g_assert_null (strstr (first, "/CreationDate"));
  g_assert_finalize_object (g_steal_pointer (&plan));
}

/* The benchmarks are data (data/pack/benchmarks.xml): each one read with
 * its value formatted, its source and what it says, and all of them on the
 * pack's last page */
static void
test_pack_benchmarks (void)
{
  static const struct {
    const char *id;
    const char *value;
    const char *source_start;
  } expected[] = {
    { "utilisation", "69%", "“SPI Research Publishes the 2020 Professional Services Maturity Benchmark”" },
    { "arr-per-csm", "2.0 M USD", "Jason Lemkin, “The $2 Million Dollar Man/Woman" },
    { "book-limit", "85%", "Jonty Pearce, “Maximum Occupancy" },
    { "cost-share", "10%", "“Dear SaaStr: We Are a Series A StartUp" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) benchmarks = hr_pack_load_benchmarks (&error);
  g_autoptr(HrPlan) plan = load_sample ();
  g_autoptr(HrPageDoc) doc = lay_out (plan, HR_PAPER_A4);
  g_autoptr(GString) last_pages = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (benchmarks->len, ==, G_N_ELEMENTS (expected));
  for (guint p = hr_page_doc_get_n_pages (doc) - 2; p < hr_page_doc_get_n_pages (doc); p++)
    {
      g_autofree char *text = hr_page_doc_dup_page_text (doc, p);
      g_string_append (last_pages, text);
    }
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const HrPackBenchmark *b = benchmarks->pdata[i];
      g_autofree char *source = hr_pack_benchmark_dup_source (b);

      g_assert_cmpstr (b->id, ==, expected[i].id);
      g_assert_cmpstr (b->value, ==, expected[i].value);
      g_assert_true (g_str_has_prefix (b->source, expected[i].source_start));
      g_assert_true (g_str_has_prefix (b->url, "https://"));
      g_assert_true (g_str_has_suffix (source, b->says));
      g_assert_nonnull (strstr (last_pages->str, b->label));
      g_assert_nonnull (strstr (last_pages->str, source));
    }
  g_clear_pointer (&doc, hr_page_doc_free);
  g_assert_finalize_object (g_steal_pointer (&plan));
}

int
main (int    argc,
      char **argv)
{
  /* the build's own translations, next to the tests' build folder */
  g_autofree char *localedir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("SOURCE_DATE_EPOCH", "1796083200", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page/text-fits", test_page_text_fits);
  g_test_add_func ("/page/check-finds-overflow", test_page_check_finds_overflow);
  g_test_add_func ("/page/table/splits", test_page_table_splits);
  g_test_add_func ("/page/table/groups-columns", test_page_table_groups_columns);
  for (guint i = 0; i < G_N_ELEMENTS (pack_cases); i++)
    g_test_add_data_func (pack_cases[i].name, &pack_cases[i], test_pack_boxes);
  g_test_add_func ("/pack/sections", test_pack_sections);
  g_test_add_func ("/pack/calibration", test_pack_calibration);
  g_test_add_func ("/pack/without-scenarios", test_pack_without_scenarios);
  g_test_add_func ("/pack/uncertainty", test_pack_uncertainty);
  g_test_add_func ("/pack/same-bytes", test_pack_same_bytes);
  g_test_add_func ("/pack/benchmarks", test_pack_benchmarks);
  return g_test_run ();
}
