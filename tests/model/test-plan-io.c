/* test-plan-io.c: loading, validation messages, saving and round trips */
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hr-json.h"
#include "test-helpers.h"

#define HEAD "'format': 'headroom-plan', 'version': 1, 'start': '2027-01'"

typedef struct {
  const char *name;
  const char *text;      /* single quotes stand for double quotes */
  const char *message;   /* the whole message */
} Refusal;

static const Refusal refusals[] = {
  /* the file ends at column 12 of line 1, inside the object of line 1 */
  { "not-json", "{'format': ", "test.headroom:1:12: the file ends early at line 1, before the object opened "
    "at line 1 is closed; the file may have been cut off" },
  /* cut off on line 3, inside the roles list that line 2 opens */
  { "cut-off", "{" HEAD ",\n 'roles': [\n  {'id': 'csm', 'headcount': 4",
    "test.headroom:3:31: the file ends early at line 3, before the object opened at line 3 is closed; "
    "the file may have been cut off" },
  { "cut-off-list", "{" HEAD ",\n 'roles': [\n  {'id': 'csm'},\n",
    "test.headroom:4:1: the file ends early at line 4, before the list “roles” opened at line 2 is closed; "
    "the file may have been cut off" },
  { "cut-off-text", "{" HEAD ",\n 'name': 'Team pl",
    "test.headroom:2:18: the file ends early at line 2, inside the text that starts at line 2; "
    "the file may have been cut off" },
  { "missing-comma", "{'format': 'headroom-plan'\n 'version': 1}",
    "test.headroom:2:2: expected a comma or } after the value of “format”" },
  { "trailing-comma", "{" HEAD ", 'roles': [{'id': 'csm'},]}",
    "test.headroom:1:87: a comma before ]; expected another element, or no comma" },
  { "bare-word", "{" HEAD ", 'months': twelve}",
    "test.headroom:1:73: expected a value (a number, a text in double quotes, true, false, null, a list or "
    "an object), got “twelve”" },
  { "leading-zero", "{" HEAD ", 'months': 012}",
    "test.headroom:1:73: “012” is not a number as JSON writes them; expected digits such as 12, 0.5 or 1e6" },
  /* the escape of line 3, column 14: json-glib pointed two lines later */
  { "lone-surrogate", "{" HEAD ",\n 'roles': [\n  {'id': 'csm', 'name': 'a\\ud800b'}],\n 'months': 12,\n 'currency': 'EUR'}",
    "test.headroom:3:27: a lone UTF-16 surrogate \\ud800 in a text; expected a character or a surrogate pair "
    "such as \\ud83d\\ude00" },
  { "lone-low-surrogate", "{" HEAD ", 'name': '\\udc00'}",
    "test.headroom:1:72: a lone UTF-16 surrogate \\udc00 in a text; expected a character or a surrogate pair "
    "such as \\ud83d\\ude00" },
  { "surrogate-then-text", "{" HEAD ", 'name': '\\ud83d\\u0041'}",
    "test.headroom:1:72: a lone UTF-16 surrogate \\ud83d in a text" },
  { "escaped-nul", "{" HEAD ", 'name': 'a\\u0000'}",
    "test.headroom:1:73: a NUL character (\\u0000) in a text; expected text without it" },
  { "second-value", "{" HEAD "}\n{" HEAD "}",
    "test.headroom:2:1: more text after the end of the plan; expected nothing after its closing }" },
  { "segments-object", "{" HEAD ", 'segments': {}}",
    "test.headroom: segments: must be a list in [ ], as in \"segments\": [ … ], got an object" },
  { "roles-number", "{" HEAD ", 'roles': 3}",
    "test.headroom: roles: must be a list in [ ], as in \"roles\": [ … ], got a single value" },
  { "hire-list", "{" HEAD ", 'hires': [[]]}",
    "test.headroom: hires[0]: must be an object in { }, got a list" },
  /* named by the name a person gave, then the path */
  { "named-type", "{" HEAD ", 'roles': [{'id': 'csm', 'name': 'CSMs', 'headcount': 'six'}]}",
    "test.headroom: CSMs’ headcount must be a number, got \"six\" (roles[csm].headcount)" },
  { "named-range", "{" HEAD ", 'moments': [{'id': 'kickoff', 'name': 'Kickoff', 'exec': -2}]}",
    "test.headroom: Kickoff’s exec must be at least 0, got -2 (moments[kickoff].exec)" },
  { "named-rule", "{" HEAD ", 'roles': [{'id': 'csm', 'name': 'CSMs', 'indirect': 0.6, 'unplanned': 0.4}]}",
    "test.headroom: CSMs: indirect + unplanned must be below 1, got 0.6 + 0.4 (roles[csm])" },
  { "named-reference", "{" HEAD ", 'moments': [{'id': 'qbr', 'name': 'Business review', 'role': 'am'}]}",
    "test.headroom: Business review’s role: no role with id \"am\"; expected one of \"csm\" (moments[qbr].role)" },
  { "named-required", "{" HEAD ", 'roles': [{'name': 'CSMs'}]}",
    "test.headroom: CSMs’ id is required: expected an id of lowercase letters, digits, '-' and '_' (roles[0].id)" },
  /* 1e400 on line 3: the field named by the segment's name, read after it */
  { "named-infinite", "{" HEAD ",\n 'segments': [\n  {'id': 'mid', 'acv': 1e400,\n   'name': 'Mid market'}]}",
    "test.headroom:3:24: Mid market’s acv is 1e400, out of range; expected a finite number (segments[mid].acv)" },
  { "infinite-in-list", "{" HEAD ", 'roles': [{'id': 'csm', 'ramp': [0.5, -1e999]}]}",
    "test.headroom:1:101: ramp is -1e999, out of range; expected a finite number (roles[csm].ramp[1])" },
  { "empty", "", "test.headroom:1:1: the file is empty; expected a JSON object of a Headroom plan" },
  { "blank", "  \n ", "test.headroom:1:1: the file is empty; expected a JSON object of a Headroom plan" },
  { "infinite", "{" HEAD ", 'months': 1e400}",
    "test.headroom:1:73: months is 1e400, out of range; expected a finite number (months)" },
  { "not-object", "[1, 2]", "test.headroom: must be a JSON object with \"format\": \"headroom-plan\"" },
  { "format", "{'format': 'other', 'version': 1, 'start': '2027-01'}",
    "test.headroom: format: must be \"headroom-plan\"; this is not a Headroom plan" },
  { "newer", "{'format': 'headroom-plan', 'version': 2, 'start': '2027-01'}",
    "test.headroom: version: 2 was made by a newer Headroom; this one reads version 1" },
  { "start-missing", "{'format': 'headroom-plan', 'version': 1}",
    "test.headroom: start: is required: expected a month as \"YYYY-MM\", e.g. \"2027-01\"" },
  { "start-bad", "{'format': 'headroom-plan', 'version': 1, 'start': '2027-13'}",
    "test.headroom: start: must be a month as \"YYYY-MM\", got \"2027-13\"" },
  { "months-range", "{" HEAD ", 'months': 121}",
    "test.headroom: months: must be between 1 and 120, got 121" },
  { "months-whole", "{" HEAD ", 'months': 2.5}",
    "test.headroom: months: must be a whole number, got 2.5" },
  { "currency", "{" HEAD ", 'currency': 'dollars'}",
    "test.headroom: currency: must be an ISO 4217 code such as \"USD\" or \"EUR\", got \"dollars\"" },
  { "roles-empty", "{" HEAD ", 'roles': []}",
    "test.headroom: roles: must have at least one role, got []" },
  { "role-id", "{" HEAD ", 'roles': [{'id': 'Mid Market'}]}",
    "test.headroom: roles[0].id: must be an id of lowercase letters, digits, '-' and '_' "
    "(starting with a letter or digit, at most 63 characters), got \"Mid Market\"" },
  { "role-duplicate", "{" HEAD ", 'roles': [{'id': 'csm'}, {'id': 'csm'}]}",
    "test.headroom: roles[1].id: \"csm\" is used twice; ids must be unique within roles" },
  { "shrinkage", "{" HEAD ", 'roles': [{'id': 'csm', 'shrinkage': 1}]}",
    "test.headroom: roles[csm].shrinkage: must be at least 0 and less than 1, got 1" },
  { "hours", "{" HEAD ", 'roles': [{'id': 'csm', 'hours_per_month': 0}]}",
    "test.headroom: roles[csm].hours_per_month: must be greater than 0, got 0" },
  { "target-load", "{" HEAD ", 'roles': [{'id': 'csm', 'target_load': 1.6}]}",
    "test.headroom: roles[csm].target_load: must be greater than 0 and at most 1.5, got 1.6" },
  { "overhead", "{" HEAD ", 'roles': [{'id': 'csm', 'indirect': 0.6, 'unplanned': 0.4}]}",
    "test.headroom: roles[csm]: indirect + unplanned must be below 1, got 0.6 + 0.4" },
  { "ramp", "{" HEAD ", 'roles': [{'id': 'csm', 'ramp': [0.5, 1.5]}]}",
    "test.headroom: roles[csm].ramp: element 2 must be between 0 and 1, got 1.5" },
  { "manages-unknown", "{" HEAD ", 'roles': [{'id': 'csm'}, {'id': 'lead', 'manages': 'cms'}]}",
    "test.headroom: roles[lead].manages: no role with id \"cms\"; expected one of \"csm\"" },
  { "manages-manager", "{" HEAD ", 'roles': [{'id': 'csm'}, {'id': 'lead', 'manages': 'csm'}, {'id': 'vp', 'manages': 'lead'}]}",
    "test.headroom: roles[vp].manages: \"lead\" is itself sized by span of control; expected one of \"csm\"" },
  { "no-work-role", "{" HEAD ", 'roles': [{'id': 'lead', 'manages': 'lead'}]}",
    "test.headroom: roles[lead].manages: \"lead\" is itself sized by span of control; expected one of " },
  { "churn", "{" HEAD ", 'segments': [{'id': 'mid-market', 'churn': 1.4}]}",
    "test.headroom: segments[mid-market].churn: must be between 0 and 1, got 1.4" },
  { "churn-mode", "{" HEAD ", 'segments': [{'id': 'mid', 'churn_mode': 'yearly'}]}",
    "test.headroom: segments[mid].churn_mode: must be one of \"monthly\", \"renewal\", got \"yearly\"" },
  { "growth", "{" HEAD ", 'segments': [{'id': 'mid', 'growth': -1}]}",
    "test.headroom: segments[mid].growth: must be greater than -1, got -1" },
  { "new-by-month-empty", "{" HEAD ", 'segments': [{'id': 'mid', 'new_by_month': []}]}",
    "test.headroom: segments[mid].new_by_month: must be a non-empty list of numbers, got []" },
  { "accounts-type", "{" HEAD ", 'segments': [{'id': 'mid', 'accounts': 'many'}]}",
    "test.headroom: segments[mid].accounts: must be a number of accounts or a list of cohorts" },
  { "cohort-range", "{" HEAD ", 'segments': [{'id': 'mid', 'accounts': [{'tenure_from': 5, 'tenure_to': 2, 'count': 3}]}]}",
    "test.headroom: segments[mid].accounts[0].tenure_to: must be at least tenure_from (5), got 2" },
  { "reactive-role", "{" HEAD ", 'roles': [{'id': 'csm'}, {'id': 'lead', 'manages': 'csm'}], 'segments': [{'id': 'mid', 'reactive_role': 'lead'}]}",
    "test.headroom: segments[mid].reactive_role: \"lead\" is sized by span of control and carries no work; expected one of \"csm\"" },
  { "moment-play", "{" HEAD ", 'moments': [{'id': 'qbr', 'play': 'qbr'}]}",
    "test.headroom: moments[qbr].play: must be one of \"purchase_welcome\", \"kickoff\", \"onboarding\", \"first_value\", "
    "\"value_blocks\", \"sharing_insights\", \"alignment_meeting\", \"renew_grow\", \"supporting\", got \"qbr\"" },
  { "moment-role", "{" HEAD ", 'moments': [{'id': 'qbr', 'role': 'am'}]}",
    "test.headroom: moments[qbr].role: no role with id \"am\"; expected one of \"csm\"" },
  { "until", "{" HEAD ", 'moments': [{'id': 'qbr', 'at': 6, 'until': 3}]}",
    "test.headroom: moments[qbr].until: must be at least \"at\" (6) or null, got 3" },
  { "hours-negative", "{" HEAD ", 'moments': [{'id': 'qbr', 'prep': -1}]}",
    "test.headroom: moments[qbr].prep: must be at least 0, got -1" },
  { "tier-unknown", "{" HEAD ", 'moments': [{'id': 'qbr', 'tiers': {'smb': {'mode': 'skip'}}}]}",
    "test.headroom: moments[qbr].tiers: no segment with id \"smb\"; expected a segment of the plan" },
  { "tier-mode", "{" HEAD ", 'segments': [{'id': 'smb'}], 'moments': [{'id': 'qbr', 'tiers': {'smb': {'mode': 'email'}}}]}",
    "test.headroom: moments[qbr].tiers[smb].mode: must be one of \"one_to_one\", \"one_to_many\", \"digital\", \"skip\", got \"email\"" },
  { "group-size", "{" HEAD ", 'segments': [{'id': 'smb'}], 'moments': [{'id': 'qbr', 'tiers': {'smb': {'mode': 'one_to_many', 'group_size': 0.5}}}]}",
    "test.headroom: moments[qbr].tiers[smb].group_size: must be at least 1, got 0.5" },
  { "hire-role", "{" HEAD ", 'hires': [{'role': 'am', 'month': '2027-03'}]}",
    "test.headroom: hires[0].role: no role with id \"am\"; expected one of \"csm\"" },
  { "hire-month", "{" HEAD ", 'hires': [{'role': 'csm', 'month': '2026-12'}]}",
    "test.headroom: hires[0].month: must be 2027-01 (the plan's start) or later, got \"2026-12\"" },
  { "hire-count", "{" HEAD ", 'hires': [{'id': 'q2', 'role': 'csm', 'month': '2027-03', 'count': 0}]}",
    "test.headroom: hires[q2].count: must be greater than 0, got 0" },
  /* Headroom's own bounds, beyond the spec: far beyond any real plan */
  { "bound-hours", "{" HEAD ", 'roles': [{'id': 'csm', 'name': 'CSMs', 'hours_per_month': 1000}]}",
    "test.headroom: CSMs’ hours per month must be at most 744, got 1000: Headroom’s limit, far beyond any "
    "real plan (roles[csm].hours_per_month)" },
  { "bound-target-load", "{" HEAD ", 'roles': [{'id': 'csm', 'target_load': 0.01}]}",
    "test.headroom: roles[csm].target_load: must be at least 0.05, got 0.01: Headroom’s limit, far beyond any real plan" },
  { "bound-floor", "{" HEAD ", 'roles': [{'id': 'csm', 'headcount': 1e-9}]}",
    "test.headroom: roles[csm].headcount: must be 0 or at least 0.000001, got 1e-09: Headroom’s limit, far beyond "
    "any real plan" },
  { "bound-ramp", "{" HEAD ", 'roles': [{'id': 'csm', 'ramp': [0.5, 1e-5]}]}",
    "test.headroom: roles[csm].ramp: element 2 must be 0 or at least 0.001, got 1e-05: Headroom’s limit" },
  { "bound-overhead", "{" HEAD ", 'roles': [{'id': 'csm', 'indirect': 0.5, 'unplanned': 0.49}]}",
    "test.headroom: roles[csm]: indirect + unplanned must be at most 0.95, got 0.5 + 0.49: Headroom’s limit" },
  { "bound-exec", "{" HEAD ", 'moments': [{'id': 'k', 'name': 'Kickoff', 'exec': 1e308}]}",
    "test.headroom: Kickoff’s exec must be at most 10,000, got 1e+308: Headroom’s limit, far beyond any real plan "
    "(moments[k].exec)" },
  { "bound-acv", "{" HEAD ", 'segments': [{'id': 's', 'acv': 1e308}]}",
    "test.headroom: segments[s].acv: must be at most 10,000,000,000, got 1e+308: Headroom’s limit" },
  { "bound-factor", "{" HEAD ", 'segments': [{'id': 's'}], 'moments': [{'id': 'k', 'tiers': {'s': {'factor': 1e6}}}]}",
    "test.headroom: moments[k].tiers[s].factor: must be at most 1,000, got 1000000: Headroom’s limit" },
  /* 1e6 new accounts a month, quadrupling for 24 months: 1e6 × (4^24 − 1) / 3 ≈ 9.4e19 */
  { "bound-accounts", "{" HEAD ", 'months': 24, 'segments': [{'id': 's', 'name': 'SMB', 'new_per_month': 1e6, 'growth': 3}]}",
    "test.headroom: SMB: the accounts at the start and those won over the plan add up to 9.38e+19; Headroom plans "
    "at most 1,000,000,000 accounts in a segment, far beyond any real plan: lower the accounts, new_per_month or "
    "growth (segments[s])" },
  /* the items after an out-of-range number do not name it */
  { "infinite-sibling", "{" HEAD ", 'segments': [{'id': 'a', 'acv': 1e400}, {'id': 'b', 'name': 'B'}]}",
    "test.headroom:1:95: acv is 1e400, out of range; expected a finite number (segments[a].acv)" },
  { "scenario-target", "{" HEAD ", 'scenarios': [{'id': 'focus', 'changes': [{'op': 'set', 'target': 'moments/nope/every', 'value': 6}]}]}",
    "test.headroom: scenarios[focus].changes[1]: target \"moments/nope/every\": moments has no item with id \"nope\"" },
  { "scenario-invalid", "{" HEAD ", 'segments': [{'id': 'mid'}], 'scenarios': [{'id': 'worse', 'changes': ["
    "{'op': 'set', 'target': 'segments/mid/acv', 'value': 10}, {'op': 'scale', 'target': 'segments/mid/churn', 'factor': 2},"
    "{'op': 'set', 'target': 'segments/mid/churn', 'value': 1.4}]}]}",
    "test.headroom: scenarios[worse].changes[3]: segments[mid].churn: must be between 0 and 1, got 1.4" },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *r = data;
  g_autofree char *message = plan_error (r->text);

  if (!g_str_has_prefix (message, r->message))
    {
      g_test_message ("got:      %s", message);
      g_test_message ("expected: %s", r->message);
      g_test_fail ();
    }
}

