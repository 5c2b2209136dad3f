package org.nmt.io.json;

/**
 * Parses the short decimal numbers records hold (2.4 kilograms per square centimetre, 12.5 degrees)
 * exactly as {@link Double#parseDouble} does, without its general machinery: a number of at most 15
 * significant digits and no exponent is the integer of its digits divided by a power of ten, both
 * exact in a double, and one IEEE division of exact operands is correctly rounded. Stateless and
 * thread-safe.
 */
final class ShortDecimals {
  private static final int MAX_DIGITS = 15;

  /** The powers of ten up to 10^15, each exact in a double. */
  private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS + 1];

  static {
    double power = 1;
    for (int i = 0; i <= MAX_DIGITS; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private ShortDecimals() {}

  /**
   * The value of the JSON number spelled by the {@code length} characters of {@code chars} from
   * {@code offset}, when it is an optional minus, digits, a point and digits with at most 15 digits
   * in all; otherwise {@link Double#NaN}, which no JSON number is, for the caller to parse it the
   * general way.
   */
  static double parse(char[] chars, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = i < end && chars[i] == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int count = 0;
    int decimals = -1;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0 || count > MAX_DIGITS || decimals <= 0) {
      return Double.NaN;
    }
    double value = digits / POWERS_OF_TEN[decimals];
    return negative ? -value : value;
  }
}
