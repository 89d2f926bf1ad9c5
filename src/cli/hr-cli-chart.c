/* hr-cli-chart.c: headroom-cli chart, a chart of a plan to PNG, PDF or SVG */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-chart.h"
#include "hr-cli.h"
#include "hr-format.h"

#define COMMAND "chart"

/* PNG and SVG: a 1080p slide; PDF: a 16:9 page of 13.33 × 7.5 in, or A4 */
#define DEFAULT_WIDTH   1920.0
#define DEFAULT_HEIGHT  1080.0
#define PDF_WIDTH        960.0
#define PDF_HEIGHT       540.0
#define A4_WIDTH         841.89
#define A4_HEIGHT        595.28

static gboolean
has_suffix (const char *path,
            const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

int
hr_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *kind = NULL;
  g_autofree char *role = NULL;
  g_autofree char *segment = NULL;
  g_autofree char *scenario = NULL;
  g_autofree char *split = NULL;
  g_autofree char *metric = NULL;
  g_autofree char *theme = NULL;
  g_autofree char *page = NULL;
  g_autofree char *output = NULL;
  double width = 0.0, height = 0.0, scale = 1.0;
  gboolean apply_hiring = FALSE;
  gboolean rebalanced = FALSE;
  g_autoptr(HrBooks) books = NULL;
  g_autoptr(HrBands) bands = NULL;
  gboolean with_bands = FALSE;
  g_autoptr(HrRebalance) rebalance = NULL;
  g_autofree char *log_path = NULL;
  g_autoptr(HrCalibration) calibration = NULL;
  GOptionEntry entries[] = {
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &kind, N_("effort (default), headcount, journey, scenarios, books, calibration or drivers"), N_("KIND") },
    { "bands", 'b', 0, G_OPTION_ARG_NONE, &with_bands, N_("effort, headcount, scenarios: P10–P90 bands from the plan’s ranges"), NULL },
    { "log", 'l', 0, G_OPTION_ARG_FILENAME, &log_path, N_("calibration: the time log (CSV) to hold the plan against"), N_("LOG.csv") },
    { "rebalanced", 0, 0, G_OPTION_ARG_NONE, &rebalanced, N_("books: the loads before and after rebalancing"), NULL },
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("Show this role (default: all roles)"), N_("ID") },
    { "segment", 0, 0, G_OPTION_ARG_STRING, &segment, N_("journey: show this tier only"), N_("ID") },
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario, N_("Chart this scenario instead of the baseline"), N_("ID") },
    { "apply-hiring-plan", 0, 0, G_OPTION_ARG_NONE, &apply_hiring, N_("Add the hiring planner’s suggested hires"), NULL },
    { "split", 0, 0, G_OPTION_ARG_STRING, &split, N_("effort: designed hours by play (default) or segment"), N_("SPLIT") },
    { "metric", 0, 0, G_OPTION_ARG_STRING, &metric, N_("scenarios: fte (default) or load"), N_("METRIC") },
    { "theme", 't', 0, G_OPTION_ARG_STRING, &theme, N_("light (default), dark or print"), N_("THEME") },
    { "width", 'W', 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in pixels (PNG, SVG) or points (PDF)"), N_("W") },
    { "height", 'H', 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in pixels or points"), N_("H") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("PNG: pixels per unit, e.g. 2 for high-density screens"), N_("S") },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, N_("PDF: a4 for an A4 landscape page (default: 16:9)"), N_("PAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE; .png, .pdf or .svg"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN — draw a chart of the plan"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrForecast) forecast = NULL;
  g_autoptr(GPtrArray) compare = NULL;
  HrChartOptions options;
  gboolean pdf, png;

  hr_chart_options_init (&options);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("The format follows FILE’s extension. Exits with 0 when the chart was written, "
      "1 for a wrong option, 2 when the plan is invalid, a role, segment or scenario "
      "does not exist, or the file cannot be written."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND, "%s", error->message);
  if (argc != 2)
    return hr_cli_usage_error (COMMAND, _("expected one PLAN file"));
  if (output == NULL)
    return hr_cli_usage_error (COMMAND, _("missing -o FILE"));
  if (!has_suffix (output, ".png") && !has_suffix (output, ".pdf") && !has_suffix (output, ".svg"))
    return hr_cli_usage_error (COMMAND, _("cannot tell the format of “%s”; use .png, .pdf or .svg"), output);
  if (kind != NULL && !hr_chart_kind_from_string (kind, &options.kind))
    return hr_cli_usage_error (COMMAND, _("unknown chart “%s”; expected effort, headcount, journey, scenarios, books, calibration or drivers"), kind);
  if ((options.kind == HR_CHART_CALIBRATION) != (log_path != NULL))
    return hr_cli_usage_error (COMMAND, log_path ? _("--log goes with --chart calibration")
                                                 : _("--chart calibration needs --log LOG.csv"));
  if (theme != NULL && !hr_chart_theme_from_string (theme, &options.theme))
    return hr_cli_usage_error (COMMAND, _("unknown theme “%s”; expected light, dark or print"), theme);
  if (split != NULL && !hr_chart_split_from_string (split, &options.split))
    return hr_cli_usage_error (COMMAND, _("unknown split “%s”; expected play or segment"), split);
  if (metric != NULL && g_str_equal (metric, "load"))
    options.metric = HR_CHART_METRIC_LOAD;
  else if (metric != NULL && !g_str_equal (metric, "fte"))
    return hr_cli_usage_error (COMMAND, _("unknown metric “%s”; expected fte or load"), metric);

  pdf = has_suffix (output, ".pdf");
  png = has_suffix (output, ".png");
  if (page != NULL && !g_str_equal (page, "a4") && !g_str_equal (page, "16:9"))
    return hr_cli_usage_error (COMMAND, _("unknown page “%s”; expected a4 or 16:9"), page);
  if (page != NULL && !pdf)
    return hr_cli_usage_error (COMMAND, _("--page applies to PDF files only"));
  if (page != NULL && g_str_equal (page, "a4"))
    {
      if (width > 0.0 || height > 0.0)
        return hr_cli_usage_error (COMMAND, _("--page a4 sets the size; leave out --width and --height"));
      width = A4_WIDTH;
      height = A4_HEIGHT;
    }
  if (width == 0.0)
    width = pdf ? PDF_WIDTH : DEFAULT_WIDTH;
  if (height == 0.0)
    height = pdf ? PDF_HEIGHT : DEFAULT_HEIGHT;
  if (!(width >= 16.0 && width <= 16384.0 && height >= 16.0 && height <= 16384.0))
    {
      g_autofree char *w = hr_format_exact (width);
      g_autofree char *h = hr_format_exact (height);
      return hr_cli_usage_error (COMMAND, _("width and height must be between 16 and 16384, got %s × %s"), w, h);
    }
  if (!(scale >= 0.1 && scale <= 8.0)
      || (png && (width * scale > 16384.0 || height * scale > 16384.0)))
    {
      g_autofree char *s = hr_format_exact (scale);
      return hr_cli_usage_error (COMMAND, _("scale must be between 0.1 and 8 and keep the image under "
                                            "16384 pixels a side, got %s"), s);
    }

  forecast = hr_cli_forecast_file (argv[1], scenario, apply_hiring ? HR_FORECAST_APPLY_HIRING : HR_FORECAST_DEFAULT, &plan);
  if (forecast == NULL)
    return HR_CLI_INVALID;
  if (role != NULL && (options.role = hr_forecast_find_role (forecast, role)) < 0)
    {
      g_printerr (_("%s: no role “%s” in this plan\n"), argv[1], role);
      return HR_CLI_INVALID;
    }
  if (segment != NULL && (options.segment = hr_forecast_find_segment (forecast, segment)) < 0)
    {
      g_printerr (_("%s: no segment “%s” in this plan\n"), argv[1], segment);
      return HR_CLI_INVALID;
    }
  if (options.kind == HR_CHART_SCENARIOS)
    {
      compare = hr_engine_compare (plan, &error);
      if (compare == NULL)
        {
          g_printerr ("%s: %s\n", argv[1], error->message);
          return HR_CLI_INVALID;
        }
    }

  if (with_bands || options.kind == HR_CHART_DRIVERS)
    {
      bands = hr_bands_compute (plan, scenario, NULL, NULL, NULL, &error);
      if (bands == NULL)
        {
          g_printerr ("%s: %s\n", argv[1], error->message);
          return HR_CLI_INVALID;
        }
      options.bands = bands;
    }

  if (options.kind == HR_CHART_BOOKS)
    {
      books = hr_books_compute (plan, scenario, &error);
      if (books == NULL)
        {
          g_printerr ("%s: %s\n", argv[1], error->message);
          return HR_CLI_INVALID;
        }
      if (rebalanced)
        {
          g_autoptr(HrRebalanceProblem) problem = hr_rebalance_problem_new (books);
          rebalance = hr_rebalance_solve (problem, 0, NULL, NULL, NULL, NULL);
        }
      options.books = books;
      options.rebalance = rebalance;
    }

  if (options.kind == HR_CHART_CALIBRATION)
    {
      calibration = hr_cli_calibrate_log (plan, log_path);
      if (calibration == NULL)
        return HR_CLI_INVALID;
      options.calibration = calibration;
    }

  if (!hr_chart_export (output, width, height, png ? scale : 1.0, forecast, compare, &options, &error))
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  return HR_CLI_OK;
}