/* json-glib 1.6 itself crashes on very deep nesting: refused before */
static void
test_deep_nesting (void)
{
  GString *text = g_string_new ("{\"a\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  plan = hr_plan_load_data (text->str, text->len, "deep.headroom", NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "deep.headroom:1:70: nesting is deeper than 64 levels; expected a plan of at most 64");
  g_string_free (text, TRUE);
}

/* binary data and invalid UTF-8 name their place; nothing crashes */
static void
test_binary (void)
{
  static const char junk[] = "{\"format\": \"headroom-plan\", \"name\": \"\xff\xfe\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_data (junk, sizeof junk - 1, "junk.headroom", NULL, &error);
  GRand *rand = g_rand_new_with_seed (42);

  g_assert_null (plan);
  g_assert_cmpstr (error->message, ==, "junk.headroom:1:38: invalid UTF-8; expected a UTF-8 text file");
  g_clear_error (&error);

  /* a NUL byte is named as such, also before invalid UTF-8 */
  g_assert_null (hr_plan_load_data ("{\"name\": \"a\0\xff\"}", 14, "nul.headroom", NULL, &error));
  g_assert_cmpstr (error->message, ==, "nul.headroom:1:12: NUL byte; expected UTF-8 text of a JSON plan");

  /* random bytes of every kind are refused, never crash */
  for (int round = 0; round < 200; round++)
    {
      guint8 bytes[256];
      g_autoptr(GError) round_error = NULL;
      g_autoptr(HrPlan) round_plan = NULL;

      for (guint i = 0; i < sizeof bytes; i++)
        bytes[i] = g_rand_int_range (rand, 0, 256);
      round_plan = hr_plan_load_data ((char *) bytes, sizeof bytes, "random", NULL, &round_error);
      g_assert_null (round_plan);
      g_assert_nonnull (round_error);
    }
  g_rand_free (rand);
}

/* the sample with bytes changed at random: refused or loaded, never a crash */
static void
test_mutations (void)
{
  g_autoptr(GBytes) bytes = hr_plan_get_sample_bytes ();
  gsize length;
  const char *sample = g_bytes_get_data (bytes, &length);
  GRand *rand = g_rand_new_with_seed (7);
  const char alphabet[] = "{}[]\",:0123456789-.eE \n\\tfnu";

  for (int round = 0; round < 300; round++)
    {
      g_autofree char *text = g_memdup2 (sample, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(HrPlan) plan = NULL;

      for (int edit = 0; edit < 1 + round % 4; edit++)
        text[g_rand_int_range (rand, 0, length)] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      plan = hr_plan_load_data (text, length, "mutated", NULL, &error);
      g_assert_true ((plan == NULL) != (error == NULL));
      if (plan)
        {
          g_autoptr(HrForecast) f = hr_engine_forecast (plan, NULL, HR_FORECAST_APPLY_HIRING, NULL);
          g_assert_nonnull (f);
        }
      else
        g_assert_true (g_str_has_prefix (error->message, "mutated:"));
    }
  g_rand_free (rand);
}

/* a file far larger than any plan is refused before it is read */
static void
test_huge_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("headroom-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.headroom", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = NULL;
  FILE *out = fopen (path, "wb");

  g_assert_nonnull (out);
  g_assert_cmpint (fseek (out, HR_MAX_FILE_SIZE + 1, SEEK_SET), ==, 0);
  fputc (' ', out);
  fclose (out);
  plan = hr_plan_load_file (file, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, HR_PLAN_ERROR, HR_PLAN_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "a plan has at most 64 MB"));
  g_unlink (path);
  g_rmdir (dir);
}

/* unknown keys warn, name their place and survive a save */
static void
test_unknown_keys (void)
{
  g_autofree char *json = g_strdelimit (g_strdup ("{" HEAD ", 'owner': 'Ada', 'roles': [{'id': 'csm', 'desk': 4}],"
                                                  "'segments': [{'id': 'a', 'accounts': [{'tenure': 1, 'count': 2, 'crm': 'x'}]}],"
                                                  "'moments': [{'id': 'm', 'tiers': {'a': {'mode': 'skip', 'note': 'pilot'}}}]}"), "'", '"');
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(HrPlan) plan = hr_plan_load_data (json, -1, "keys.headroom", warnings, &error);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 4);
  g_assert_cmpstr (warnings->pdata[0], ==, "keys.headroom: roles[csm]: unknown key \"desk\" is kept but not used");
  g_assert_cmpstr (warnings->pdata[1], ==, "keys.headroom: segments[a].accounts[0]: unknown key \"crm\" is not used and will not be saved");
  g_assert_cmpstr (warnings->pdata[2], ==, "keys.headroom: moments[m].tiers[a]: unknown key \"note\" is kept but not used");
  g_assert_cmpstr (warnings->pdata[3], ==, "keys.headroom: unknown key \"owner\" is kept but not used");
  saved = hr_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (saved, "\"owner\": \"Ada\""));
  g_assert_nonnull (strstr (saved, "\"desk\": 4"));
  g_assert_nonnull (strstr (saved, "\"note\": \"pilot\""));
}

