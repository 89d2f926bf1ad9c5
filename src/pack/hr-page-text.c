/* hr-page-text.c: the text of report pages, shaped once
 *
 * Laying out a pack measures the same text in the same font and box many
 * times over: a table cell for its column's width, for its row's height
 * and again when it is fitted, and the same treatment ("One to one") in
 * hundreds of cells. Each distinct text in a distinct font and box is
 * shaped once into a PangoLayout, which measuring, drawing and checking
 * then share. A layout is a pure function of its text, font, box and the
 * context's metrics, so sharing changes nothing drawn; when the context
 * changes (a surface of another resolution or matrix) every shape is
 * dropped, so none outlives the metrics it was made with.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <string.h>

#include "hr-page-private.h"

/* What a layout is made from: hr_page_make_layout() reads nothing else */
typedef struct {
  guint  hash;
  double size;
  int    width;    /* pango units; -1: unbounded, one line */
  int    height;   /* pango units, wrapped text only; else -1 */
  guint8 bold;
  guint8 wrap;
  guint8 align;
  char   text[];
} ShapeKey;

typedef struct {
  HrPageShape  shape;
  ShapeKey    *key;
} ShapeEntry;

static guint
shape_key_hash (gconstpointer data)
{
  return ((const ShapeKey *) data)->hash;
}

static gboolean
shape_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const ShapeKey *x = a, *y = b;

  return x->hash == y->hash && x->size == y->size && x->width == y->width && x->height == y->height
         && x->bold == y->bold && x->wrap == y->wrap && x->align == y->align && strcmp (x->text, y->text) == 0;
}

static void
shape_entry_free (gpointer data)
{
  ShapeEntry *entry = data;

  g_object_unref (entry->shape.layout);
  g_free (entry->key);
  g_free (entry);
}

/* Pango counts every update of a context as a change and would shape every
 * layout again; an update that changes nothing is left out, so the pages
 * drawn after the first reuse the shapes of those before */
void
hr_page_shapes_update_context (HrPageDoc *doc,
                               cairo_t   *cr)
{
  cairo_matrix_t matrix;
  cairo_font_options_t *options = cairo_font_options_create ();

  /* what pango takes from a cairo_t whose font options are set on the
   * context: the surface's options, and the matrix less its translation */
  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_matrix (cr, &matrix);
  matrix.x0 = matrix.y0 = 0.0;
  if (doc->drawn_options != NULL && cairo_font_options_equal (options, doc->drawn_options)
      && memcmp (&matrix, &doc->drawn_matrix, sizeof matrix) == 0)
    {
      cairo_font_options_destroy (options);
      return;
    }
  pango_cairo_update_context (cr, doc->pango);
  g_clear_pointer (&doc->drawn_options, cairo_font_options_destroy);
  doc->drawn_options = options;
  doc->drawn_matrix = matrix;
}

/* Measures as a PDF page draws: the context takes a PDF surface's font
 * options before anything is shaped, so that writing the PDF changes
 * nothing and draws the very layouts that were measured */
static void
prepare_for_pdf (HrPageDoc *doc)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, doc->width, doc->height);
  cairo_t *cr = cairo_create (surface);

  hr_page_shapes_update_context (doc, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

void
hr_page_shapes_init (HrPageDoc *doc)
{
  prepare_for_pdf (doc);
  /* the key belongs to its entry */
  doc->shapes = g_hash_table_new_full (shape_key_hash, shape_key_equal, NULL, shape_entry_free);
  doc->shapes_serial = pango_context_get_serial (doc->pango);
}

void
hr_page_shapes_clear (HrPageDoc *doc)
{
  g_clear_pointer (&doc->shapes, g_hash_table_unref);
  g_clear_pointer (&doc->drawn_options, cairo_font_options_destroy);
}

static ShapeKey *
shape_key_new (const HrPageItem *item)
{
  const char *text = item->text != NULL ? item->text : "";
  gsize length = strlen (text);
  ShapeKey *key = g_malloc (sizeof (ShapeKey) + length + 1);
  guint hash;

  key->size = item->size;
  key->bold = item->bold ? 1 : 0;
  key->align = item->align;
  if (item->box.width > 0)
    {
      /* rounded down: a box is never exceeded by rounding */
      key->width = (int) floor (item->box.width * PANGO_SCALE);
      key->wrap = item->wrap ? 1 : 0;
      key->height = item->wrap ? (int) floor (item->box.height * PANGO_SCALE) : -1;
    }
  else
    {
      key->width = -1;
      key->wrap = 0;
      key->height = -1;
    }
  memcpy (key->text, text, length + 1);

  hash = g_str_hash (key->text);
  hash = hash * 31 + (guint) (key->size * 64.0);
  hash = hash * 31 + (guint) key->width;
  hash = hash * 31 + (guint) key->height;
  hash = hash * 31 + (guint) (key->bold | key->wrap << 1 | key->align << 2);
  key->hash = hash;
  return key;
}

PangoLayout *
hr_page_make_layout (HrPageDoc        *doc,
                     const HrPageItem *item)
{
  PangoLayout *layout = pango_layout_new (doc->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (doc->font);
  static const PangoAlignment alignments[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };

  pango_font_description_set_absolute_size (font, item->size * PANGO_SCALE);
  if (item->bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, item->text, -1);
  pango_layout_set_alignment (layout, alignments[item->align]);
  if (item->box.width > 0)
    {
      /* rounded down: a box is never exceeded by rounding */
      pango_layout_set_width (layout, (int) floor (item->box.width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (item->wrap)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, (int) floor (item->box.height * PANGO_SCALE));
        }
      else
        pango_layout_set_height (layout, -1);
    }
  return layout;
}

const HrPageShape *
hr_page_shape (HrPageDoc        *doc,
               const HrPageItem *item)
{
  ShapeKey *key = shape_key_new (item);
  ShapeEntry *entry;
  guint serial = pango_context_get_serial (doc->pango);

  if (serial != doc->shapes_serial)
    {
      /* the metrics changed under the shapes: start again */
      g_hash_table_remove_all (doc->shapes);
      doc->shapes_serial = serial;
    }
  entry = g_hash_table_lookup (doc->shapes, key);
  if (entry != NULL)
    {
      g_free (key);
      return &entry->shape;
    }
  entry = g_new0 (ShapeEntry, 1);
  entry->key = key;
  entry->shape.layout = hr_page_make_layout (doc, item);
  pango_layout_get_extents (entry->shape.layout, NULL, &entry->shape.logical);
  entry->shape.ellipsized = pango_layout_is_ellipsized (entry->shape.layout);
  g_hash_table_insert (doc->shapes, key, entry);
  return &entry->shape;
}
