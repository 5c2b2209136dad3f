package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link Out}'s own number formatting and list walking against what the {@link JsonGenerator}
 * writes by itself.
 */
class OutTest {
  private static final long SEED = 20261124L;
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The longest text {@link Out#tenths} writes: {@code -9999999.9}. */
  private static final int TENTHS_LENGTH = 10;

  /** What {@link Out#tenths} writes for {@code value}, or null if it writes nothing. */
  private static String tenths(double value) {
    char[] text = new char[TENTHS_LENGTH];
    int length = Out.tenths(value, text);
    return length == 0 ? null : new String(text, 0, length);
  }

  private static String compact(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      body.accept(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator json, IoBody body) {
    try {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface IoBody {
    void write(JsonGenerator json) throws IOException;
  }

  @Test
  void everyTenthUpToTwoHundredThousandIsWrittenAsDoubleToStringWritesIt() {
    for (long n = 0; n <= 2_000_000; n++) {
      double value = n / 10.0;
      assertEquals(Double.toString(value), tenths(value));
      assertEquals(Double.toString(-value), tenths(-value));
    }
  }

  @Test
  void tenthsOfEveryMagnitudeAreWrittenAsDoubleToStringWritesThem() {
    qt().withFixedSeed(SEED)
        .withExamples(5000)
        .forAll(longs().between(0, 99_999_999), integers().between(0, 1))
        .check(
            (n, negative) -> {
              double value = (negative == 1 ? -n : n) / 10.0;
              return Double.toString(value).equals(tenths(value));
            });
  }

  @Test
  void anyOtherDoubleIsLeftToTheGeneratorOrWrittenAsDoubleToStringWritesIt() {
    qt().withFixedSeed(SEED)
        .withExamples(5000)
        .forAll(doubles().any())
        .check(
            value -> {
              String written = tenths(value);
              return written == null || written.equals(Double.toString(value));
            });
    assertEquals(null, tenths(Double.NaN));
    assertEquals(null, tenths(Double.POSITIVE_INFINITY));
    assertEquals(null, tenths(1e7));
    assertEquals(null, tenths(0.25));
    assertEquals(null, tenths(0.01));
    assertEquals("9999999.9", tenths(9_999_999.9));
    assertEquals("-0.0", tenths(-0.0));
    assertEquals("0.0", tenths(0));
  }

  @Test
  void numberWritesTheBytesOfTheGeneratorsOwnNumberField() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(
            doubles()
                .any()
                .zip(
                    longs().between(-99_999_999, 99_999_999),
                    integers().between(0, 2),
                    (any, tenths, pick) -> pick == 0 ? any : pick == 1 ? tenths / 10.0 : tenths))
        .check(
            value ->
                compact(json -> new Out(json).number("v", value))
                    .equals(compact(json -> write(json, j -> j.writeNumberField("v", value)))));
  }

  @Test
  void listsAndOtherCollectionsAreWrittenAlike() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(lists().of(doubles().between(-1000, 1000)).ofSizeBetween(0, 8))
        .check(
            values -> {
              List<Double> list = new ArrayList<>(values);
              LinkedList<Double> linked = new LinkedList<>(values);
              LinkedHashSet<Double> set = new LinkedHashSet<>(values);
              List<Double> inSetOrder = new ArrayList<>(set);
              return written(list).equals(written(linked))
                  && written(set).equals(written(inSetOrder));
            });
  }

  private static String written(java.util.Collection<Double> values) {
    return compact(
        json ->
            new Out(json)
                .numbers("numbers", values, Double::doubleValue)
                .texts("texts", values)
                .objects("objects", values, (out, value) -> out.start().number("v", value).end()));
  }

  @Test
  void preEncodedNamesAndIdsWriteWhatTheGeneratorWritesEvenPastTheCache() {
    // more distinct names and ids than Out keeps pre-encoded, some with characters to escape
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      names.add(i % 7 == 0 ? "na\"me-" + i + "-\u00e9" : "name-" + i);
    }
    for (int round = 0; round < 2; round++) {
      String expected =
          compact(
              json ->
                  write(
                      json,
                      j -> {
                        for (String name : names) {
                          j.writeStringField(name, name + "-id");
                          j.writeNumberField(name + "-n", 7);
                          j.writeBooleanField(name + "-b", true);
                        }
                      }));
      String actual =
          compact(
              json -> {
                Out out = new Out(json);
                for (String name : names) {
                  out.id(name, name + "-id").number(name + "-n", 7).bool(name + "-b", true);
                }
              });
      assertEquals(expected, actual);
    }
  }
}
