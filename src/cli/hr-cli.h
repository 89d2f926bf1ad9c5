/* hr-cli.h: what the headroom-cli commands share */
#pragma once

#include "hr-calibration.h"
#include "hr-engine.h"
#include "hr-plan.h"

G_BEGIN_DECLS

/* Exit codes of every command */
enum {
  HR_CLI_OK = 0,
  HR_CLI_USAGE = 1,
  HR_CLI_INVALID = 2,
};

/* Sets up the locale and translations, once; with @command, the name
 * --help gives the program ("headroom-cli COMMAND") */
void    hr_cli_init        (const char *command);

/* Loads PATH, printing its warnings to stderr; on failure prints the error
 * and returns NULL (the command then exits with HR_CLI_INVALID). */
HrPlan *hr_cli_load_plan  (const char *path);

/* @plan against the time log at LOG_PATH, imported with the mapping the
 * plan remembers; on failure prints why and returns NULL (exit with
 * HR_CLI_INVALID) */
HrCalibration *hr_cli_calibrate_log (HrPlan     *plan,
                                     const char *log_path);

/* Loads PATH and forecasts it (or its scenario); on failure prints why and
 * returns NULL (exit with HR_CLI_INVALID). @plan_out, when given, receives
 * the plan too. */
HrForecast *hr_cli_forecast_file (const char      *path,
                                  const char      *scenario,
                                  HrForecastFlags  flags,
                                  HrPlan         **plan_out);

/* Prints "headroom-cli COMMAND: MESSAGE" and the hint to use --help. */
int     hr_cli_usage_error (const char *command,
                            const char *format,
                            ...) G_GNUC_PRINTF (2, 3);

/* Writes DATA to PATH, or to standard output when PATH is NULL or "-";
 * returns an exit code */
int     hr_cli_write_output (const char *path,
                             const char *data,
                             gsize       length);

/* Loads PATH and computes its books (or its scenario's); on failure prints
 * why and returns NULL (hr-cli-books.c) */
gpointer hr_cli_books_file (const char  *path,
                            const char  *scenario,
                            HrPlan     **plan_out);

int     hr_cli_validate   (int argc, char **argv);
int     hr_cli_forecast   (int argc, char **argv);
int     hr_cli_compare    (int argc, char **argv);
int     hr_cli_hiring     (int argc, char **argv);
int     hr_cli_bands      (int argc, char **argv);
int     hr_cli_sample     (int argc, char **argv);
int     hr_cli_chart      (int argc, char **argv);
int     hr_cli_books      (int argc, char **argv);
int     hr_cli_rebalance  (int argc, char **argv);
int     hr_cli_import_accounts (int argc, char **argv);
int     hr_cli_calibrate  (int argc, char **argv);
int     hr_cli_pack       (int argc, char **argv);
int     hr_cli_workbook   (int argc, char **argv);
int     hr_cli_activities (int argc, char **argv);

G_END_DECLS
