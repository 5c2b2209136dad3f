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
  private static final ClassValue<Lookup<?>> LOOKUPS =
      new ClassValue<>() {
        @Override
        protected Lookup<?> computeValue(Class<?> type) {
          return new Lookup<>(type.asSubclass(Enum.class));
        }
      };

  /** Characters below this are looked up by table; ids are lower-kebab-case ASCII. */
  private static final int ASCII = 128;

  private EnumIds() {}

  /** Returns the lower-kebab-case id of {@code constant}. */
  public static String id(Enum<?> constant) {
    return LOOKUPS.get(constant.getDeclaringClass()).ids.get(constant.ordinal());
  }

  /**
   * Returns the constant of {@code type} whose id is {@code id}.
   *
   * @throws IllegalArgumentException naming the type and the unknown id
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String id) {
    return lookup(type).parse(id);
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
    return lookup(type).parse(chars, offset, length);
  }

  /**
   * The ids of the constants of {@code type}, for a reader of many of them: kept in a constant, it
   * spares each look-up the search for the type's ids.
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> Lookup<E> lookup(Class<E> type) {
    checkNotNull(type, "type");
    return (Lookup<E>) LOOKUPS.get(type);
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

  /**
   * The ids of one enum type, by ordinal, and its constants by id: {@link EnumIds#parse(Class,
   * String)} and {@link EnumIds#id} for that type, without looking the type up. Immutable and
   * thread-safe.
   *
   * @param <E> the enum type
   */
  public static final class Lookup<E extends Enum<E>> {
    private final Class<E> type;
    private final ImmutableList<String> ids;
    private final ImmutableMap<String, E> byId;

    /** The distinct ids of each length, as characters, in declaration order. */
    private final char[][][] idChars;

    /** The constants of {@link #idChars}, index for index. */
    private final Object[][] byLength;

    /**
     * For each length, a position at which the ids of that length all have different (ASCII)
     * characters, or -1 if there is none: the one character there tells which id it can be.
     */
    private final int[] keyPosition;

    /**
     * For each length with a {@link #keyPosition}, the index in {@link #idChars} of the id with
     * each ASCII character at that position, plus one (0: no id has it).
     */
    private final byte[][] byKey;

    private Lookup(Class<E> type) {
      this.type = type;
      ImmutableList.Builder<String> ids = ImmutableList.builder();
      // the first constant of a repeated id wins, as a linear search in declaration order finds it
      Map<String, E> byId = new LinkedHashMap<>();
      for (E constant : type.getEnumConstants()) {
        String id = computeId(constant);
        ids.add(id);
        byId.putIfAbsent(id, constant);
      }
      this.ids = ids.build();
      this.byId = ImmutableMap.copyOf(byId);
      int longest = 0;
      for (String id : byId.keySet()) {
        longest = Math.max(longest, id.length());
      }
      List<List<E>> grouped = new ArrayList<>();
      for (int length = 0; length <= longest; length++) {
        grouped.add(new ArrayList<>());
      }
      byId.forEach((id, constant) -> grouped.get(id.length()).add(constant));
      this.idChars = new char[longest + 1][][];
      this.byLength = new Object[longest + 1][];
      this.keyPosition = new int[longest + 1];
      this.byKey = new byte[longest + 1][];
      for (int length = 0; length <= longest; length++) {
        List<E> constants = grouped.get(length);
        byLength[length] = constants.toArray();
        idChars[length] = new char[constants.size()][];
        for (int i = 0; i < constants.size(); i++) {
          idChars[length][i] = computeId(constants.get(i)).toCharArray();
        }
        keyPosition[length] = keyPosition(idChars[length], length);
        if (keyPosition[length] >= 0) {
          byKey[length] = new byte[ASCII];
          for (int i = 0; i < idChars[length].length; i++) {
            byKey[length][idChars[length][i][keyPosition[length]]] = (byte) (i + 1);
          }
        }
      }
    }

    /** Returns the lower-kebab-case id of {@code constant}. */
    public String id(E constant) {
      return ids.get(constant.ordinal());
    }

    /**
     * Returns the constant whose id is {@code id}.
     *
     * @throws IllegalArgumentException naming the type and the unknown id
     */
    public E parse(String id) {
      checkNotNull(id, "id");
      E constant = byId.get(id);
      if (constant == null) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "..." : id;
        throw new IllegalArgumentException(
            "unknown " + type.getSimpleName() + " id: '" + shown + "'");
      }
      return constant;
    }

    /**
     * Returns the constant whose id is the {@code length} characters of {@code chars} from {@code
     * offset}, as {@link #parse(String)} does for that string, without making one.
     *
     * @throws IllegalArgumentException naming the type and the unknown id
     * @throws IndexOutOfBoundsException if the range is not within {@code chars}
     */
    public E parse(char[] chars, int offset, int length) {
      checkNotNull(chars, "chars");
      Objects.checkFromIndexSize(offset, length, chars.length);
      int candidate = candidate(chars, offset, length);
      if (candidate >= 0) {
        return type.cast(byLength[length][candidate]);
      }
      return parse(new String(chars, offset, length));
    }

    /**
     * The index in {@link #idChars}{@code [length]} of the id spelled by the {@code length}
     * characters of {@code chars} from {@code offset}, or -1 if none is.
     */
    private int candidate(char[] chars, int offset, int length) {
      if (length >= idChars.length) {
        return -1;
      }
      char[][] candidates = idChars[length];
      int position = keyPosition[length];
      if (position >= 0) {
        char key = chars[offset + position];
        int i = key < ASCII ? byKey[length][key] - 1 : -1;
        return i >= 0 && matches(candidates[i], chars, offset) ? i : -1;
      }
      for (int i = 0; i < candidates.length; i++) {
        if (matches(candidates[i], chars, offset)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * A position at which all of {@code ids} (each of {@code length} characters) have different
     * ASCII characters, or -1 if there is none or there are too many ids for a byte index.
     */
    private static int keyPosition(char[][] ids, int length) {
      if (ids.length == 0 || ids.length >= Byte.MAX_VALUE) {
        return -1;
      }
      for (int position = 0; position < length; position++) {
        boolean[] taken = new boolean[ASCII];
        boolean distinct = true;
        for (char[] id : ids) {
          char c = id[position];
          if (c >= ASCII || taken[c]) {
            distinct = false;
            break;
          }
          taken[c] = true;
        }
        if (distinct) {
          return position;
        }
      }
      return -1;
    }

    @Override
    public String toString() {
      return "EnumIds.Lookup[" + type.getSimpleName() + "]";
    }
  }
}
