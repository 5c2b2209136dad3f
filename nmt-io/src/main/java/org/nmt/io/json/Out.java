package org.nmt.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.nmt.core.style.EnumIds;
import org.nmt.core.style.IsoFormat;

/**
 * Writes the fields of nmt documents to a {@link JsonGenerator}: absent optionals and empty lists
 * are omitted, instants, dates and durations are ISO-8601 strings ({@link IsoFormat}), and {@link
 * IOException}s are unchecked. Not thread-safe; one per document.
 */
final class Out {
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

  Out field(String name) {
    try {
      json.writeFieldName(name);
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
      json.writeFieldName(name);
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

  Out text(String name, Optional<?> value) {
    if (value.isPresent()) {
      text(name, value.get());
    }
    return this;
  }

  Out number(String name, int value) {
    try {
      json.writeNumberField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out number(String name, double value) {
    try {
      json.writeNumberField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
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
      json.writeBooleanField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out texts(String name, Collection<?> values) {
    if (!values.isEmpty()) {
      try {
        json.writeArrayFieldStart(name);
        for (Object value : values) {
          json.writeString(value.toString());
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
        json.writeArrayFieldStart(name);
        for (Enum<?> constant : constants) {
          json.writeString(EnumIds.id(constant));
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
        json.writeArrayFieldStart(name);
        for (T element : elements) {
          json.writeNumber(value.applyAsDouble(element));
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
        json.writeArrayFieldStart(name);
        for (T value : values) {
          writer.write(this, value);
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
