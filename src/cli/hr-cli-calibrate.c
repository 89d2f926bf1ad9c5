/* hr-cli-calibrate.c: headroom-cli calibrate, the plan against the time the
 * team logged (spec §7, §8) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "hr-calibration.h"
#include "hr-cli.h"
#include "hr-json.h"
#include "hr-time-import.h"

#define COMMAND "calibrate"

/* A mapping file: a "calibration" object, or a plan holding one */
static gboolean
read_mapping_file (const char     *path,
                   HrTimeMapping  *into,
                   GError        **error)
{
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(HrTimeMapping) read = NULL;
  JsonNode *node;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  root = hr_json_parse (data, length, path, 16, error);
  if (root == NULL)
    return FALSE;
  node = root;
  if (JSON_NODE_HOLDS_OBJECT (root) && json_object_has_member (json_node_get_object (root), "format"))
    node = json_object_get_member (json_node_get_object (root), "calibration");
  if (node == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("%s: the plan remembers no mapping of time logs"), path);
      return FALSE;
    }
  read = hr_time_mapping_new_from_json (node, path, NULL, error);
  if (read == NULL)
    return FALSE;
  for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
    if (hr_time_mapping_get_columns (read, f))
      hr_time_mapping_set_columns (into, f, hr_time_mapping_get_columns (read, f));
  for (HrTimeField field = HR_TIME_PERSON; field <= HR_TIME_ACTIVITY; field++)
    for (guint i = 0; i < hr_time_mapping_get_n_values (read, field); i++)
      {
        const char *value, *target;

        hr_time_mapping_get_value (read, field, i, &value, &target);
        hr_time_mapping_set_value (into, field, value, target);
      }
  if (hr_time_mapping_get_min_occurrences (read))
    hr_time_mapping_set_min_occurrences (into, hr_time_mapping_get_min_occurrences (read));
  return TRUE;
}

/* "Kickoff call=kickoff", "person:Sam Lee=sam", "account:Internal=none",
 * "column:First Name+Last Name=person" (source=destination, as the other
 * imports' --map), or a mapping file */
