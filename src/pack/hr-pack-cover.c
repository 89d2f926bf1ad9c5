/* hr-pack-cover.c: the pack's cover: the plan, the horizon, the scenario
 * shown, the date, the headline in one sentence, the key figures and the
 * contents */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hr-format.h"
#include "hr-hiring.h"
#include "hr-pack-private.h"

#define TILE_HEIGHT 80.0
#define GAP         16.0
#define PAD         12.0
/* sections the contents list at most */
#define CONTENTS_LINES 12

typedef struct {
  HrPageRect story;      /* plan, facts and headline */
  HrPageRect contents;
  HrPageRect tiles;
} Geometry;

/* Landscape: the story left, the contents right, the key figures across
 * below both. Portrait: story, contents, key figures, one below the other.
 * The contents have room for every section of the pack. */
static Geometry
cover_geometry (HrPageDoc *doc)
{
  HrPageRect c = hr_page_doc_get_content (doc);
  double line = hr_page_doc_line_height (doc, HR_TEXT_BODY) + 7.0;
  double contents = hr_page_doc_line_height (doc, HR_TEXT_HEADING) + 8.0 + line * CONTENTS_LINES;
  Geometry g;

  if (c.width >= c.height)
    {
      double side = MIN (c.width * 0.32, 260.0);

      g.story = (HrPageRect) { c.x, c.y, c.width - side - GAP * 2, c.height - TILE_HEIGHT - GAP };
      g.contents = (HrPageRect) { c.x + c.width - side, c.y + 6.0, side, contents };
    }
  else
    {
      g.story = (HrPageRect) { c.x, c.y, c.width, c.height * 0.45 };
      g.contents = (HrPageRect) { c.x, c.y + c.height * 0.45 + GAP, c.width, contents };
    }
  g.tiles = (HrPageRect) { c.x, c.y + c.height - TILE_HEIGHT, c.width, TILE_HEIGHT };
  return g;
}

/* One line of text at the cursor @y of @area; returns the height used */
static double
add_line (HrPageDoc        *doc,
          const HrPageRect *area,
          double            y,
          HrTextStyle       style,
          HrInk             ink,
          const char       *text)
{
  HrPageRect box = { area->x, y, area->width, hr_page_doc_line_height (doc, style) };

  return hr_page_doc_add_text_ink (doc, &box, style, HR_FIT_SHRINK, HR_ALIGN_START, ink, text);
}

static char *
dup_horizon (HrForecast *f)
{
  guint n = hr_forecast_get_n_months (f);
  g_autofree char *from = hr_forecast_format_month (f, 0, "%B %Y");
  g_autofree char *to = hr_forecast_format_month (f, n - 1, "%B %Y");

  /* Translators: the plan's horizon on the cover, "January 2027 – December 2028, 24 months" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s, %u month", "%s – %s, %u months", n),
                          from, to, n);
}

static char *
dup_scenario_line (HrForecast *f)
{
  if (hr_forecast_get_scenario_id (f) == NULL)
    return g_strdup (_("Scenario shown: the baseline, the plan as it stands"));
  /* Translators: the scenario the pack shows, "Scenario shown: Fund two CSMs" */
  return g_strdup_printf (_("Scenario shown: %s"), hr_forecast_get_scenario_name (f));
}

