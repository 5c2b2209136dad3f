package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;

/**
 * {@link DocumentPrettyPrinter} writes exactly what Jackson's {@link DefaultPrettyPrinter} does
 * with objects indented by two spaces and lines ended by a line feed (its default ends them with
 * the system's line separator; {@link LineFeedTest} checks a document where that is CRLF).
 */
class DocumentPrettyPrinterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The printer a document's pretty printing must equal. */
  private static PrettyPrinter reference() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  private static String write(JsonNode tree, PrettyPrinter printer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setPrettyPrinter(printer);
      MAPPER.writeTree(json, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A random tree of objects, arrays (empty ones too) and scalars, up to {@code depth} deep. */
  private static JsonNode tree(Random random, int depth) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    int kind = depth == 0 ? 2 + random.nextInt(3) : random.nextInt(5);
    switch (kind) {
      case 0 -> {
        ObjectNode object = nodes.objectNode();
        int fields = random.nextInt(4);
        for (int i = 0; i < fields; i++) {
          object.set("f" + i, tree(random, depth - 1));
        }
        return object;
      }
      case 1 -> {
        ArrayNode array = nodes.arrayNode();
        int values = random.nextInt(4);
        for (int i = 0; i < values; i++) {
          array.add(tree(random, depth - 1));
        }
        return array;
      }
      case 2 -> {
        return nodes.textNode("t" + random.nextInt(100));
      }
      case 3 -> {
        return nodes.numberNode(random.nextDouble());
      }
      default -> {
        return nodes.booleanNode(random.nextBoolean());
      }
    }
  }

  @Test
  void writesWhatTheDefaultPrettyPrinterWritesForAnyTree() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().all(), integers().between(0, 40))
        .check(
            (seed, depth) -> {
              JsonNode tree = tree(new Random(seed), depth);
              return write(tree, new DocumentPrettyPrinter()).equals(write(tree, reference()));
            });
  }

  @Test
  void writesEveryLevelBeyondTheReadyOnesAsTheDefault() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode tree = nodes.textNode("leaf");
    for (int level = 0; level < 70; level++) {
      ObjectNode parent = nodes.objectNode();
      parent.set("level" + level, tree);
      parent.put("after", level);
      tree = parent;
    }
    assertEquals(write(tree, reference()), write(tree, new DocumentPrettyPrinter()));
  }

  @Test
  void documentsAreTheDefaultPrettyPrintingOfTheirTrees() throws IOException {
    for (ClientRecord record : SeedScenarios.all()) {
      String document =
          new String(Documents.toBytes(record), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(write(MAPPER.readTree(document), reference()), document);
    }
  }
}
