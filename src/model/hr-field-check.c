/* hr-field-check.c: whether a value suits a field, and the messages that
 * say why not, in a person's words */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hr-format.h"
#include "hr-item.h"
#include "hr-json.h"
#include "hr-plan-private.h"

/* HrField → Headroom's bound on it (HrBound), for the fields that have one */
static GHashTable *field_bounds;

void
hr_field_set_bound (const HrField *field,
                    const HrBound *bound)
{
  if (field_bounds == NULL)
    field_bounds = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (field_bounds, (gpointer) field, (gpointer) bound);
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  hr_json_format_number (buffer, sizeof buffer, value);
  return g_strdup (buffer);
}

/* A value as shown to a person: 0.2 with scale 100 and unit "%" is "20%" */
static char *
format_shown (double      value,
              double      scale,
              const char *unit)
{
  g_autofree char *number = format_number (value * scale);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  if (g_str_equal (unit, "%"))
    return hr_format_percent (value, fabs (value * 100 - round (value * 100)) < 1e-9 ? 0 : 1);
  /* Translators: a number with its unit, e.g. "6 months" or "2.5 h" */
  return g_strdup_printf (_("%s %s"), number, unit);
}

/* "must be between 0 and 1, got 1.4", one whole sentence per kind of range */
static char *
out_of_range (const HrField *field,
              double         value,
              double         scale,
              const char    *unit)
{
  g_autofree char *min = format_shown (field->min, scale, unit);
  g_autofree char *max = format_shown (field->max, scale, unit);
  g_autofree char *got = format_shown (value, scale, unit);
  gboolean min_excl = field->flags & HR_FIELD_MIN_EXCLUSIVE;
  gboolean max_excl = field->flags & HR_FIELD_MAX_EXCLUSIVE;

  if (!(field->flags & HR_FIELD_HAS_MAX))
    return min_excl ? g_strdup_printf (_("must be greater than %s, got %s"), min, got)
                    : g_strdup_printf (_("must be at least %s, got %s"), min, got);
  if (!min_excl && !max_excl)
    return g_strdup_printf (_("must be between %s and %s, got %s"), min, max, got);
  if (min_excl && max_excl)
    return g_strdup_printf (_("must be greater than %s and less than %s, got %s"), min, max, got);
  if (min_excl)
    return g_strdup_printf (_("must be greater than %s and at most %s, got %s"), min, max, got);
  return g_strdup_printf (_("must be at least %s and less than %s, got %s"), min, max, got);
}

/* A bound as a person reads it: 10,000,000,000 or 0.000001, not 1e+10 */
static char *
format_limit (double      value,
              double      scale,
              const char *unit)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (unit && *unit)
    return format_shown (value, scale, unit);
  if (fabs (value) >= 1 || value == 0)
    return hr_format_number (value, 0);
  g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
  for (end = buffer + strlen (buffer) - 1; *end == '0'; end--)
    *end = '\0';
  return g_strdup (buffer);
}

/* Headroom's own bound beyond the spec, said as such */
static char *
check_bound (const HrField *field,
             double         value,
             double         scale,
             const char    *unit)
{
  const HrBound *bound = field_bounds ? g_hash_table_lookup (field_bounds, field) : NULL;
  g_autofree char *got = NULL;
  g_autofree char *limit = NULL;

  if (bound == NULL || (value <= bound->most && value >= bound->least && !(value > 0 && value < bound->floor)))
    return NULL;
  /* the value as shown only for a message: loading checks every number */
  got = format_shown (value, scale, unit);
  if (value > bound->most)
    {
      limit = format_limit (bound->most, scale, unit);
      /* Translators: a limit of the app beyond the file format's own rules */
      return g_strdup_printf (_("must be at most %s, got %s: Headroom’s limit, far beyond any real plan"),
                              limit, got);
    }
  if (value < bound->least)
    {
      limit = format_limit (bound->least, scale, unit);
      return g_strdup_printf (_("must be at least %s, got %s: Headroom’s limit, far beyond any real plan"),
                              limit, got);
    }
  if (value > 0 && value < bound->floor)
    {
      limit = format_limit (bound->floor, scale, unit);
      return g_strdup_printf (_("must be 0 or at least %s, got %s: Headroom’s limit, far beyond any real plan"),
                              limit, got);
    }
  return NULL;
}

char *
hr_field_check_number (const HrField *field,
                       double         value)
{
  return hr_field_check_shown (field, value, 1, NULL);
}

char *
hr_field_check_shown (const HrField *field,
                      double         value,
                      double         scale,
                      const char    *unit)
{
  gboolean below, above;

  if (!isfinite (value))
    return g_strdup (_("must be a finite number"));
  if (field->type == HR_FIELD_INTEGER && value != floor (value))
    {
      g_autofree char *got = format_number (value);
      return g_strdup_printf (_("must be a whole number, got %s"), got);
    }
  below = (field->flags & HR_FIELD_MIN_EXCLUSIVE) ? value <= field->min : value < field->min;
  above = (field->flags & HR_FIELD_HAS_MAX) &&
          ((field->flags & HR_FIELD_MAX_EXCLUSIVE) ? value >= field->max : value > field->max);
  if (below || above)
    return out_of_range (field, value, scale, unit);
  return check_bound (field, value, scale, unit);
}

char *
hr_item_label_field (const char *name,
                     const char *field)
{
  g_autofree char *words = g_strdelimit (g_strdup (field), "_", ' ');

  /* Translators: a field of an item whose name ends in s, e.g. "CSMs’ headcount" */
  if (g_str_has_suffix (name, "s"))
    return g_strdup_printf (_("%s’ %s"), name, words);
  /* Translators: a field of a named item, e.g. "Kickoff’s prep" */
  return g_strdup_printf (_("%s’s %s"), name, words);
}