/* Returns the bottom of what it laid out */
static double
add_story (const HrPackInput *input,
           HrPageDoc         *doc,
           const HrPageRect  *area)
{
  HrForecast *f = input->forecast;
  const char *name = hr_plan_get_name (input->plan);
  g_autofree char *horizon = dup_horizon (f);
  g_autofree char *scenario = dup_scenario_line (f);
  /* Translators: the date on the pack's cover, "Prepared on 2 December 2026" */
  g_autofree char *prepared = g_strdup_printf (_("Prepared on %s"), input->date);
  g_autofree char *headline = hr_pack_dup_headline (f);
  g_autofree char *detail = NULL;
  double y = area->y;
  HrPageRect box;
  double title_line = hr_page_doc_line_height (doc, HR_TEXT_COVER_TITLE);
  double text_width = area->width - 2 * PAD - 6.0;
  double h, panel;

  y += add_line (doc, area, y, HR_TEXT_HEADING, HR_INK_ACCENT, _("Customer Success planning pack")) + 8.0;
  box = (HrPageRect) { area->x, y, area->width, title_line * 2.0 + 1.0 };
  y += hr_page_doc_add_text (doc, &box, HR_TEXT_COVER_TITLE, HR_FIT_WRAP, HR_ALIGN_START,
                             name != NULL && *name != '\0' ? name : _("Untitled plan")) + 12.0;
  y += add_line (doc, area, y, HR_TEXT_BODY, HR_INK_TEXT, horizon) + 3.0;
  y += add_line (doc, area, y, HR_TEXT_BODY, HR_INK_TEXT, scenario) + 3.0;
  y += add_line (doc, area, y, HR_TEXT_BODY, HR_INK_MUTED, prepared) + 22.0;

  /* the headline on a panel, with the summary's verdict under it */
  hr_summary_status (f, input->threshold, NULL, &detail);
  h = hr_page_doc_measure (doc, HR_TEXT_HEADLINE, text_width, headline);
  panel = h + hr_page_doc_measure (doc, HR_TEXT_BODY, text_width, detail) + 2 * PAD + 8.0;
  panel = MIN (panel, area->y + area->height - y);
  box = (HrPageRect) { area->x, y, area->width, panel };
  hr_page_doc_add_fill (doc, &box, HR_INK_PANEL);
  box = (HrPageRect) { area->x, y, 4.0, panel };
  hr_page_doc_add_fill (doc, &box, HR_INK_ACCENT);
  box = (HrPageRect) { area->x + PAD + 6.0, y + PAD, text_width, panel - 2 * PAD };
  h = hr_page_doc_add_text (doc, &box, HR_TEXT_HEADLINE, HR_FIT_WRAP, HR_ALIGN_START, headline);
  box.y += h + 8.0;
  box.height = MAX (y + panel - PAD - box.y, 1.0);
  hr_page_doc_add_text (doc, &box, HR_TEXT_BODY, HR_FIT_WRAP, HR_ALIGN_START, detail);
  return y + panel;
}

typedef struct {
  char *figure;
  char *label;
} Tile;

