package org.nmt.io.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * {@code docs/FORMAT.md} cannot drift: its client-record example is a valid document exactly as nmt
 * writes it, its field tables list the schema's fields and required fields, and its value tables
 * are those of the schema and the Java enums.
 */
class FormatDocumentTest {
  private static final Path FORMAT = Path.of("..", "docs", "FORMAT.md");
  private static final Pattern HEADING = Pattern.compile("### .*\\((?:`([A-Za-z]+)`|root)\\)");
  private static final String ROOT = "(root)";
  private static final String FIELD_HEADER = "| Field | Type | Required | Description |";
  private static final JsonNode SCHEMA = SchemaValidation.tree(DocumentKind.CLIENT_RECORD);

  /** The "Client record" section: from its heading to the next section of the same level. */
  private static String clientRecordSection() throws IOException {
    String format = Files.readString(FORMAT, UTF_8);
    int start = format.indexOf("\n## Client record (kind `client-record`, format 1.0)\n");
    assertTrue(start >= 0, "FORMAT.md has no client record section");
    int end = format.indexOf("\n## ", start + 1);
    return end < 0 ? format.substring(start) : format.substring(start, end);
  }

  private static String example() throws IOException {
    String section = clientRecordSection();
    String marker = "<!-- example: client-record -->\n```json\n";
    int start = section.indexOf(marker);
    assertTrue(start >= 0, "no example marked <!-- example: client-record -->");
    start += marker.length();
    return section.substring(start, section.indexOf("\n```", start));
  }

  @Test
  void theExampleIsAValidDocumentAsNmtWritesIt() throws IOException {
    byte[] example = example().getBytes(UTF_8);
    var errors = SchemaValidation.errors(DocumentKind.CLIENT_RECORD, example);
    assertEquals(List.of(), errors, SchemaValidation.describe(errors));
    ClientRecord record = Documents.readRecord(example);
    assertEquals(example(), new String(Documents.toBytes(record), UTF_8));
  }

  /** The rows of the first table after each heading of the section, by the table's header. */
  private static Map<String, List<List<String>>> tables(String header) throws IOException {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    String current = null;
    boolean inTable = false;
    for (String line : clientRecordSection().split("\n")) {
      if (line.startsWith("### ")) {
        Matcher matcher = HEADING.matcher(line);
        current = matcher.matches() ? (matcher.group(1) == null ? ROOT : matcher.group(1)) : line;
        inTable = false;
      } else if (line.equals(header) && current != null) {
        tables.put(current, new ArrayList<>());
        inTable = true;
      } else if (inTable && line.startsWith("|")) {
        if (!line.startsWith("|---")) {
          tables.get(current).add(cells(line));
        }
      } else {
        inTable = false;
      }
    }
    return tables;
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    for (String cell : row.substring(1, row.length() - 1).split("\\|", -1)) {
      cells.add(cell.trim());
    }
    return cells;
  }

  private static String code(String cell) {
    assertTrue(cell.startsWith("`") && cell.endsWith("`"), "not `code`: " + cell);
    return cell.substring(1, cell.length() - 1);
  }

  @Test
  void fieldTablesListTheSchemaFieldsInOrder() throws IOException {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    objects.put(ROOT, SCHEMA);
    for (Iterator<Map.Entry<String, JsonNode>> it = SCHEMA.get("$defs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("properties")) {
        objects.put(def.getKey(), def.getValue());
      }
    }
    Map<String, List<List<String>>> tables = tables(FIELD_HEADER);
    assertEquals(List.copyOf(objects.keySet()), List.copyOf(tables.keySet()));
    for (Map.Entry<String, JsonNode> object : objects.entrySet()) {
      List<String> fields = new ArrayList<>();
      object.getValue().get("properties").fieldNames().forEachRemaining(fields::add);
      List<String> required = new ArrayList<>();
      object.getValue().path("required").forEach(name -> required.add(name.textValue()));
      List<String> documented = new ArrayList<>();
      List<String> documentedRequired = new ArrayList<>();
      for (List<String> row : tables.get(object.getKey())) {
        documented.add(code(row.get(0)));
        if (row.get(2).equals("yes")) {
          documentedRequired.add(code(row.get(0)));
        }
      }
      assertEquals(fields, documented, object.getKey());
      assertEquals(
          required.stream().sorted().toList(),
          documentedRequired.stream().sorted().toList(),
          "required fields of " + object.getKey());
    }
  }

  @Test
  void theEnumerationTableListsTheSchemaEnums() throws IOException {
    Map<String, List<String>> schema = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = SCHEMA.get("$defs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("enum")) {
        List<String> values = new ArrayList<>();
        def.getValue().get("enum").forEach(value -> values.add(value.textValue()));
        schema.put(def.getKey(), values);
      }
    }
    Map<String, List<String>> documented = new LinkedHashMap<>();
    for (List<String> row : tables("| Enum | Values |").get("### Enumerations")) {
      List<String> values = new ArrayList<>();
      for (String value : row.get(1).split(", ")) {
        values.add(code(value));
      }
      documented.put(code(row.get(0)), values);
    }
    assertEquals(schema, documented);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Test
  void rangeTablesAreThoseOfTheJavaEnums() throws IOException {
    List<List<String>> endurance = new ArrayList<>();
    for (EnduranceTestKind test : EnduranceTestKind.values()) {
      endurance.add(List.of("`" + test.id() + "`", test.unit().id(), number(test.maximum())));
    }
    assertEquals(endurance, tables("| `test` | unit | maximum |").get("enduranceTest"));
    List<List<String>> questionnaires = new ArrayList<>();
    for (Questionnaire questionnaire : Questionnaire.values()) {
      questionnaires.add(
          List.of(
              "`" + questionnaire.id() + "`",
              number(questionnaire.measure().minimum()),
              number(questionnaire.measure().maximum())));
    }
    assertEquals(
        questionnaires,
        tables("| `questionnaire` | minimum | maximum |").get("questionnaireScore"));
    List<List<String>> scales = new ArrayList<>();
    for (PainScale scale : PainScale.values()) {
      scales.add(List.of("`" + scale.id() + "`", number(scale.maximum())));
    }
    assertEquals(scales, tables("| `scale` | maximum |").get("painRating"));
  }
}
