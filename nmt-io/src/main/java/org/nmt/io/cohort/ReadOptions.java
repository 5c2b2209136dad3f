package org.nmt.io.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.style.NmtStyle;
import org.nmt.io.json.Documents;

/**
 * How a {@link CohortReader} reads: what it does with a bad line, which muscle catalog the records'
 * muscles must come from, the longest line it accepts, and how many skipped lines it keeps.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class ReadOptions {
  /** The longest line accepted by default, in bytes, without its line break: 8 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

  /** How many skipped lines a reader keeps by default, with their errors. */
  public static final int DEFAULT_MAX_SKIPPED_LINES_KEPT = 100;

  ReadOptions() {}

  /** What to do with a bad line; {@link ErrorPolicy#FAIL_FAST} unless set. */
  @Value.Default
  public ErrorPolicy errorPolicy() {
    return ErrorPolicy.FAIL_FAST;
  }

  /**
   * The catalog every muscle and trigger point site must come from; the standard one unless set.
   */
  @Value.Default
  public MuscleCatalog catalog() {
    return MuscleCatalog.standard();
  }

  /**
   * The longest line accepted, in bytes, without its line break: 1 to {@link
   * Documents#MAX_DOCUMENT_BYTES}; {@value #DEFAULT_MAX_LINE_BYTES} unless set. A longer line is a
   * bad line; the reader reads past it without holding more than this many bytes of it.
   */
  @Value.Default
  public int maxLineBytes() {
    return DEFAULT_MAX_LINE_BYTES;
  }

  /**
   * How many skipped lines the reader keeps, the first ones, with their errors: 0 or more; {@value
   * #DEFAULT_MAX_SKIPPED_LINES_KEPT} unless set. Every skipped line is counted regardless.
   */
  @Value.Default
  public int maxSkippedLinesKept() {
    return DEFAULT_MAX_SKIPPED_LINES_KEPT;
  }

  /** The defaults, with {@code errorPolicy}. */
  public static ReadOptions of(ErrorPolicy errorPolicy) {
    return builder().errorPolicy(errorPolicy).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder extends ImmutableReadOptions.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        maxLineBytes() >= 1 && maxLineBytes() <= Documents.MAX_DOCUMENT_BYTES,
        "maxLineBytes must be within 1..%s: %s",
        Documents.MAX_DOCUMENT_BYTES,
        maxLineBytes());
    checkArgument(
        maxSkippedLinesKept() >= 0,
        "maxSkippedLinesKept must be at least 0: %s",
        maxSkippedLinesKept());
  }
}
