package org.nmt.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes the fields of nmt documents to a {@link JsonGenerator}: absent optionals and empty lists
 * are omitted, instants, dates and durations are ISO-8601 strings, and {@link IOException}s are
 * unchecked.
 */
final class Out {
  private final JsonGenerator json;

  Out(JsonGenerator json) {
    this.json = json;
  }

  JsonGenerator generator() {
    return json;
  }

  Out start() {
    io(() -> json.writeStartObject());
    return this;
  }

  Out end() {
    io(() -> json.writeEndObject());
    return this;
  }

  Out field(String name) {
    io(() -> json.writeFieldName(name));
    return this;
  }

  Out text(String name, Object value) {
    io(() -> json.writeStringField(name, value.toString()));
    return this;
  }

  Out text(String name, Optional<?> value) {
    if (value.isPresent()) {
      text(name, value.get());
    }
    return this;
  }

  Out number(String name, int value) {
    io(() -> json.writeNumberField(name, value));
    return this;
  }

  Out number(String name, double value) {
    io(() -> json.writeNumberField(name, value));
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
    io(() -> json.writeBooleanField(name, value));
    return this;
  }

  Out texts(String name, Collection<?> values) {
    if (!values.isEmpty()) {
      io(
          () -> {
            json.writeArrayFieldStart(name);
            for (Object value : values) {
              json.writeString(value.toString());
            }
            json.writeEndArray();
          });
    }
    return this;
  }

  Out numbers(String name, Collection<? extends Number> values) {
    if (!values.isEmpty()) {
      io(
          () -> {
            json.writeArrayFieldStart(name);
            for (Number value : values) {
              json.writeNumber(value.doubleValue());
            }
            json.writeEndArray();
          });
    }
    return this;
  }

  <T> Out objects(String name, Collection<T> values, ElementWriter<T> writer) {
    if (!values.isEmpty()) {
      io(() -> json.writeArrayFieldStart(name));
      for (T value : values) {
        writer.write(this, value);
      }
      io(() -> json.writeEndArray());
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

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one value as a JSON object. */
  @FunctionalInterface
  interface ElementWriter<T> {
    void write(Out out, T value);
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
