package org.nmt.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.ToDoubleFunction;
import org.nmt.core.style.EnumIds;
import org.nmt.core.style.IsoFormat;

/**
 * Writes the fields of nmt documents to a {@link JsonGenerator}: absent optionals and empty lists
 * are omitted, lists are walked by index (no iterator per list), instants, dates and durations are
 * ISO-8601 strings ({@link IsoFormat}), and {@link IOException}s are unchecked. Not thread-safe;
 * one per document.
 */
final class Out {
  /** The field names and enum ids written so far, pre-encoded; see {@link #name}, {@link #id}. */
  private static final ConcurrentMap<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

  /** The most {@link #ENCODED} keeps: more than every codec's field names and enum ids together. */
  private static final int MAX_ENCODED = 4096;

  /**
   * The magnitude below which {@link Double#toString(double)} writes plain notation, and {@link
   * #tenths} formats.
   */
  static final double TENTHS_LIMIT = 1e7;

  private final JsonGenerator json;

  /** Where instants, dates and durations are formatted before they are written. */
  private final char[] iso = new char[IsoFormat.MAX_LENGTH];

  Out(JsonGenerator json) {
    this.json = json;
  }

  JsonGenerator generator() {
    return json;
  }

  Out start() {
    try {
      json.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out end() {
    try {
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes the field name {@code name}, pre-encoded: the codecs name their fields with a few
   * constants, written over and over, which Jackson then copies as ready UTF-8 instead of encoding
   * each time.
   */
  private void name(String name) throws IOException {
    json.writeFieldName(encoded(name));
  }

  /** {@code text} pre-encoded, kept in {@link #ENCODED} while it has room. */
  private static SerializedString encoded(String text) {
    SerializedString encoded = ENCODED.get(text);
    if (encoded == null) {
      encoded = new SerializedString(text);
      if (ENCODED.size() < MAX_ENCODED) {
        ENCODED.putIfAbsent(text, encoded);
      }
    }
    return encoded;
  }

  Out field(String name) {
    try {
      name(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes {@code value} as a string: an instant, date or duration in its ISO-8601 form, anything
   * else as its {@code toString()}.
   */
  Out text(String name, Object value) {
    try {
      name(name);
      if (value instanceof Instant at) {
        json.writeString(iso, 0, IsoFormat.instant(at, iso));
      } else if (value instanceof LocalDate date) {
        json.writeString(iso, 0, IsoFormat.date(date, iso));
      } else if (value instanceof Duration duration) {
        json.writeString(iso, 0, IsoFormat.duration(duration, iso));
      } else {
        json.writeString(value.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes the id of an enum constant ({@link EnumIds}), pre-encoded as field names are: there are
   * few ids, each written over and over. Only ids come here, never free text, which is not kept.
   */
  Out id(String name, String enumId) {
    try {
      name(name);
      json.writeString(encoded(enumId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out text(String name, Optional<?> value) {
    if (value.isPresent()) {
      text(name, value.get());
    }
    return this;
  }

  Out number(String name, int value) {
    try {
      name(name);
      json.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out number(String name, double value) {
    try {
      name(name);
      writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes {@code value} as {@link JsonGenerator#writeNumber(double)} does; a value of at most one
   * decimal place (degrees, grades, kilograms per square centimetre) is formatted here ({@link
   * #tenths}) without the generator's string.
   */
  private void writeNumber(double value) throws IOException {
    int length = tenths(value, iso);
    if (length > 0) {
      json.writeNumber(iso, 0, length);
    } else {
      json.writeNumber(value);
    }
  }

  /**
   * Writes {@code value} as {@link Double#toString(double)} does if it is the double nearest to a
   * decimal of at most one decimal place below {@value #TENTHS_LIMIT} in magnitude ({@code 173.0},
   * {@code 3.2}, {@code -0.5}, {@code -0.0}), into {@code to} of at least 10 characters from index
   * 0: that decimal is then the shortest that reads back as {@code value}, in plain notation with
   * at least one digit after the point, which is the text of {@link Double#toString(double)}.
   *
   * @return the number of characters written, or 0 if {@code value} is not such a double
   */
  static int tenths(double value, char[] to) {
    double magnitude = Math.abs(value);
    if (!(magnitude < TENTHS_LIMIT)) {
      return 0;
    }
    long tenths = (long) Math.rint(magnitude * 10);
    if (tenths / 10.0 != magnitude) {
      return 0;
    }
    int length = 0;
    if (Double.doubleToRawLongBits(value) < 0) {
      to[length++] = '-';
    }
    long units = tenths / 10;
    int digits = 1;
    for (long rest = units / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int end = length + digits + 2;
    to[end - 1] = (char) ('0' + tenths % 10);
    to[end - 2] = '.';
    long rest = units;
    for (int i = end - 3; i >= length; i--) {
      to[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return end;
  }

  Out number(String name, OptionalInt value) {
    if (value.isPresent()) {
      number(name, value.getAsInt());
    }
    return this;
  }

  Out number(String name, OptionalDouble value) {
    if (value.isPresent()) {
      number(name, value.getAsDouble());
    }
    return this;
  }

  Out bool(String name, boolean value) {
    try {
      name(name);
      json.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out texts(String name, Collection<?> values) {
    if (!values.isEmpty()) {
      try {
        name(name);
        json.writeStartArray();
        if (values instanceof List<?> list && list instanceof RandomAccess) {
          for (int i = 0; i < list.size(); i++) {
            json.writeString(list.get(i).toString());
          }
        } else {
          for (Object value : values) {
            json.writeString(value.toString());
          }
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** Writes the ids ({@link EnumIds#id}) of {@code constants} as an array of strings. */
  Out ids(String name, Collection<? extends Enum<?>> constants) {
    if (!constants.isEmpty()) {
      try {
        name(name);
        json.writeStartArray();
        for (Enum<?> constant : constants) {
          json.writeString(encoded(EnumIds.id(constant)));
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** Writes {@code value} of each of {@code elements} as an array of numbers. */
  <T> Out numbers(String name, Collection<T> elements, ToDoubleFunction<? super T> value) {
    if (!elements.isEmpty()) {
      try {
        name(name);
        json.writeStartArray();
        if (elements instanceof List<T> list && list instanceof RandomAccess) {
          for (int i = 0; i < list.size(); i++) {
            writeNumber(value.applyAsDouble(list.get(i)));
          }
        } else {
          for (T element : elements) {
            writeNumber(value.applyAsDouble(element));
          }
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  <T> Out objects(String name, Collection<T> values, ElementWriter<T> writer) {
    if (!values.isEmpty()) {
      try {
        name(name);
        json.writeStartArray();
        if (values instanceof List<T> list && list instanceof RandomAccess) {
          for (int i = 0; i < list.size(); i++) {
            writer.write(this, list.get(i));
          }
        } else {
          for (T value : values) {
            writer.write(this, value);
          }
        }
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  <T> Out object(String name, T value, ElementWriter<T> writer) {
    field(name);
    writer.write(this, value);
    return this;
  }

  <T> Out object(String name, Optional<T> value, ElementWriter<T> writer) {
    if (value.isPresent()) {
      object(name, value.get(), writer);
    }
    return this;
  }

  /** Writes one value as a JSON object. */
  @FunctionalInterface
  interface ElementWriter<T> {
    void write(Out out, T value);
  }
}