/* a form speaks the units the person typed in */
static void
test_check_shown (void)
{
  g_autoptr(HrRole) role = hr_role_new ("csm");
  HrItemClass *klass = HR_ITEM_GET_CLASS (role);
  g_autofree char *shrinkage = hr_field_check_shown (hr_item_class_find_field (klass, "shrinkage"), -0.2, 100, "%");
  g_autofree char *target = hr_field_check_shown (hr_item_class_find_field (klass, "target_load"), 0, 100, "%");
  g_autofree char *lead = hr_field_check_shown (hr_item_class_find_field (klass, "lead_time_months"), 2000, 1, "months");
  g_autofree char *fine = hr_field_check_shown (hr_item_class_find_field (klass, "shrinkage"), 0.2, 100, "%");

  g_assert_cmpstr (shrinkage, ==, "must be at least 0% and less than 100%, got -20%");
  g_assert_cmpstr (target, ==, "must be greater than 0% and at most 150%, got 0%");
  g_assert_cmpstr (lead, ==, "must be between 0 months and 1200 months, got 2000 months");
  g_assert_null (fine);
}

/* defaults fill what a file leaves out (spec §2 tables) */
static void
test_defaults (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{" HEAD "}");
  g_autoptr(HrRole) role = g_list_model_get_item (hr_plan_get_roles (plan), 0);
  double hours, shrinkage, target, arr_per_fte;
  int lead;
  g_autofree char *id = NULL;

  g_assert_cmpuint (hr_plan_get_months (plan), ==, 12);
  g_assert_cmpstr (hr_plan_get_currency (plan), ==, "USD");
  g_object_get (role, "id", &id, "hours-per-month", &hours, "shrinkage", &shrinkage,
                "target-load", &target, "lead-time-months", &lead, "arr-per-fte", &arr_per_fte, NULL);
  g_assert_cmpstr (id, ==, "csm");
  g_assert_cmpfloat (hours, ==, 160);
  g_assert_cmpfloat (shrinkage, ==, 0.10);
  g_assert_cmpfloat (target, ==, 0.85);
  g_assert_cmpint (lead, ==, 3);
  g_assert_true (isnan (arr_per_fte));
}

