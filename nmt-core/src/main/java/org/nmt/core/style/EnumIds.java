package org.nmt.core.style;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

  /** The id of a constant computed from its name: the one definition of an id. */
  private static String computeId(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The ids of one enum type, by ordinal, and its constants by id. */
  private static final class Table {
    private final ImmutableList<String> ids;
    private final ImmutableMap<String, Enum<?>> byId;

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
    }
  }
}
