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

struct _HrPageTable
{
  guint      n_columns;
  guint      n_keys;
  Column    *columns;
  GPtrArray *rows;
};

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
  g_free (table->columns[column].title);
  table->columns[column] = (Column) { g_strdup (title), align, wrap };
}

guint
hr_page_table_add_row (HrPageTable        *table,
                       const char * const *cells)
{
  Row *row = g_new0 (Row, 1);

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
  ((Row *) table->rows->pdata[row])->flags = flags;
}

void
hr_page_table_set_cell_flags (HrPageTable *table,
                              guint        row,
                              guint        column,
                              HrCellFlags  flags)
{
  g_return_if_fail (row < table->rows->len && column < table->n_columns);
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

/* Natural and smallest widths of every column, padding included */
static void
measure_columns (HrPageDoc   *doc,
                 HrPageTable *table,
                 double      *natural,
                 double      *least)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      const Column *column = &table->columns[c];
      double head = column->title ? hr_page_text_width (doc, HR_TEXT_HEAD_CELL, column->title) : 0.0;
      double head_word = column->title ? widest_word (doc, HR_TEXT_HEAD_CELL, column->title) : 0.0;
      double cells = 0.0, words = 0.0;

      for (guint r = 0; r < table->rows->len; r++)
        {
          const Row *row = table->rows->pdata[r];
          HrTextStyle style = cell_style (cell_flags (row, c));

          cells = MAX (cells, hr_page_text_width (doc, style, row->cells[c]));
          if (column->wrap)
            words = MAX (words, widest_word (doc, style, row->cells[c]));
        }
      /* headers wrap; one-line cells do not */
      natural[c] = MAX (head, cells) + 2 * CELL_PAD_X + 1.0;
      if (column->wrap)
        least[c] = MIN (natural[c], MAX (MAX (words, head_word), MIN_TEXT_WIDTH) + 2 * CELL_PAD_X + 1.0);
      else
        least[c] = MAX (cells, head_word) + 2 * CELL_PAD_X + 1.0;
    }
}

/* Widths of the columns of one group that add up to @width */
static void
fit_group (const guint *group,
           guint        n,
           const double *natural,
           const double *least,
           double       width,
           double      *out)
{
  double total = 0.0, slack = 0.0;

  for (guint i = 0; i < n; i++)
    {
      out[i] = natural[group[i]];
      total += out[i];
      slack += natural[group[i]] - least[group[i]];
    }
  if (total <= width)
    {
      /* room to spare is shared by every column, as wide as each is */
      for (guint i = 0; i < n; i++)
        out[i] += (width - total) * natural[group[i]] / total;
      return;
    }
  /* too wide: text columns give up width towards their least */
  for (guint i = 0; i < n; i++)
    {
      double give = slack > 0 ? (natural[group[i]] - least[group[i]]) * MIN (1.0, (total - width) / slack) : 0.0;
      out[i] -= give;
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

void
hr_page_doc_add_table (HrPageDoc   *doc,
                       HrPageTable *table)
{
  HrPageRect content = hr_page_doc_get_content (doc);
  g_autofree double *natural = g_new0 (double, table->n_columns);
  g_autofree double *least = g_new0 (double, table->n_columns);
  g_autoptr(GPtrArray) groups = NULL;

  measure_columns (doc, table, natural, least);
  groups = group_columns (table, least, content.width);
  for (guint g = 0; g < groups->len; g++)
    {
      GArray *group = groups->pdata[g];
      g_autofree double *widths = g_new0 (double, group->len);
      double total = 0.0, head;

      fit_group ((const guint *) group->data, group->len, natural, least, content.width, widths);
      for (guint i = 0; i < group->len; i++)
        total += widths[i];
      head = row_height (doc, table, NULL, group, widths);
      if (g > 0)
        hr_page_doc_skip (doc, 10.0);

      for (guint r = 0; r <= table->rows->len; r++)
        {
          const Row *row = r < table->rows->len ? table->rows->pdata[r] : NULL;
          double height = row ? row_height (doc, table, row, group, widths) : 0.0;
          gboolean fresh = r == 0;
          HrPageRect box;

          /* the header row comes with the first row below it */
          if (!fresh && height > hr_page_doc_get_room (doc))
            {
              add_rule (doc, total);
              hr_page_doc_ensure_room (doc, head + height);
              fresh = TRUE;
            }
          if (fresh)
            {
              hr_page_doc_ensure_room (doc, head + height);
              box = hr_page_doc_take (doc, head);
              box.width = total;
              draw_row (doc, table, NULL, group, widths, &box, FALSE);
            }
          if (row == NULL)
            break;
          box = hr_page_doc_take (doc, height);
          box.width = total;
          draw_row (doc, table, row, group, widths, &box, r % 2 == 1);
        }
      add_rule (doc, total);
    }
  hr_page_doc_skip (doc, 8.0);
}

double
hr_page_doc_measure_table (HrPageDoc   *doc,
                           HrPageTable *table)
{
  HrPageRect content = hr_page_doc_get_content (doc);
  g_autofree double *natural = g_new0 (double, table->n_columns);
  g_autofree double *least = g_new0 (double, table->n_columns);
  g_autoptr(GPtrArray) groups = NULL;
  double height = 0.0;

  measure_columns (doc, table, natural, least);
  groups = group_columns (table, least, content.width);
  for (guint g = 0; g < groups->len; g++)
    {
      GArray *group = groups->pdata[g];
      g_autofree double *widths = g_new0 (double, group->len);

      fit_group ((const guint *) group->data, group->len, natural, least, content.width, widths);
      height += row_height (doc, table, NULL, group, widths) + (g > 0 ? 10.0 : 0.0);
      for (guint r = 0; r < table->rows->len; r++)
        height += row_height (doc, table, table->rows->pdata[r], group, widths);
    }
  return height;
}