static void
add_tiles (const HrPackInput *input,
           HrPageDoc         *doc,
           const HrPageRect  *area)
{
  HrForecast *f = input->forecast;
  const HrSummary *s = hr_forecast_get_summary (f);
  const double *needed = hr_forecast_get_needed_series (f, -1);
  const double *effective = hr_forecast_get_team_series (f, HR_ROLE_EFFECTIVE_FTE, TRUE);
  guint last = hr_forecast_get_n_months (f) - 1;
  int first = hr_pack_first_requisition (f);
  int hires = (int) round (s->hires_suggested);
  g_autofree char *end = hr_forecast_format_month (f, last, "%B %Y");
  g_autofree char *peak_month = s->peak_month >= 0 ? hr_forecast_format_month (f, s->peak_month, "%B %Y") : NULL;
  g_autofree char *open_by = first >= 0 ? hr_forecast_format_month (f, first, "%B %Y") : NULL;
  Tile tiles[5];
  guint n = G_N_ELEMENTS (tiles);
  double width = (area->width - GAP * (n - 1)) / n;
  double figure_line = hr_page_doc_line_height (doc, HR_TEXT_FIGURE);

  tiles[0].figure = hr_format_number (needed[last], 1);
  /* Translators: a key figure on the cover, under the number */
  tiles[0].label = g_strdup_printf (_("FTE needed in %s at the target load"), end);
  tiles[1].figure = hr_format_number (effective[last], 1);
  tiles[1].label = g_strdup_printf (_("Effective FTE in %s without new hires"), end);
  tiles[2].figure = hr_format_number (hires, 0);
  if (open_by != NULL)
    tiles[2].label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Requisition to open, by %s",
                                                   "Requisitions to open, the first by %s", hires), open_by);
  else
    tiles[2].label = g_strdup (_("Requisitions to open"));
  tiles[3].figure = isnan (s->peak_load) ? g_strdup (_("no capacity")) : hr_format_percent (s->peak_load, 0);
  tiles[3].label = peak_month ? g_strdup_printf (_("Peak load of any role, %s"), peak_month)
                              : g_strdup (_("Peak load of any role"));
  tiles[4].figure = hr_format_percent (s->cost_share_hired, 1);
  tiles[4].label = g_strdup (_("Cost share of ARR over the plan, with the suggested hires"));

  for (guint i = 0; i < n; i++)
    {
      double x = area->x + i * (width + GAP);
      HrPageRect panel = { x, area->y, width, area->height };
      HrPageRect figure = { x + PAD, area->y + PAD, width - 2 * PAD, figure_line };
      HrPageRect label = { x + PAD, figure.y + figure_line + 4.0, width - 2 * PAD,
                           area->y + area->height - PAD - (figure.y + figure_line + 4.0) };

      hr_page_doc_add_fill (doc, &panel, HR_INK_PANEL);
      hr_page_doc_add_text (doc, &figure, HR_TEXT_FIGURE, HR_FIT_SHRINK, HR_ALIGN_START, tiles[i].figure);
      hr_page_doc_add_text (doc, &label, HR_TEXT_NOTE, HR_FIT_WRAP, HR_ALIGN_START, tiles[i].label);
      g_free (tiles[i].figure);
      g_free (tiles[i].label);
    }
}

static gboolean
cover_applies (const HrPackInput *input)
{
  return TRUE;
}

static void
cover_lay_out (const HrPackInput *input,
               HrPageDoc         *doc)
{
  Geometry g;
  double bottom;

  hr_page_doc_begin_page (doc, NULL);
  g = cover_geometry (doc);
  bottom = add_story (input, doc, &g.story);
  /* the key figures come right under the story, when the page has room */
  g.tiles.y = MIN (MAX (bottom, g.contents.y + g.contents.height) + GAP * 2, g.tiles.y);
  add_tiles (input, doc, &g.tiles);
}

void
hr_pack_cover_add_contents (HrPageDoc *doc,
                            GPtrArray *titles,
                            GArray    *first_pages)
{
  Geometry g = cover_geometry (doc);
  double line = hr_page_doc_line_height (doc, HR_TEXT_BODY) + 7.0;
  double y = g.contents.y;
  double number = 28.0;

  /* the contents go on the cover, which is page 1 */
  hr_page_doc_set_page (doc, 0);
  y += add_line (doc, &g.contents, y, HR_TEXT_HEADING, HR_INK_TEXT, _("Contents")) + 8.0;
  for (guint i = 0; i < titles->len && y + line <= g.contents.y + g.contents.height; i++)
    {
      g_autofree char *page = g_strdup_printf ("%u", g_array_index (first_pages, guint, i) + 1);
      HrPageRect title = { g.contents.x, y, g.contents.width - number - 8.0, line };
      HrPageRect right = { g.contents.x + g.contents.width - number, y, number, line };
      HrPageRect rule = { g.contents.x, y + line - 3.0, g.contents.width, 0.5 };

      hr_page_doc_add_text (doc, &title, HR_TEXT_BODY, HR_FIT_SHRINK, HR_ALIGN_START, titles->pdata[i]);
      hr_page_doc_add_text (doc, &right, HR_TEXT_BODY, HR_FIT_SHRINK, HR_ALIGN_END, page);
      hr_page_doc_add_fill (doc, &rule, HR_INK_RULE);
      y += line;
    }
  hr_page_doc_set_page (doc, hr_page_doc_get_n_pages (doc) - 1);
}

const HrPackSection hr_pack_cover = {
  "cover", N_("Cover"), cover_applies, cover_lay_out
};
