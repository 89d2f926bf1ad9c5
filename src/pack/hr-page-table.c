/* hr-page-table.c: tables on report pages
 *
 * Columns take their natural width when the page has room; text columns
 * then wrap (up to three lines) before anything shrinks. When even that is
 * too wide, the columns after the key columns are cut into groups that fit,
 * each shown with the key columns again. Rows never split: a row that does
 * not fit goes to the next page, under the header row repeated.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hr-page-private.h"

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 2.6
#define MAX_LINES  3
/* a text column is never made narrower than this, words permitting */
#define MIN_TEXT_WIDTH 54.0

typedef struct {
  char     *title;
  HrAlign   align;
  gboolean  wrap;
} Column;

typedef struct {
  char        **cells;
  HrCellFlags   flags;
  HrCellFlags  *cell_flags;
} Row;

/* One group of columns laid out: their widths and every row's height */
typedef struct {
  GArray *columns;   /* guint */
  double *widths;
  double  total;
  double  head;      /* the header row's height */
  double *heights;   /* each row's */
} Group;

struct _HrPageTable
{
  guint      n_columns;
  guint      n_keys;
  Column    *columns;
  GPtrArray *rows;
  /* the table laid out at a page's width, measured once for both
   * hr_page_doc_measure_table() and hr_page_doc_add_table(); NULL after
   * any change */
  GPtrArray *groups;
  HrPageDoc *groups_doc;
  double     groups_width;
  /* each column's widths, measured once (NULL until then) */
  double    *natural;   /* every text on one line */
  double    *body;      /* the header wrapped, the cells on one line */
  double    *least;     /* text cells wrapped too */
};

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->columns);
  g_free (group->widths);
  g_free (group->heights);
  g_free (group);
}

/* Whatever changes, the table is measured again */
static void
forget_layout (HrPageTable *table)
{
  g_clear_pointer (&table->groups, g_ptr_array_unref);
  table->groups_doc = NULL;
  g_clear_pointer (&table->natural, g_free);
  g_clear_pointer (&table->body, g_free);
  g_clear_pointer (&table->least, g_free);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_free (row->cell_flags);
  g_free (row);
}

HrPageTable *
hr_page_table_new (guint n_columns,
                   guint n_keys)
{
  HrPageTable *table = g_new0 (HrPageTable, 1);

  g_return_val_if_fail (n_columns > 0 && n_keys <= n_columns, NULL);
  table->n_columns = n_columns;
  table->n_keys = n_keys;
  table->columns = g_new0 (Column, n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  return table;
}

void
hr_page_table_free (HrPageTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->n_columns; i++)
    g_free (table->columns[i].title);
  g_free (table->columns);
  g_ptr_array_unref (table->rows);
  forget_layout (table);
  g_free (table);
}

void
hr_page_table_set_column (HrPageTable *table,
                          guint        column,
                          const char  *title,
                          HrAlign      align,
                          gboolean     wrap)
{
  g_return_if_fail (column < table->n_columns);
  forget_layout (table);
  g_free (table->columns[column].title);
  table->columns[column] = (Column) { g_strdup (title), align, wrap };
}

guint
hr_page_table_add_row (HrPageTable        *table,
                       const char * const *cells)
{
  Row *row = g_new0 (Row, 1);

  forget_layout (table);
  row->cells = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  row->cell_flags = g_new0 (HrCellFlags, table->n_columns);
  g_ptr_array_add (table->rows, row);
  return table->rows->len - 1;
}

void
hr_page_table_set_row_flags (HrPageTable *table,
                             guint        row,
                             HrCellFlags  flags)
{
  g_return_if_fail (row < table->rows->len);
  forget_layout (table);
  ((Row *) table->rows->pdata[row])->flags = flags;
}

void
hr_page_table_set_cell_flags (HrPageTable *table,
                              guint        row,
                              guint        column,
                              HrCellFlags  flags)
{
  g_return_if_fail (row < table->rows->len && column < table->n_columns);
  forget_layout (table);
  ((Row *) table->rows->pdata[row])->cell_flags[column] = flags;
}

