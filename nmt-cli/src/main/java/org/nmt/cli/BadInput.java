package org.nmt.cli;

import java.nio.file.Path;

/**
 * An input {@code nmt} cannot use: a file that cannot be read, a malformed document or one of the
 * wrong kind. Its message is one line, {@code "FILE: reason"}, which a command prints as {@code
 * "nmt: FILE: reason"} before it exits with {@link Nmt#BAD_INPUT}; it never quotes free text of a
 * document, as {@link org.nmt.io.json.DocumentException} never does.
 */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInput(String what, String reason) {
    super(oneLine(what + ": " + reason), null, false, false);
  }

  BadInput(Path file, String reason) {
    this(file.toString(), reason);
  }

  /** {@code text} with every line break replaced by a space, so a message stays on one line. */
  static String oneLine(String text) {
    return text.replaceAll("\\R", " ");
  }
}
