package org.nmt.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The one exception nmt-io throws for a document it cannot read: malformed JSON, a document of
 * another kind or a newer major version, a field of the wrong type, an unknown or missing field, or
 * a value the domain model rejects.
 *
 * <p>It carries where the problem is, as the JSON Pointer of the bad node ({@code
 * "/sessions/3/painBefore"}; {@code ""} for the whole document) and the line and column in the
 * input (1-based; 0 when unknown), and the rule that was broken. The message never contains free
 * text of the document (notes, complaints, justifications).
 */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final String rule;

  /**
   * A problem at {@code pointer}, line {@code line}, column {@code column}.
   *
   * @param pointer the JSON Pointer of the bad node
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param rule the rule broken, without the location
   */
  public DocumentException(String pointer, int line, int column, String rule) {
    super(format(pointer, line, column, rule));
    this.pointer = checkNotNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.rule = checkNotNull(rule, "rule");
  }

  static DocumentException at(String pointer, String rule) {
    return new DocumentException(pointer, 0, 0, rule);
  }

  private static String format(String pointer, int line, int column, String rule) {
    String where = pointer.isEmpty() ? "document root" : pointer;
    return line > 0
        ? where + " (line " + line + ", column " + column + "): " + rule
        : where + ": " + rule;
  }

  /** The JSON Pointer of the bad node; {@code ""} for the document as a whole. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of the bad node in the input, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the bad node in the input, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The rule that was broken, without the location. */
  public String rule() {
    return rule;
  }

  /** This exception with the given line and column. */
  DocumentException locatedAt(int line, int column) {
    DocumentException located = new DocumentException(pointer, line, column, rule);
    located.setStackTrace(getStackTrace());
    return located;
  }
}