guint
hr_page_table_get_n_rows (HrPageTable *table)
{
  return table->rows->len;
}

static HrCellFlags
cell_flags (const Row *row,
            guint      column)
{
  return row->flags | row->cell_flags[column];
}

static HrTextStyle
cell_style (HrCellFlags flags)
{
  return flags & (HR_CELL_BOLD | HR_CELL_BEST) ? HR_TEXT_CELL_STRONG : HR_TEXT_CELL;
}

/* The widest word of @text in @style */
static double
widest_word (HrPageDoc   *doc,
             HrTextStyle  style,
             const char  *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  double widest = 0.0;

  for (guint i = 0; words[i]; i++)
    widest = MAX (widest, hr_page_text_width (doc, style, words[i]));
  return widest;
}

/* The widths of every column, padding included, measured once */
static void
measure_columns (HrPageDoc   *doc,
                 HrPageTable *table)
{
  if (table->natural != NULL && table->groups_doc == doc)
    return;
  g_free (table->natural);
  g_free (table->body);
  g_free (table->least);
  table->natural = g_new0 (double, table->n_columns);
  table->body = g_new0 (double, table->n_columns);
  table->least = g_new0 (double, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const Column *column = &table->columns[c];
      double head = column->title ? hr_page_text_width (doc, HR_TEXT_HEAD_CELL, column->title) : 0.0;
      double head_word = column->title ? widest_word (doc, HR_TEXT_HEAD_CELL, column->title) : 0.0;
      double cells = 0.0, words = 0.0;
      double pad = 2 * CELL_PAD_X + 1.0;

      for (guint r = 0; r < table->rows->len; r++)
        {
          const Row *row = table->rows->pdata[r];
          HrTextStyle style = cell_style (cell_flags (row, c));

          cells = MAX (cells, hr_page_text_width (doc, style, row->cells[c]));
          if (column->wrap)
            words = MAX (words, widest_word (doc, style, row->cells[c]));
        }
      /* headers wrap; one-line cells do not */
      table->natural[c] = MAX (head, cells) + pad;
      if (column->wrap)
        table->least[c] = MIN (table->natural[c], MAX (MAX (words, head_word), MIN_TEXT_WIDTH) + pad);
      else
        table->least[c] = MAX (cells, head_word) + pad;
      table->body[c] = MIN (table->natural[c], MAX (MAX (cells, head_word) + pad, table->least[c]));
    }
  table->groups_doc = doc;
}

/* Widths of the columns of one group, adding up to @width at most: a
 * table with room to spare grows by half at most, so that a short one
 * stays compact rather than spread over the page; one too wide wraps its
 * headers first, then its text columns down to their least */
#define GROW_AT_MOST 1.5

static void
fit_group (const HrPageTable *table,
           const guint       *group,
           guint              n,
           double             width,
           double            *out)
{
  double total = 0.0, body_total = 0.0, slack = 0.0;

  for (guint i = 0; i < n; i++)
    {
      total += table->natural[group[i]];
      body_total += table->body[group[i]];
      slack += table->body[group[i]] - table->least[group[i]];
    }
  for (guint i = 0; i < n; i++)
    {
      double natural = table->natural[group[i]];
      double body = table->body[group[i]];
      double least = table->least[group[i]];

      if (total <= width)
        out[i] = natural + (MIN (width, total * GROW_AT_MOST) - total) * natural / total;
      else if (body_total <= width)
        out[i] = natural - (natural - body) * (total - width) / (total - body_total);
      else
        out[i] = body - (slack > 0 ? (body - least) * MIN (1.0, (body_total - width) / slack) : 0.0);
    }
}