/* the moments and tiers without a role of their own are the work role's:
 * here moment "a" and tier "y"; without "first" the work goes to "second",
 * the first role left that does not manage */
static void
test_work_role_users (void)
{
  g_autoptr(HrPlan) plan = plan_from_text ("{'format': 'headroom-plan', 'version': 1, 'start': '2027-01', "
                                           "'roles': [{'id': 'lead', 'manages': 'first'}, {'id': 'first'}, "
                                           "{'id': 'second'}], "
                                           "'segments': [{'id': 'x', 'reactive_role': 'second'}, {'id': 'y'}], "
                                           "'moments': [{'id': 'a'}, {'id': 'b', 'role': 'first'}]}");
  g_autoptr(GPtrArray) users = hr_plan_list_work_role_users (plan);
  HrRole *first = hr_plan_find_role (plan, "first");

  g_assert_true (hr_plan_get_work_role (plan) == first);
  g_assert_cmpuint (users->len, ==, 2);
  g_assert_cmpstr (hr_item_get_id (users->pdata[0]), ==, "a");
  g_assert_cmpstr (hr_item_get_id (users->pdata[1]), ==, "y");
  g_assert_true (hr_plan_get_work_role_without (plan, first) == hr_plan_find_role (plan, "second"));
  g_assert_true (hr_plan_get_work_role_without (plan, hr_plan_find_role (plan, "second")) == first);
}