char *
hr_item_field_message (const char *name,
                       const char *path,
                       const char *field,
                       const char *problem)
{
  g_autofree char *full_path = g_strdup_printf ("%s%s%s", path, *path && field ? "." : "",
                                                field ? field : "");
  g_autofree char *label = NULL;

  if (name == NULL || *path == '\0')
    return g_strdup_printf ("%s: %s", full_path, problem);
  if (field == NULL)
    /* Translators: what is wrong with a named item, then where in the file, e.g.
     * "CSMs: indirect + unplanned must be below 1, got 0.6 + 0.4 (roles[csm])" */
    return g_strdup_printf (_("%s: %s (%s)"), name, problem, full_path);
  label = hr_item_label_field (name, field);
  /* Translators: a field of a named item, what is wrong with it, then where in
   * the file, e.g. "CSMs’ headcount must be a number, got "six" (roles[csm].headcount)" */
  return g_strdup_printf (_("%s %s (%s)"), label, problem, full_path);
}

/* The item's name in the file, if it has one: the path names it by id */
const char *
hr_item_name_in_file (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "name");

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
      *json_node_get_string (node) != '\0')
    return json_node_get_string (node);
  return NULL;
}

/* What a missing field must hold, for "is required" */
const char *
hr_field_describe_expected (const HrField *field)
{
  switch (field->type)
    {
    case HR_FIELD_MONTH:
      return _("a month as \"YYYY-MM\", e.g. \"2027-01\"");
    case HR_FIELD_ID:
      return _("an id of lowercase letters, digits, '-' and '_'");
    case HR_FIELD_REFERENCE:
      return _("the id of an item of the plan");
    case HR_FIELD_NUMBER:
      return _("a number");
    case HR_FIELD_INTEGER:
      return _("a whole number");
    default:
      return _("a value");
    }
}

static char *
describe_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup (_("a list"));
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup (_("an object"));
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup_printf ("\"%s\"", json_node_get_string (node));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return format_number (json_node_get_double (node));
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* @format is a whole message with one %s for what the file holds */
static char *
expected_a (const char *format,
            JsonNode   *node)
{
  g_autofree char *got = describe_node (node);
  return g_strdup_printf (format, got);
}

char *
hr_field_check_node (const HrField *field,
                     JsonNode      *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (field->flags & HR_FIELD_NULLABLE)
        return NULL;
    }

  switch (field->type)
    {
    case HR_FIELD_STRING:
      return node_is_string (node) ? NULL : expected_a (_("must be a string, got %s"), node);

    case HR_FIELD_ID:
    case HR_FIELD_REFERENCE:
      if (!node_is_string (node))
        return expected_a (_("must be an id string, got %s"), node);
      if (!hr_id_is_valid (json_node_get_string (node)))
        return expected_a (_("must be an id of lowercase letters, digits, '-' and '_' "
                             "(starting with a letter or digit, at most 63 characters), got %s"),
                           node);
      return NULL;

    case HR_FIELD_NUMBER:
    case HR_FIELD_INTEGER:
      if (!node_is_number (node))
        return expected_a (field->type == HR_FIELD_INTEGER ? _("must be a whole number, got %s")
                                                      : _("must be a number, got %s"), node);
      return hr_field_check_number (field, json_node_get_double (node));

    case HR_FIELD_ENUM:
      if (node_is_string (node) && g_strv_contains (field->choices, json_node_get_string (node)))
        return NULL;
      else
        {
          g_autofree char *choices = g_strjoinv ("\", \"", (char **) field->choices);
          g_autofree char *got = describe_node (node);
          /* Translators: the first %s lists the choices, the second is the value in the file */
          return g_strdup_printf (_("must be one of \"%s\", got %s"), choices, got);
        }

    case HR_FIELD_MONTH:
      {
        int month;
        if (node_is_string (node) && hr_month_parse (json_node_get_string (node), &month))
          return NULL;
        return expected_a (_("must be a month as \"YYYY-MM\", got %s"), node);
      }

    case HR_FIELD_BOOLEAN:
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        return NULL;
      return expected_a (_("must be true or false, got %s"), node);

    case HR_FIELD_ID_LIST:
      {
        JsonArray *array;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return expected_a ((field->flags & HR_FIELD_NULLABLE) ? _("must be a list of ids or null, got %s")
                                                                : _("must be a list of ids, got %s"), node);
        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!node_is_string (element) || !hr_id_is_valid (json_node_get_string (element)))
              {
                g_autofree char *problem = expected_a (_("must be an id string, got %s"), element);
                return g_strdup_printf (_("element %u %s"), i + 1, problem);
              }
          }
        return NULL;
      }

    case HR_FIELD_NUMBER_LIST:
      {
        JsonArray *array;

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return expected_a (_("must be a list of numbers, got %s"), node);
        array = json_node_get_array (node);
        if ((field->flags & HR_FIELD_NON_EMPTY) && json_array_get_length (array) == 0)
          return g_strdup (_("must be a non-empty list of numbers, got []"));
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            g_autofree char *problem = NULL;

            if (!node_is_number (element))
              problem = expected_a (_("must be a number, got %s"), element);
            else
              problem = hr_field_check_number (field, json_node_get_double (element));
            if (problem)
              /* Translators: e.g. "element 2 must be between 0 and 1, got 1.5" */
              return g_strdup_printf (_("element %u %s"), i + 1, problem);
          }
        return NULL;
      }
    }
  g_assert_not_reached ();
}
