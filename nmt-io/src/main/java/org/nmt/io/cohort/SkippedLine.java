package org.nmt.io.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;
import org.nmt.io.json.DocumentException;

/**
 * A line of a cohort that a {@link CohortReader} skipped under {@link ErrorPolicy#SKIP}: its
 * 1-based line number and why it is not a valid client record document.
 *
 * <p>The error's message never contains free text of the line. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@NmtStyle
public abstract class SkippedLine {
  SkippedLine() {}

  /** The 1-based number of the line in the cohort. */
  @Value.Parameter
  public abstract long lineNumber();

  /** The refusal's JSON Pointer. */
  @Value.Parameter
  abstract String pointer();

  /** The refusal's line in the cohort. */
  @Value.Parameter
  abstract int line();

  /** The refusal's column in the line. */
  @Value.Parameter
  abstract int column();

  /** The rule the line broke. */
  @Value.Parameter
  abstract String rule();

  /**
   * Why the line was skipped, located at the line in the cohort and the column in the line (see
   * {@link CohortReader}): a new exception on each call, so that a caller who throws it, or adds
   * suppressed exceptions to it, changes no other caller's. Skipped lines are equal when their
   * numbers and their errors' pointer, line, column and rule are.
   */
  public DocumentException error() {
    return new DocumentException(pointer(), line(), column(), rule());
  }

  /**
   * The line {@code lineNumber}, skipped because of {@code error}.
   *
   * @param lineNumber the 1-based line number, at least 1
   * @throws IllegalArgumentException if {@code lineNumber} is less than 1
   */
  public static SkippedLine of(long lineNumber, DocumentException error) {
    return ImmutableSkippedLine.of(
        lineNumber, error.pointer(), error.line(), error.column(), error.rule());
  }

  @Value.Check
  void check() {
    checkArgument(lineNumber() >= 1, "lineNumber must be at least 1: %s", lineNumber());
  }
}
