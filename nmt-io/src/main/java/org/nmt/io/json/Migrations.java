package org.nmt.io.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where older major versions of a document are migrated: a migration rewrites the parsed document
 * of {@code kind} at major version {@code n} into one at major {@code n + 1}, and reading applies
 * migrations one major at a time until the current version. Format 1 is every kind's first, so the
 * standard set is empty; a future format 2 adds its step here, with a test on an archived version-1
 * document.
 *
 * <p>Immutable and thread-safe.
 */
final class Migrations {
  static final Migrations STANDARD = new Migrations(ImmutableMap.of());

  private final ImmutableMap<String, UnaryOperator<ObjectNode>> steps;

  private Migrations(Map<String, UnaryOperator<ObjectNode>> steps) {
    this.steps = ImmutableMap.copyOf(steps);
  }

  /** Migrations of the given steps, keyed by {@link #key(DocumentKind, int)}. */
  static Migrations of(Map<String, UnaryOperator<ObjectNode>> steps) {
    return new Migrations(steps);
  }

  /** The key of the step from major {@code from} to {@code from + 1} of {@code kind}. */
  static String key(DocumentKind kind, int from) {
    checkArgument(from >= 0, "from must not be negative: %s", from);
    return kind.id() + "@" + from;
  }

  /**
   * {@code document} of {@code kind} at major {@code major}, migrated to the kind's current major;
   * empty if a step on the way is missing.
   */
  Optional<ObjectNode> upgrade(DocumentKind kind, int major, ObjectNode document) {
    ObjectNode current = document;
    for (int from = major; from < kind.major(); from++) {
      UnaryOperator<ObjectNode> step = steps.get(key(kind, from));
      if (step == null) {
        return Optional.empty();
      }
      current = step.apply(current.deepCopy());
    }
    return Optional.of(current);
  }
}
