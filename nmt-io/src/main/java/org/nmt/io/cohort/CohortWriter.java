package org.nmt.io.cohort;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.json.Documents;

/**
 * Writes an NDJSON cohort as a stream: each record as a compact client record document ({@link
 * Documents#writeCompact}) followed by {@code \n}, UTF-8, through a buffer, so that a cohort of any
 * size is written in constant memory. {@link CohortReader} reads what it writes.
 *
 * <pre>{@code
 * try (CohortWriter cohort = CohortWriter.open(path)) {
 *   for (ClientRecord record : records) {
 *     cohort.write(record);
 *   }
 * }
 * }</pre>
 *
 * <p>Closing the writer flushes and closes its output. Not thread-safe: a writer is used by one
 * thread at a time.
 */
public final class CohortWriter implements Closeable, Flushable {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final OutputStream out;
  private boolean closed;

  private CohortWriter(OutputStream out) {
    this.out = new BufferedOutputStream(checkNotNull(out, "out"), BUFFER_BYTES);
  }

  /**
   * A writer of a cohort to {@code out}. The writer owns {@code out}: closing it closes {@code
   * out}.
   */
  public static CohortWriter open(OutputStream out) {
    return new CohortWriter(out);
  }

  /**
   * A writer of a cohort to the file {@code file}, created if it does not exist and truncated if it
   * does.
   *
   * @throws IOException if the file cannot be opened for writing
   */
  public static CohortWriter open(Path file) throws IOException {
    return new CohortWriter(Files.newOutputStream(file));
  }

  /**
   * Writes {@code record} as the next line.
   *
   * @throws IOException if the output fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(ClientRecord record) throws IOException {
    checkNotNull(record, "record");
    checkState(!closed, "cohort writer is closed");
    try {
      Documents.writeCompact(record, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.write('\n');
  }

  /**
   * Writes the buffered lines to the output and flushes it.
   *
   * @throws IOException if the output fails
   * @throws IllegalStateException if the writer is closed
   */
  @Override
  public void flush() throws IOException {
    checkState(!closed, "cohort writer is closed");
    out.flush();
  }

  /** Flushes and closes the output. Idempotent. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }
}