/* Groups of columns that each fit @width with the key columns in front */
static GPtrArray *
group_columns (HrPageTable  *table,
               const double *least,
               double        width)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double keys = 0.0, used;
  GArray *group = NULL;

  for (guint c = 0; c < table->n_keys; c++)
    keys += least[c];
  used = keys;
  for (guint c = table->n_keys; c < table->n_columns || group == NULL; c++)
    {
      if (group == NULL || (c < table->n_columns && used + least[c] > width + 1e-6
                            && group->len > table->n_keys))
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint k = 0; k < table->n_keys; k++)
            g_array_append_val (group, k);
          g_ptr_array_add (groups, group);
          used = keys;
        }
      if (c < table->n_columns)
        {
          g_array_append_val (group, c);
          used += least[c];
        }
    }
  return groups;
}

static double
cell_height (HrPageDoc   *doc,
             HrTextStyle  style,
             gboolean     wrap,
             double       width,
             const char  *text)
{
  double line = hr_page_doc_line_height (doc, style);

  if (!wrap || *text == '\0')
    return line;
  return MIN (hr_page_doc_measure (doc, style, width, text), line * MAX_LINES + 0.01);
}

static double
row_height (HrPageDoc    *doc,
            HrPageTable  *table,
            const Row    *row,
            GArray       *group,
            const double *widths)
{
  double height = 0.0;

  for (guint i = 0; i < group->len; i++)
    {
      guint c = g_array_index (group, guint, i);
      double inner = widths[i] - 2 * CELL_PAD_X;

      if (row == NULL)
        height = MAX (height, cell_height (doc, HR_TEXT_HEAD_CELL, TRUE, inner,
                                           table->columns[c].title ? table->columns[c].title : ""));
      else
        height = MAX (height, cell_height (doc, cell_style (cell_flags (row, c)), table->columns[c].wrap,
                                           inner, row->cells[c]));
    }
  return height + 2 * CELL_PAD_Y;
}

static void
draw_row (HrPageDoc        *doc,
          HrPageTable      *table,
          const Row        *row,
          GArray           *group,
          const double     *widths,
          const HrPageRect *box,
          gboolean          stripe)
{
  double x = box->x;

  if (row == NULL)
    hr_page_doc_add_fill (doc, box, HR_INK_HEAD);
  else if (stripe)
    hr_page_doc_add_fill (doc, box, HR_INK_STRIPE);
  for (guint i = 0; i < group->len; i++)
    {
      guint c = g_array_index (group, guint, i);
      const Column *column = &table->columns[c];
      HrCellFlags flags = row ? cell_flags (row, c) : 0;
      HrPageRect cell = { x, box->y, widths[i], box->height };
      HrPageRect inner = { x + CELL_PAD_X, box->y + CELL_PAD_Y, widths[i] - 2 * CELL_PAD_X,
                           box->height - 2 * CELL_PAD_Y };
      HrInk ink = flags & HR_CELL_MUTED ? HR_INK_MUTED : HR_INK_TEXT;

      if (flags & HR_CELL_BEST)
        hr_page_doc_add_fill (doc, &cell, HR_INK_BEST);
      else if (flags & HR_CELL_WARN)
        hr_page_doc_add_fill (doc, &cell, HR_INK_WARN);
      if (row == NULL)
        hr_page_doc_add_text (doc, &inner, HR_TEXT_HEAD_CELL, HR_FIT_WRAP, column->align,
                              column->title ? column->title : "");
      else
        hr_page_doc_add_text_ink (doc, &inner, cell_style (flags), column->wrap ? HR_FIT_WRAP : HR_FIT_SHRINK,
                                  column->align, ink, row->cells[c]);
      x += widths[i];
    }
}

static void
add_rule (HrPageDoc *doc,
          double     width)
{
  HrPageRect rule = hr_page_doc_take (doc, 0.0);

  rule.width = width;
  rule.height = 0.6;
  hr_page_doc_add_fill (doc, &rule, HR_INK_RULE);
}

/* The groups of columns, their widths and row heights at @width:
 * measured the first time and kept until the table changes */
