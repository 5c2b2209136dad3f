package org.nmt.protocol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * One finding of record or plan validation: how severe it is, the rule it breaks, where in the
 * document it is, and what is wrong, in words.
 *
 * <p>The path is a JSON Pointer (RFC 6901) into the record or plan as {@code nmt-io} writes it
 * ({@code "/sessions/3/techniques/0"}, {@code "/transitions/2"}, {@code "/intake/screening/1"});
 * the message names the values involved (ids, stages, times, durations) and never the record's free
 * text (notes, complaints, justifications). Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Finding {
  Finding() {}

  /** How severe the finding is; by default the code's {@link FindingCode#severity()}. */
  public abstract Severity severity();

  /** The rule the finding reports. */
  public abstract FindingCode code();

  /** Where the finding is: a JSON Pointer into the record or plan; {@code ""} is the whole. */
  public abstract String path();

  /** What is wrong, naming the values involved; never free text of the record. */
  public abstract String message();

  /** Whether the finding is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** A finding of {@code code} at {@code path} with the code's default severity. */
  public static Finding of(FindingCode code, String path, String message) {
    return builder().severity(code.severity()).code(code).path(path).message(message).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  void check() {
    checkArgument(isPointer(path()), "path must be a JSON Pointer: '%s'", path());
    if (message().isBlank()) {
      throw new IllegalArgumentException(
          lenientFormat("finding %s at '%s': message must not be blank", code().id(), path()));
    }
  }

  /**
   * Whether {@code path} is a JSON Pointer: empty, or {@code '/'} followed by tokens in which every
   * {@code '~'} is escaped as {@code "~0"} or {@code "~1"} (the regex {@code (/([^~/]|~[01])*)*},
   * checked character by character: every finding is checked).
   */
  static boolean isPointer(String path) {
    if (!path.isEmpty() && path.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '~') {
        if (i + 1 == path.length() || (path.charAt(i + 1) != '0' && path.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }

  /** The finding in one line: {@code "error gate-not-passed at /transitions/1: ..."}. */
  @Override
  public String toString() {
    return severity().id()
        + " "
        + code().id()
        + " at "
        + (path().isEmpty() ? "(root)" : path())
        + ": "
        + message();
  }
}
