package org.nmt.io.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.nmt.io.schema.Schemas;

/**
 * Which field names read from a document an error may show. A document's names are nmt's field
 * names or mistakes close to them ({@code chiefComplain}), but a broken document can put any text
 * where a name belongs: delete {@code "chiefComplaint" :} and the complaint itself is read as a
 * name. Free text of a clinical record never appears in an error, so a name is shown only when it
 * is a field name of nmt's documents (a property of one of the shipped JSON Schemas), or is shaped
 * like one, eight characters or longer, and differs from one by a letter or two. Stateless and
 * thread-safe.
 */
final class ShownNames {
  /** The shape of nmt's field names: camelCase, a lower-case letter first. */
  private static final Pattern FIELD_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  /** The most letters a name may differ from a field name by and still be shown. */
  private static final int MAX_EDITS = 2;

  /**
   * The shortest name shown for being close to a field name: a short word of free text ("sore") is
   * too easily a letter or two from a short field name ("score").
   */
  private static final int MIN_NEAR_MISS = 8;

  /** What an error says for a name it does not show. */
  static final String NOT_SHOWN =
      "a name that is not a field name (not shown: it may be free text)";

  private ShownNames() {}

  /** The field names of every kind of document: loaded on the first error that needs them. */
  private static final class Known {
    static final ImmutableSet<String> NAMES = load();

    private static ImmutableSet<String> load() {
      ImmutableSet.Builder<String> names = ImmutableSet.builder();
      ObjectMapper mapper = new ObjectMapper();
      for (DocumentKind kind : DocumentKind.values()) {
        try {
          collect(mapper.readTree(Schemas.text(kind)), names);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return names.build();
    }

    private static void collect(JsonNode schema, ImmutableSet.Builder<String> names) {
      JsonNode properties = schema.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fieldNames().forEachRemaining(names::add);
      }
      for (Iterator<JsonNode> children = schema.elements(); children.hasNext(); ) {
        collect(children.next(), names);
      }
    }
  }

  /**
   * Whether an error may show {@code name}, a field name read from a document: a field name of
   * nmt's formats, or a name of eight characters or more, shaped like one ({@code camelCase}), that
   * differs from one by at most two letters, such as {@code chiefComplain}.
   */
  static boolean shown(String name) {
    if (Known.NAMES.contains(name)) {
      return true;
    }
    if (name.length() < MIN_NEAR_MISS || !FIELD_SHAPE.matcher(name).matches()) {
      return false;
    }
    for (String known : Known.NAMES) {
      if (Math.abs(known.length() - name.length()) <= MAX_EDITS
          && edits(known, name) <= MAX_EDITS) {
        return true;
      }
    }
    return false;
  }

  /** {@code 'name'} if an error may show it, {@link #NOT_SHOWN} if not. */
  static String quoted(String name) {
    return shown(name) ? "'" + name + "'" : NOT_SHOWN;
  }

  /**
   * The JSON Pointer of {@code context}, Jackson's place in a document, up to its first name that
   * an error may not show: the pointer of the object that holds that name, so that an error still
   * says where. An array's indices are always shown; an object's names, digits too, only if {@link
   * #shown}.
   */
  static String pointer(JsonStreamContext context) {
    List<JsonStreamContext> levels = new ArrayList<>();
    for (JsonStreamContext level = context; level != null; level = level.getParent()) {
      levels.add(level);
    }
    StringBuilder pointer = new StringBuilder();
    for (int i = levels.size() - 1; i >= 0; i--) {
      JsonStreamContext level = levels.get(i);
      if (level.inArray()) {
        if (level.getCurrentIndex() >= 0) {
          pointer.append('/').append(level.getCurrentIndex());
        }
      } else if (level.inObject() && level.getCurrentName() != null) {
        String name = level.getCurrentName();
        if (!shown(name)) {
          break;
        }
        pointer.append('/').append(token(name));
      }
    }
    return pointer.toString();
  }

  /** {@code name} as a token of a JSON Pointer: {@code ~} and {@code /} escaped (RFC 6901). */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The Levenshtein distance of {@code a} and {@code b}: insertions, deletions, substitutions. */
  static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