static GPtrArray *
lay_out_table (HrPageDoc   *doc,
               HrPageTable *table,
               double       width)
{
  g_autoptr(GPtrArray) columns = NULL;

  if (table->groups != NULL && table->groups_doc == doc && table->groups_width == width)
    return table->groups;

  g_clear_pointer (&table->groups, g_ptr_array_unref);
  measure_columns (doc, table);
  columns = group_columns (table, table->least, width);
  table->groups = g_ptr_array_new_with_free_func (group_free);
  table->groups_width = width;
  for (guint g = 0; g < columns->len; g++)
    {
      Group *group = g_new0 (Group, 1);

      group->columns = g_array_ref (columns->pdata[g]);
      group->widths = g_new0 (double, group->columns->len);
      fit_group (table, (const guint *) group->columns->data, group->columns->len, width, group->widths);
      for (guint i = 0; i < group->columns->len; i++)
        group->total += group->widths[i];
      group->head = row_height (doc, table, NULL, group->columns, group->widths);
      group->heights = g_new0 (double, table->rows->len);
      for (guint r = 0; r < table->rows->len; r++)
        group->heights[r] = row_height (doc, table, table->rows->pdata[r], group->columns, group->widths);
      g_ptr_array_add (table->groups, group);
    }
  return table->groups;
}

void
hr_page_doc_add_table (HrPageDoc   *doc,
                       HrPageTable *table)
{
  GPtrArray *groups = lay_out_table (doc, table, hr_page_doc_get_content (doc).width);

  for (guint g = 0; g < groups->len; g++)
    {
      const Group *group = groups->pdata[g];

      if (g > 0)
        hr_page_doc_skip (doc, 10.0);

      for (guint r = 0; r <= table->rows->len; r++)
        {
          const Row *row = r < table->rows->len ? table->rows->pdata[r] : NULL;
          double height = row ? group->heights[r] : 0.0;
          gboolean fresh = r == 0;
          HrPageRect box;

          /* the header row comes with the first row below it */
          if (!fresh && height > hr_page_doc_get_room (doc))
            {
              add_rule (doc, group->total);
              hr_page_doc_ensure_room (doc, group->head + height);
              fresh = TRUE;
            }
          if (fresh)
            {
              hr_page_doc_ensure_room (doc, group->head + height);
              box = hr_page_doc_take (doc, group->head);
              box.width = group->total;
              draw_row (doc, table, NULL, group->columns, group->widths, &box, FALSE);
            }
          if (row == NULL)
            break;
          box = hr_page_doc_take (doc, height);
          box.width = group->total;
          draw_row (doc, table, row, group->columns, group->widths, &box, r % 2 == 1);
        }
      add_rule (doc, group->total);
    }
  hr_page_doc_skip (doc, 8.0);
}

double
hr_page_doc_measure_table (HrPageDoc   *doc,
                           HrPageTable *table)
{
  GPtrArray *groups = lay_out_table (doc, table, hr_page_doc_get_content (doc).width);
  double height = 0.0;

  for (guint g = 0; g < groups->len; g++)
    {
      const Group *group = groups->pdata[g];

      height += group->head + (g > 0 ? 10.0 : 0.0);
      for (guint r = 0; r < table->rows->len; r++)
        height += group->heights[r];
    }
  return height;
}

/* The widths of @n tables side by side in @available, each as wide as it
 * is up to half as wide again, narrower down to its least when they must
 * share; FALSE when even their least do not fit */
static gboolean
share_width (HrPageDoc    *doc,
             HrPageTable **tables,
             guint         n,
             double        available,
             double       *widths)
{
  double natural = 0.0, least = 0.0;
  g_autofree double *naturals = g_new0 (double, n);
  g_autofree double *leasts = g_new0 (double, n);

  for (guint t = 0; t < n; t++)
    {
      measure_columns (doc, tables[t]);
      for (guint c = 0; c < tables[t]->n_columns; c++)
        {
          naturals[t] += tables[t]->natural[c];
          leasts[t] += tables[t]->least[c];
        }
      natural += naturals[t];
      least += leasts[t];
    }
  if (least > available)
    return FALSE;
  for (guint t = 0; t < n; t++)
    widths[t] = natural <= available
                ? naturals[t] * MIN (GROW_AT_MOST, available / natural)
                : leasts[t] + (naturals[t] - leasts[t]) * (available - least) / (natural - least);
  return TRUE;
}

