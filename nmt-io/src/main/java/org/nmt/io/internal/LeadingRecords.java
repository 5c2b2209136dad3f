package org.nmt.io.internal;

import java.lang.StackWalker.Option;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;

/**
 * How the cohort reader reaches a reading of client record documents that the JSON package keeps to
 * itself: the record document at the start of a buffer that goes on after it (a cohort's next
 * lines), read where it lies. This package is not exported; it is no API. Thread-safe.
 */
public final class LeadingRecords {
  /** Reads the record document at the start of a buffer; see {@link #read}. */
  @FunctionalInterface
  public interface Reader {
    /** As {@link LeadingRecords#read}. */
    ClientRecord read(byte[] bytes, int offset, int length, MuscleCatalog catalog, int[] end);
  }

  private static final String DOCUMENTS = "org.nmt.io.json.Documents";

  private static volatile Reader reader;

  private LeadingRecords() {}

  /**
   * Installs the reader: called once, by {@code org.nmt.io.json.Documents} as it is initialised. On
   * the class path this package is open to every class, so the caller is checked: no other class
   * can put a reader of its own under every cohort read.
   *
   * @throws IllegalStateException if a reader is installed already, or the caller is not {@code
   *     Documents}
   */
  public static synchronized void install(Reader implementation) {
    Class<?> caller = StackWalker.getInstance(Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    if (!caller.getName().equals(DOCUMENTS)
        || caller.getClassLoader() != LeadingRecords.class.getClassLoader()) {
      throw new IllegalStateException(
          "only " + DOCUMENTS + " installs a reader of leading records");
    }
    if (reader != null) {
      throw new IllegalStateException("a reader of leading records is installed already");
    }
    reader = implementation;
  }

  /**
   * The client record of the UTF-8 document that starts at {@code bytes[offset]} with its opening
   * brace and ends on the same line, before {@code offset + length}, decoded and checked as {@code
   * Documents.readRecord} decodes and checks the document alone; its end (the index after its
   * closing brace, after {@code offset}) is put in {@code end[0]}. Returns {@code null}, not an
   * error, when the document is not read so: when it is refused, is not UTF-8, spans more than one
   * line, or needs its tree to be read (a migration, a discriminator out of order); the caller then
   * reads the line alone, with every check of a document, to learn why.
   */
  public static ClientRecord read(
      byte[] bytes, int offset, int length, MuscleCatalog catalog, int[] end) {
    Reader installed = reader;
    if (installed == null) {
      installed = installFromDocuments();
    }
    return installed.read(bytes, offset, length, catalog, end);
  }

  private static Reader installFromDocuments() {
    try {
      // initialising Documents installs its reader
      Class.forName(DOCUMENTS, true, LeadingRecords.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return reader;
  }
}
