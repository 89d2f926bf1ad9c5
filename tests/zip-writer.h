/* zip-writer.h: zip files written part by part in memory with libarchive,
 * for the tests and the fuzz target of the XLSX reader */
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>

typedef struct {
  struct archive *archive;
  GByteArray     *bytes;
} ZipWriter;

static la_ssize_t
zip_writer_append_cb (struct archive *archive,
                      void           *user_data,
                      const void     *buffer,
                      size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

/* A zip file whose parts are deflated, or stored as they are */
static inline ZipWriter
zip_writer_new (gboolean stored)
{
  ZipWriter zip = { archive_write_new (), g_byte_array_new () };

  archive_write_set_format_zip (zip.archive);
  if (stored)
    archive_write_set_format_option (zip.archive, "zip", "compression", "store");
  g_assert (archive_write_open (zip.archive, zip.bytes, NULL, zip_writer_append_cb, NULL) == ARCHIVE_OK);
  return zip;
}

static inline void
zip_writer_add (ZipWriter  *zip,
                const char *name,
                const char *data,
                gsize       length)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  g_assert (archive_write_header (zip->archive, entry) == ARCHIVE_OK);
  g_assert (length == 0 || archive_write_data (zip->archive, data, length) == (la_ssize_t) length);
  archive_entry_free (entry);
}

/* The zip file's bytes; @zip is done with */
static inline GBytes *
zip_writer_finish (ZipWriter *zip)
{
  archive_write_close (zip->archive);
  archive_write_free (zip->archive);
  return g_byte_array_free_to_bytes (zip->bytes);
}