#define ACROSS_GAP 18.0

/* The height of @n tables side by side under their headings, with their
 * widths; -1 when they do not go side by side */
static double
lay_out_across (HrPageDoc    *doc,
                HrPageTable **tables,
                guint         n,
                double       *widths)
{
  HrPageRect content = hr_page_doc_get_content (doc);
  double heading = hr_page_doc_heading_height (doc);
  double height = 0.0;

  if (!share_width (doc, tables, n, content.width - ACROSS_GAP * (n - 1), widths))
    return -1.0;
  for (guint t = 0; t < n; t++)
    {
      GPtrArray *groups = lay_out_table (doc, tables[t], widths[t]);
      const Group *group = groups->pdata[0];
      double h = heading + group->head;

      /* side by side, a table neither splits its columns nor its rows */
      if (groups->len > 1)
        return -1.0;
      for (guint r = 0; r < tables[t]->rows->len; r++)
        h += group->heights[r];
      height = MAX (height, h);
    }
  return height <= content.height * 0.8 ? height + 1.0 : -1.0;
}

double
hr_page_doc_measure_tables_across (HrPageDoc    *doc,
                                   HrPageTable **tables,
                                   guint         n)
{
  g_autofree double *widths = g_new0 (double, n);
  double height = lay_out_across (doc, tables, n, widths);

  if (height >= 0)
    return height + 8.0;
  height = 0.0;
  for (guint t = 0; t < n; t++)
    height += hr_page_doc_heading_height (doc) + hr_page_doc_measure_table (doc, tables[t]) + 8.0;
  return height;
}

void
hr_page_doc_add_tables_across (HrPageDoc          *doc,
                               HrPageTable       **tables,
                               const char * const *headings,
                               guint               n)
{
  g_autofree double *widths = g_new0 (double, n);
  double height, heading = hr_page_doc_heading_height (doc), x;
  HrPageRect block;

  g_return_if_fail (n > 0);

  height = lay_out_across (doc, tables, n, widths);
  if (height < 0)
    {
      for (guint t = 0; t < n; t++)
        {
          hr_page_doc_add_heading (doc, headings[t], MIN (hr_page_doc_measure_table (doc, tables[t]), 60.0));
          hr_page_doc_add_table (doc, tables[t]);
        }
      return;
    }

  hr_page_doc_ensure_room (doc, height);
  block = hr_page_doc_take (doc, height);
  x = block.x;
  for (guint t = 0; t < n; t++)
    {
      const Group *group = lay_out_table (doc, tables[t], widths[t])->pdata[0];
      HrPageRect box = { x, block.y, widths[t], hr_page_doc_line_height (doc, HR_TEXT_HEADING) };
      HrPageRect rule;

      hr_page_doc_add_text (doc, &box, HR_TEXT_HEADING, HR_FIT_SHRINK, HR_ALIGN_START, headings[t]);
      box = (HrPageRect) { x, block.y + heading, group->total, group->head };
      draw_row (doc, tables[t], NULL, group->columns, group->widths, &box, FALSE);
      box.y += group->head;
      for (guint r = 0; r < tables[t]->rows->len; r++)
        {
          box.height = group->heights[r];
          draw_row (doc, tables[t], tables[t]->rows->pdata[r], group->columns, group->widths, &box, r % 2 == 1);
          box.y += box.height;
        }
      rule = (HrPageRect) { x, box.y, group->total, 0.6 };
      hr_page_doc_add_fill (doc, &rule, HR_INK_RULE);
      x += widths[t] + ACROSS_GAP;
    }
  hr_page_doc_skip (doc, 8.0);
}