/* the sample and every conformance plan survive save and load unchanged */
static void
test_round_trip (void)
{
  const char *files[] = { "basic", "tiers", "team" };
  g_autoptr(HrPlan) sample = hr_plan_new_sample ();
  g_autofree char *first = hr_plan_to_data (sample, NULL);
  g_autoptr(HrPlan) again = hr_plan_load_data (first, -1, "sample", NULL, NULL);
  g_autofree char *second = hr_plan_to_data (again, NULL);

  g_assert_cmpstr (first, ==, second);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strconcat (files[i], ".headroom", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(HrPlan) plan = hr_plan_load_file (file, NULL, NULL);
      g_autofree char *text = hr_plan_to_data (plan, NULL);
      g_autoptr(HrPlan) reloaded = hr_plan_load_data (text, -1, name, NULL, NULL);
      g_autoptr(HrForecast) a = hr_engine_forecast (plan, NULL, 0, NULL);
      g_autoptr(HrForecast) b = hr_engine_forecast (reloaded, NULL, 0, NULL);
      g_autoptr(JsonNode) ja = hr_forecast_to_json (a);
      g_autoptr(JsonNode) jb = hr_forecast_to_json (b);

      g_assert_nonnull (reloaded);
      g_assert_true (json_node_equal (ja, jb));
    }
}

