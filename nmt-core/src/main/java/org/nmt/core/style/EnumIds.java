package org.nmt.core.style;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Stable lower-kebab-case ids for enum constants ({@code PAIN_ELIMINATION} is {@code
 * "pain-elimination"}), the form every nmt enum takes in documents and on the command line.
 *
 * <p>Stateless and thread-safe.
 */
public final class EnumIds {
  private EnumIds() {}

  /** Returns the lower-kebab-case id of {@code constant}. */
  public static String id(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the constant of {@code type} whose id is {@code id}.
   *
   * @throws IllegalArgumentException naming the type and the unknown id
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String id) {
    checkNotNull(id, "id");
    for (E constant : type.getEnumConstants()) {
      if (id(constant).equals(id)) {
        return constant;
      }
    }
    String shown = id.length() > 80 ? id.substring(0, 80) + "..." : id;
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " id: '" + shown + "'");
  }
}
