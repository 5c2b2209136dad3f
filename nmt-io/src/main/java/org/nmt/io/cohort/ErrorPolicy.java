package org.nmt.io.cohort;

/** What a {@link CohortReader} does with a line that is not a valid client record document. */
public enum ErrorPolicy {
  /** Throw the line's {@link org.nmt.io.json.DocumentException}; the stream ends there. */
  FAIL_FAST,

  /**
   * Skip the line and go on with the next one; the reader counts every skipped line and keeps the
   * first few with their errors.
   */
  SKIP
}