/* Numbers read exactly as strtod reads them, whichever way the parser
 * takes: short decimals without strtod, long ones and large powers with it */
static void
test_numbers_as_strtod (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  for (guint i = 0; i < 20000; i++)
    {
      GString *number = g_string_new (g_rand_boolean (rand) ? "-" : "");
      guint n_fraction = g_rand_int_range (rand, 1, 20);

      g_string_append_printf (number, "%u.", g_rand_int_range (rand, 0, 4) ? g_rand_int_range (rand, 0, 100000) : 0);
      for (guint d = 0; d < n_fraction; d++)
        g_string_append_c (number, '0' + g_rand_int_range (rand, 0, 10));
      if (g_rand_int_range (rand, 0, 3) == 0)
        g_string_append_printf (number, "e%d", g_rand_int_range (rand, -40, 40));
      g_string_append_printf (text, "%s%s", i ? ", " : "", number->str);
      g_ptr_array_add (numbers, g_string_free (number, FALSE));
    }
  g_string_append (text, ", 0.1, 1e22, 1e23, 9007199254740993.5, 4.35e-321]");
  g_ptr_array_add (numbers, g_strdup ("0.1"));
  g_ptr_array_add (numbers, g_strdup ("1e22"));
  g_ptr_array_add (numbers, g_strdup ("1e23"));
  g_ptr_array_add (numbers, g_strdup ("9007199254740993.5"));
  g_ptr_array_add (numbers, g_strdup ("4.35e-321"));

  root = hr_json_parse (text->str, text->len, "numbers", 4, &error);
  g_assert_no_error (error);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, numbers->len);
  for (guint i = 0; i < numbers->len; i++)
    {
      double read = json_array_get_double_element (array, i);
      double expected = g_ascii_strtod (numbers->pdata[i], NULL);

      if (memcmp (&read, &expected, sizeof read) != 0)
        g_error ("%s read as %.17g, strtod reads %.17g", (char *) numbers->pdata[i], read, expected);
    }
}