static gboolean
parse_map (const char     *arg,
           HrTimeMapping  *into,
           GError        **error)
{
  static const struct { const char *prefix; HrTimeField field; } kinds[] = {
    { "activity:", HR_TIME_ACTIVITY }, { "person:", HR_TIME_PERSON }, { "account:", HR_TIME_ACCOUNT },
  };
  const char *equals = strrchr (arg, '=');
  g_autofree char *left = NULL;
  g_autofree char *target = NULL;
  HrTimeField field = HR_TIME_ACTIVITY;
  const char *value;

  if (equals == NULL)
    return read_mapping_file (arg, into, error);
  left = g_strndup (arg, equals - arg);
  target = g_strstrip (g_strdup (equals + 1));
  value = left;
  if (g_ascii_strncasecmp (left, "column:", 7) == 0)
    {
      g_auto(GStrv) headers = g_strsplit (left + 7, "+", 3);

      for (guint f = 0; f < HR_TIME_N_FIELDS; f++)
        if (g_ascii_strcasecmp (target, hr_time_field_to_string (f)) == 0)
          {
            for (guint i = 0; headers[i]; i++)
              g_strstrip (headers[i]);
            hr_time_mapping_set_columns (into, f, (const char * const *) headers);
            return TRUE;
          }
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--map %s: a column maps to date, person, account, activity or hours"), arg);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strncasecmp (left, kinds[i].prefix, strlen (kinds[i].prefix)) == 0)
      {
        field = kinds[i].field;
        value = left + strlen (kinds[i].prefix);
      }
  if (g_str_equal (target, "none") && field != HR_TIME_PERSON)
    g_clear_pointer (&target, g_free);
  else if (*target == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--map %s: nothing after “=”; name a moment id, reactive, indirect, unplanned, leave or none"), arg);
      return FALSE;
    }
  hr_time_mapping_set_value (into, field, value, target);
  return TRUE;
}

int
hr_cli_calibrate (int    argc,
                  char **argv)
{
  g_auto(GStrv) maps = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  int min_occurrences = 0;
  GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("Map a value: “Kickoff call=kickoff”, “person:Sam Lee=sam”, “account:Internal=none”, "
         "“column:First Name+Last Name=person”; or read a mapping from FILE (repeatable)"), N_("VALUE=TARGET") },
    { "min-occurrences", 'n', 0, G_OPTION_ARG_INT, &min_occurrences,
      N_("Use a moment's hours only with at least N occurrences (default 5)"), N_("N") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan with the calibrated scenario added, and the mapping remembered, to PLAN"), N_("PLAN") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN LOG.csv — the plan against the time the team logged"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  g_autoptr(HrTimeMapping) overrides = hr_time_mapping_new ();
  g_autoptr(HrTimeMapping) mapping = NULL;
  g_autoptr(HrTimeLog) log = NULL;
  g_autoptr(HrCalibration) calibration = NULL;
  g_autoptr(GFile) log_file = NULL;
  g_autofree char *text = NULL;
  guint least;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("LOG.csv is Headroom's time log (date, person, account, activity, hours) or an export of Toggl Track, "
      "Harvest, Clockify, a CRM or a spreadsheet; its columns and values are mapped as the app proposes, "
      "with what the plan remembers and --map on top. Exits with 0, 1 for a wrong option, 2 when the plan "
      "or the log is refused."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hr_cli_usage_error (COMMAND, "%s", error->message);
  if (argc != 3)
    return hr_cli_usage_error (COMMAND, _("expected a PLAN file and a LOG.csv"));
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return hr_cli_usage_error (COMMAND, _("unknown format “%s”; expected text or json"), format);
  if (min_occurrences < 0 || min_occurrences > 10000)
    return hr_cli_usage_error (COMMAND, _("--min-occurrences must be between 1 and 10000, got %d"), min_occurrences);
  for (guint i = 0; maps && maps[i]; i++)
    if (!parse_map (maps[i], overrides, &error))
      {
        if (g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE))
          return hr_cli_usage_error (COMMAND, "%s", error->message);
        g_printerr ("%s\n", error->message);
        return HR_CLI_INVALID;
      }

  plan = hr_cli_load_plan (argv[1]);
  if (plan == NULL)
    return HR_CLI_INVALID;
  log_file = g_file_new_for_commandline_arg (argv[2]);
  log = hr_time_import_file (log_file, plan, overrides, &mapping, &error);
  if (log == NULL)
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }
  least = min_occurrences > 0 ? (guint) min_occurrences
        : hr_time_mapping_get_min_occurrences (overrides) ? hr_time_mapping_get_min_occurrences (overrides)
        : hr_time_mapping_get_min_occurrences (hr_plan_get_time_mapping (plan));
  calibration = hr_calibration_compute (plan, log, least, &error);
  if (calibration == NULL)
    {
      g_printerr ("%s\n", error->message);
      return HR_CLI_INVALID;
    }

  if (format && g_str_equal (format, "json"))
    {
      text = hr_calibration_to_json_data (calibration, NULL);
    }
  else
    text = hr_calibration_to_text (calibration, plan);

  if (output)
    {
      g_autoptr(HrScenario) scenario = hr_calibration_new_scenario (calibration, plan);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (min_occurrences > 0)
        hr_time_mapping_set_min_occurrences (mapping, min_occurrences);
      hr_plan_insert_item (plan, HR_ITEM (scenario), -1);
      if (!hr_time_mapping_equal (mapping, hr_plan_get_time_mapping (plan)))
        {
          g_autoptr(JsonNode) empty = hr_time_mapping_to_json (mapping);

          /* a canonical log with nothing mapped leaves the plan's memory as it was */
          if (json_object_get_size (json_node_get_object (empty)) > 0)
            hr_plan_set_time_mapping (plan, mapping);
        }
      if (!hr_plan_save_file (plan, file, &error))
        {
          g_printerr ("%s\n", error->message);
          return HR_CLI_INVALID;
        }
    }
  return hr_cli_write_output (NULL, text, strlen (text));
}
