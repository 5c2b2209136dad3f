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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * {@code docs/FORMAT.md} cannot drift: the example of each kind's section is a valid document
 * exactly as nmt writes it, its field tables list the schema's fields, required fields and numeric
 * ranges, and its value tables are those of the schema and the Java enums.
 */
class FormatDocumentTest {
  private static final Path FORMAT = Path.of("..", "docs", "FORMAT.md");
  private static final Pattern HEADING = Pattern.compile("### .*\\((?:`([A-Za-z]+)`|root)\\)");
  private static final String ROOT = "(root)";
  private static final String FIELD_HEADER = "| Field | Type | Required | Description |";
  private static final String ENUMERATIONS = "### Enumerations";

  private static final Map<DocumentKind, String> TITLES =
      Map.of(
          DocumentKind.CLIENT_RECORD, "Client record",
          DocumentKind.TREATMENT_PLAN, "Treatment plan",
          DocumentKind.PROTOCOL_DEFINITION, "Protocol definition",
          DocumentKind.MUSCLE_CATALOG, "Muscle catalog");

  /** The section of {@code kind}: from its heading to the next section of the same level. */
  private static String section(DocumentKind kind) throws IOException {
    String format = Files.readString(FORMAT, UTF_8);
    String heading =
        "\n## "
            + TITLES.get(kind)
            + " (kind `"
            + kind.id()
            + "`, format "
            + kind.formatVersion()
            + ")\n";
    int start = format.indexOf(heading);
    assertTrue(start >= 0, "FORMAT.md has no section" + heading);
    int end = format.indexOf("\n## ", start + 1);
    return end < 0 ? format.substring(start) : format.substring(start, end);
  }

  private static String example(DocumentKind kind) throws IOException {
    String section = section(kind);
    String marker = "<!-- example: " + kind.id() + " -->\n```json\n";
    int start = section.indexOf(marker);
    assertTrue(start >= 0, "no example marked <!-- example: " + kind.id() + " -->");
    start += marker.length();
    return section.substring(start, section.indexOf("\n```", start));
  }