/* The list items built later are the nodes reading them at once gives */
static void
test_deferred_items (void)
{
  const char * const lists[] = { "roles", "moments", "scenarios", "accounts", NULL };
  const char *files[] = { "basic", "tiers", "team", "books" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *name = g_strconcat (files[f], ".headroom", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(HrJsonDeferred) deferred = NULL;
      g_autoptr(JsonNode) whole = NULL, later = NULL;
      JsonObject *object;
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      whole = hr_json_parse (text, length, name, HR_MAX_DEPTH, NULL);
      later = hr_json_parse_deferred (text, length, name, HR_MAX_DEPTH, lists, &deferred, NULL);
      g_assert_nonnull (whole);
      g_assert_nonnull (later);
      object = json_node_get_object (later);
      for (guint l = 0; lists[l]; l++)
        {
          JsonArray *items = json_object_has_member (object, lists[l]) ?
                             json_object_get_array_member (object, lists[l]) : NULL;

          for (guint i = 0; items && i < json_array_get_length (items); i++)
            {
              JsonNode *stand_in = json_array_get_element (items, i);
              JsonNode *built = hr_json_deferred_build (deferred, stand_in);

              g_assert_nonnull (built);
              json_node_take_object (stand_in, json_node_dup_object (built));
              json_node_unref (built);
            }
        }
      /* not a stand-in: nothing to build */
      g_assert_null (hr_json_deferred_build (deferred, later));
      g_assert_true (json_node_equal (whole, later));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan/refuse/%s", refusals[i].name);
      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/plan/refuse/deep-nesting", test_deep_nesting);
  g_test_add_func ("/plan/refuse/binary", test_binary);
  g_test_add_func ("/plan/refuse/mutations", test_mutations);
  g_test_add_func ("/plan/refuse/huge-file", test_huge_file);
  g_test_add_func ("/plan/unknown-keys", test_unknown_keys);
  g_test_add_func ("/plan/defaults", test_defaults);
  g_test_add_func ("/plan/check-shown", test_check_shown);
  g_test_add_func ("/plan/work-role-users", test_work_role_users);
  g_test_add_func ("/plan/round-trip", test_round_trip);
  g_test_add_func ("/plan/numbers-as-strtod", test_numbers_as_strtod);
  g_test_add_func ("/plan/deferred-items", test_deferred_items);
  return g_test_run ();
}
