package org.nmt.core.style;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Stable lower-kebab-case ids for enum constants ({@code PAIN_ELIMINATION} is {@code
 * "pain-elimination"}), the form every nmt enum takes in documents and on the command line.
 *
 * <p>The ids and the id-to-constant map of each enum type are computed once, on first use, and
 * cached per type. Thread-safe.
 */
public final class EnumIds {
  /** The ids of each enum type, computed once per type. */
  private static final ClassValue<Table> TABLES =
      new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
          return new Table(type);
        }
      };

  private EnumIds() {}

  /** Returns the lower-kebab-case id of {@code constant}. */
  public static String id(Enum<?> constant) {
    return TABLES.get(constant.getDeclaringClass()).ids.get(constant.ordinal());
  }

  /**
   * Returns the constant of {@code type} whose id is {@code id}.
   *
   * @throws IllegalArgumentException naming the type and the unknown id
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String id) {
    checkNotNull(id, "id");
    Enum<?> constant = TABLES.get(type).byId.get(id);
    if (constant == null) {
      String shown = id.length() > 80 ? id.substring(0, 80) + "..." : id;
      throw new IllegalArgumentException(
          "unknown " + type.getSimpleName() + " id: '" + shown + "'");
    }
    return type.cast(constant);
  }

  /**
   * Returns the constant of {@code type} whose id is the {@code length} characters of {@code chars}
   * from {@code offset}, as {@link #parse(Class, String)} does for that string, without making one:
   * for a parser that holds the text of a value in a buffer.
   *
   * @throws IllegalArgumentException naming the type and the unknown id
   * @throws IndexOutOfBoundsException if the range is not within {@code chars}
   */
  public static <E extends Enum<E>> E parse(Class<E> type, char[] chars, int offset, int length) {
    checkNotNull(chars, "chars");
    Objects.checkFromIndexSize(offset, length, chars.length);
    Table table = TABLES.get(type);
    if (length < table.byLength.length) {
      char[][] ids = table.idChars[length];
      for (int i = 0; i < ids.length; i++) {
        if (matches(ids[i], chars, offset)) {
          return type.cast(table.byLength[length][i]);
        }
      }
    }
    return parse(type, new String(chars, offset, length));
  }

  /** Whether {@code id} is spelled by the characters of {@code chars} from {@code offset}. */
  private static boolean matches(char[] id, char[] chars, int offset) {
    // ids are short: a plain loop beats the vectorized comparison's setup
    for (int i = 0; i < id.length; i++) {
      if (id[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** The id of a constant computed from its name: the one definition of an id. */
  private static String computeId(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The ids of one enum type, by ordinal, and its constants by id. */
  private static final class Table {
    private final ImmutableList<String> ids;
    private final ImmutableMap<String, Enum<?>> byId;

    /** The distinct ids of each length, as characters, in declaration order. */
    private final char[][][] idChars;

    /** The constants of {@link #idChars}, index for index. */
    private final Enum<?>[][] byLength;

    Table(Class<?> type) {
      ImmutableList.Builder<String> ids = ImmutableList.builder();
      // the first constant of a repeated id wins, as a linear search in declaration order finds it
      Map<String, Enum<?>> byId = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        String id = computeId(e);
        ids.add(id);
        byId.putIfAbsent(id, e);
      }
      this.ids = ids.build();
      this.byId = ImmutableMap.copyOf(byId);
      int longest = 0;
      for (String id : byId.keySet()) {
        longest = Math.max(longest, id.length());
      }
      List<List<Enum<?>>> grouped = new ArrayList<>();
      for (int length = 0; length <= longest; length++) {
        grouped.add(new ArrayList<>());
      }
      byId.forEach((id, constant) -> grouped.get(id.length()).add(constant));
      this.idChars = new char[longest + 1][][];
      this.byLength = new Enum<?>[longest + 1][];
      for (int length = 0; length <= longest; length++) {
        List<Enum<?>> constants = grouped.get(length);
        byLength[length] = constants.toArray(new Enum<?>[0]);
        idChars[length] = new char[constants.size()][];
        for (int i = 0; i < constants.size(); i++) {
          idChars[length][i] = computeId(constants.get(i)).toCharArray();
        }
      }
    }
  }
}