  /** The example of {@code kind} read with {@link Documents} and written again. */
  private static byte[] rewritten(DocumentKind kind, byte[] example) {
    switch (kind) {
      case CLIENT_RECORD:
        return Documents.toBytes(Documents.readRecord(example));
      case TREATMENT_PLAN:
        return Documents.toBytes(Documents.readPlan(example));
      case PROTOCOL_DEFINITION:
        return Documents.toBytes(Documents.readProtocol(example));
      default:
        MuscleCatalog catalog = Documents.readCatalog(example);
        return Documents.toBytes(catalog);
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theExampleIsAValidDocumentAsNmtWritesIt(DocumentKind kind) throws IOException {
    byte[] example = example(kind).getBytes(UTF_8);
    var errors = SchemaValidation.errors(kind, example);
    assertEquals(List.of(), errors, SchemaValidation.describe(errors));
    assertEquals(example(kind), new String(rewritten(kind, example), UTF_8));
  }

  @Test
  void theCatalogExampleHoldsEntriesOfTheStandardCatalog() throws IOException {
    MuscleCatalog example =
        Documents.readCatalog(example(DocumentKind.MUSCLE_CATALOG).getBytes(UTF_8));
    example
        .muscles()
        .forEach(
            muscle -> assertEquals(MuscleCatalog.standard().get(muscle.id()), muscle, muscle.id()));
  }

  /** The rows of the first table after each heading of the section, by the table's header. */
  private static Map<String, List<List<String>>> tables(DocumentKind kind, String header)
      throws IOException {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    String current = null;
    boolean inTable = false;
    for (String line : section(kind).split("\n")) {
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

  /** The root and every object of {@code $defs} with fields, in the schema's order. */
  private static Map<String, JsonNode> objects(DocumentKind kind) {
    JsonNode schema = SchemaTrees.tree(kind);
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    objects.put(ROOT, schema);
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("$defs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("properties")) {
        objects.put(def.getKey(), def.getValue());
      }
    }
    return objects;
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void fieldTablesListTheSchemaFieldsInOrder(DocumentKind kind) throws IOException {
    Map<String, JsonNode> objects = objects(kind);
    Map<String, List<List<String>>> tables = tables(kind, FIELD_HEADER);
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

  /**
   * A field whose schema (or the definition it refers to) is a number or integer with both bounds
   * is documented with them: {@code integer 1..100}, {@code number 0..360}, {@code number in (0,
   * 20]}.
   */
  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void fieldTablesGiveTheSchemaRanges(DocumentKind kind) throws IOException {
    Map<String, List<List<String>>> tables = tables(kind, FIELD_HEADER);
    int ranges = 0;
    for (Map.Entry<String, JsonNode> object : objects(kind).entrySet()) {
      for (List<String> row : tables.get(object.getKey())) {
        JsonNode property = object.getValue().get("properties").get(code(row.get(0)));
        if (property.has("$ref")) {
          property = SchemaTrees.resolve(kind, property.get("$ref").textValue()).node;
        }
        String type = property.path("type").asText();
        boolean lower = property.has("minimum") || property.has("exclusiveMinimum");
        if ((type.equals("integer") || type.equals("number")) && lower && property.has("maximum")) {
          String expected =
              property.has("exclusiveMinimum")
                  ? type
                      + " in ("
                      + number(property.get("exclusiveMinimum"))
                      + ", "
                      + number(property.get("maximum"))
                      + "]"
                  : type
                      + " "
                      + number(property.get("minimum"))
                      + ".."
                      + number(property.get("maximum"));
          assertEquals(expected, row.get(1), object.getKey() + "." + code(row.get(0)));
          ranges++;
        }
      }
    }
    if (kind == DocumentKind.CLIENT_RECORD || kind == DocumentKind.PROTOCOL_DEFINITION) {
      assertTrue(ranges >= 10, ranges + " ranges in " + kind.id());
    }
  }

  private static String number(JsonNode value) {
    return number(value.doubleValue());
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theEnumerationTableListsTheSchemaEnums(DocumentKind kind) throws IOException {
    Map<String, List<String>> schema = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = SchemaTrees.tree(kind).get("$defs").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("enum")) {
        List<String> values = new ArrayList<>();
        def.getValue().get("enum").forEach(value -> values.add(value.textValue()));
        schema.put(def.getKey(), values);
      }
    }
    Map<String, List<String>> documented = new LinkedHashMap<>();
    for (List<String> row :
        tables(kind, "| Enum | Values |").getOrDefault(ENUMERATIONS, List.of())) {
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
    DocumentKind kind = DocumentKind.CLIENT_RECORD;
    List<List<String>> endurance = new ArrayList<>();
    for (EnduranceTestKind test : EnduranceTestKind.values()) {
      endurance.add(List.of("`" + test.id() + "`", test.unit().id(), number(test.maximum())));
    }
    assertEquals(endurance, tables(kind, "| `test` | unit | maximum |").get("enduranceTest"));
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
        tables(kind, "| `questionnaire` | minimum | maximum |").get("questionnaireScore"));
    List<List<String>> scales = new ArrayList<>();
    for (PainScale scale : PainScale.values()) {
      scales.add(List.of("`" + scale.id() + "`", number(scale.maximum())));
    }
    assertEquals(scales, tables(kind, "| `scale` | maximum |").get("painRating"));
  }

  @Test
  void enduranceTargetsAreDescribedInTheTestsUnits() throws IOException {
    List<List<String>> rows =
        tables(DocumentKind.PROTOCOL_DEFINITION, FIELD_HEADER).get("enduranceTargets");
    assertEquals(EnduranceTestKind.values().length, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      EnduranceTestKind test = EnduranceTestKind.values()[i];
      String unit = test.unit().id();
      assertEquals(
          Character.toUpperCase(unit.charAt(0)) + unit.substring(1) + ".",
          rows.get(i).get(3),
          test.id());
    }
  }
}
