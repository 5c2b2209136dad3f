package org.nmt.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A strict view of one JSON object of a document, at its JSON Pointer: typed getters that reject
 * missing required fields, wrong types (no coercion: {@code "7"} is not a number), unknown fields,
 * times in other spellings than the canonical ones nmt writes, and repeated values in sets, each
 * failure a {@link DocumentException} at the exact pointer.
 */
final class In {
  /**
   * An instant as {@link Instant#toString()} writes one of the years 0000 to 9999: UTC, upper-case
   * {@code T} and {@code Z}, seconds always, up to nine digits of fraction. No offset, no 24:00, no
   * leap second.
   */
  static final Pattern INSTANT =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z");

  /** A date of the years 0000 to 9999 as {@link LocalDate#toString()} writes it. */
  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * A duration of days, hours, minutes and seconds in upper case, with no sign and no negative
   * part: what {@link Duration#toString()} writes for a duration that is not negative, and days.
   */
  static final Pattern DURATION =
      Pattern.compile(
          "P(?=[0-9T])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?");

  private final JsonNode node;
  private final String pointer;

  private In(JsonNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  /** The object {@code node} at {@code pointer}, checked to be an object, whatever its fields. */
  static In anyObject(JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw DocumentException.at(pointer, "must be an object, not " + type(node));
    }
    return new In(node, pointer);
  }

  /**
   * The object {@code node} at {@code pointer}, checked to be an object with only {@code fields}.
   */
  static In object(JsonNode node, String pointer, Set<String> fields) {
    if (node == null || !node.isObject()) {
      throw DocumentException.at(pointer, "must be an object, not " + type(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw DocumentException.at(child(pointer, name), "unknown field '" + shorten(name) + "'");
      }
    }
    return new In(node, pointer);
  }

  /** The text of {@code name} in the object {@code node}, read before the object's other fields. */
  static String discriminator(JsonNode node, String pointer, String name) {
    if (node == null || !node.isObject()) {
      throw DocumentException.at(pointer, "must be an object, not " + type(node));
    }
    JsonNode value = node.get(name);
    if (value == null) {
      throw DocumentException.at(child(pointer, name), "required field is missing");
    }
    return text(value, child(pointer, name));
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  static String shorten(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "..." : text;
  }

  static String type(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  String pointer() {
    return pointer;
  }

  String at(String name) {
    return child(pointer, name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw DocumentException.at(at(name), "required field is missing");
    }
    if (value.isNull()) {
      throw DocumentException.at(at(name), "must not be null");
    }
    return value;
  }

  private Optional<JsonNode> optional(String name) {
    JsonNode value = node.get(name);
    if (value != null && value.isNull()) {
      throw DocumentException.at(at(name), "must not be null");
    }
    return Optional.ofNullable(value);
  }

  String text(String name) {
    return text(required(name), at(name));
  }

  Optional<String> optionalText(String name) {
    return optional(name).map(v -> text(v, at(name)));
  }

  static String text(JsonNode value, String pointer) {
    if (!value.isTextual()) {
      throw DocumentException.at(pointer, "must be a string, not " + type(value));
    }
    return value.textValue();
  }

  int integer(String name) {
    return integer(required(name), at(name));
  }

  OptionalInt optionalInteger(String name) {
    Optional<JsonNode> value = optional(name);
    return value.isPresent() ? OptionalInt.of(integer(value.get(), at(name))) : OptionalInt.empty();
  }

  private static int integer(JsonNode value, String pointer) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw DocumentException.at(pointer, "must be an integer, not " + describe(value));
    }
    return value.intValue();
  }

  double number(String name) {
    return number(required(name), at(name));
  }

  OptionalDouble optionalNumber(String name) {
    Optional<JsonNode> value = optional(name);
    return value.isPresent()
        ? OptionalDouble.of(number(value.get(), at(name)))
        : OptionalDouble.empty();
  }

  static double number(JsonNode value, String pointer) {
    if (!value.isNumber()) {
      throw DocumentException.at(pointer, "must be a number, not " + type(value));
    }
    double d = value.doubleValue();
    if (!Double.isFinite(d)) {
      throw DocumentException.at(pointer, "must be a finite number");
    }
    return d;
  }

  boolean bool(String name) {
    JsonNode value = required(name);
    if (!value.isBoolean()) {
      throw DocumentException.at(at(name), "must be true or false, not " + type(value));
    }
    return value.booleanValue();
  }

  Optional<Boolean> optionalBool(String name) {
    return has(name) ? Optional.of(bool(name)) : Optional.empty();
  }

  Instant instant(String name) {
    return parse(
        name, text(name), INSTANT, Instant::parse, "an ISO-8601 instant (2026-03-02T09:00:00Z)");
  }

  Optional<Instant> optionalInstant(String name) {
    return has(name) ? Optional.of(instant(name)) : Optional.empty();
  }

  LocalDate date(String name) {
    return parse(name, text(name), DATE, LocalDate::parse, "an ISO-8601 date (2026-03-02)");
  }

  Optional<LocalDate> optionalDate(String name) {
    return has(name) ? Optional.of(date(name)) : Optional.empty();
  }

  Duration duration(String name) {
    return parse(name, text(name), DURATION, Duration::parse, "an ISO-8601 duration (PT60M)");
  }

  Optional<Duration> optionalDuration(String name) {
    return has(name) ? Optional.of(duration(name)) : Optional.empty();
  }

  /**
   * {@code text} parsed by {@code parser} if it is spelled as {@code spelling} says; {@code
   * java.time}'s parsers alone also take other spellings (lower case, signs, offsets, 24:00).
   */
  private <T> T parse(
      String name, String text, Pattern spelling, Function<String, T> parser, String expected) {
    try {
      if (spelling.matcher(text).matches()) {
        return parser.apply(text);
      }
    } catch (DateTimeException | ArithmeticException e) {
      // Out of range: refused below like a misspelling.
    }
    throw DocumentException.at(at(name), "must be " + expected + ": '" + shorten(text) + "'");
  }

  /** The value of {@code name} mapped by {@code parser}, whose rejection is located here. */
  <T> T id(String name, Function<String, T> parser) {
    String text = text(name);
    return domain(at(name), () -> parser.apply(text));
  }

  <T> Optional<T> optionalId(String name, Function<String, T> parser) {
    return has(name) ? Optional.of(id(name, parser)) : Optional.empty();
  }

  /** The elements of the array {@code name} (absent means empty), each read by {@code reader}. */
  <T> ImmutableList<T> list(String name, ElementReader<T> reader) {
    Optional<JsonNode> value = optional(name);
    if (value.isEmpty()) {
      return ImmutableList.of();
    }
    if (!value.get().isArray()) {
      throw DocumentException.at(at(name), "must be an array, not " + type(value.get()));
    }
    ImmutableList.Builder<T> elements = ImmutableList.builder();
    for (int i = 0; i < value.get().size(); i++) {
      String elementPointer = child(at(name), i);
      JsonNode element = value.get().get(i);
      if (element.isNull()) {
        throw DocumentException.at(elementPointer, "must not be null");
      }
      elements.add(reader.read(element, elementPointer));
    }
    return elements.build();
  }

  /**
   * The strings of the array {@code name}, each mapped by {@code parser}, as a set: a value that
   * repeats an earlier one is refused at its pointer, not dropped.
   */
  <T> ImmutableSet<T> idSet(String name, Function<String, T> parser) {
    ImmutableList<String> texts = list(name, In::text);
    Set<T> values = new LinkedHashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String elementPointer = child(at(name), i);
      T value = domain(elementPointer, () -> parser.apply(text));
      if (!values.add(value)) {
        throw DocumentException.at(elementPointer, "duplicate value '" + shorten(text) + "'");
      }
    }
    return ImmutableSet.copyOf(values);
  }

  /** The object {@code name}, checked to hold only {@code fields}. */
  In object(String name, Set<String> fields) {
    return object(required(name), at(name), fields);
  }

  Optional<In> optionalObject(String name, Set<String> fields) {
    return optional(name).map(v -> object(v, at(name), fields));
  }

  /**
   * Runs {@code build}, turning the domain model's {@link IllegalArgumentException} (and the
   * arithmetic of its checks at the ends of time, {@link DateTimeException} and {@link
   * ArithmeticException}) into a {@link DocumentException} at {@code pointer}.
   */
  static <T> T domain(String pointer, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | DateTimeException
        | ArithmeticException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw DocumentException.at(pointer, message);
    }
  }

  <T> T build(Supplier<T> build) {
    return domain(pointer, build);
  }

  private static String describe(JsonNode value) {
    return value.isNumber() ? "the number " + shorten(value.asText()) : type(value);
  }

  /** Reads one element of an array at its pointer. */
  @FunctionalInterface
  interface ElementReader<T> {
    T read(JsonNode element, String pointer);
  }
}
