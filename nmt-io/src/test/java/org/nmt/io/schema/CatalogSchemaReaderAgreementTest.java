package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.io.schema.Docs.array;
import static org.nmt.io.schema.Docs.object;
import static org.nmt.io.schema.Mutation.setTo;
import static org.nmt.io.schema.Mutation.without;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * The muscle-catalog schema and {@link Documents#readCatalog(byte[])} judge documents alike: over
 * hand-made bad documents and grids of the entries' fields; the known differences are pinned.
 */
class CatalogSchemaReaderAgreementTest {
  private static final DocumentKind CATALOG = DocumentKind.MUSCLE_CATALOG;
  private static final String MUSCLE = "/muscles/0";
  private static final String SITE = "/muscles/0/triggerPointSites/0";
  private static final String FASCIA = "/muscles/2";

  private static JsonNode full() {
    return SchemaValidation.parse(Documents.toBytes(FullDocuments.catalog()));
  }

  private static final List<Mutation> INVALID =
      List.of(
          // unknown fields
          setTo("/extra", "1"),
          setTo(MUSCLE + "/origin", "\"x\""),
          setTo(SITE + "/depth", "2"),
          setTo(MUSCLE + "/source/page", "12"),
          // enum values
          setTo(MUSCLE + "/tissue", "\"bone\""),
          setTo(MUSCLE + "/region", "\"toe\""),
          setTo(MUSCLE + "/group", "\"core\""),
          setTo(MUSCLE + "/source/evidence", "\"rumour\""),
          setTo(SITE + "/source/evidence", "\"PRIMARY\""),
          // required fields missing
          without("/kind"),
          without("/formatVersion"),
          without("/name"),
          without("/version"),
          without(MUSCLE + "/id"),
          without(MUSCLE + "/name"),
          without(MUSCLE + "/region"),
          without(MUSCLE + "/group"),
          without(MUSCLE + "/source"),
          without(MUSCLE + "/source/citation"),
          without(MUSCLE + "/source/evidence"),
          without(SITE + "/id"),
          without(SITE + "/description"),
          without(SITE + "/referralZones"),
          without(SITE + "/source"),
          // wrong types and nulls
          setTo("/muscles", "{}"),
          setTo(MUSCLE, "\"upper-trapezius\""),
          setTo(MUSCLE + "/name", "7"),
          setTo(MUSCLE + "/paired", "\"yes\""),
          setTo(MUSCLE + "/paired", "null"),
          setTo(MUSCLE + "/triggerPointSites", "{}"),
          setTo(SITE + "/referralZones", "\"temple\""),
          setTo(SITE + "/referralZones/0", "7"),
          setTo(MUSCLE + "/source", "\"Gray's Anatomy\""),
          // kind and version
          setTo("/kind", "\"client-record\""),
          setTo("/formatVersion", "\"2.0\""),
          setTo("/formatVersion", "\"1.x\""),
          // ids, names and versions
          setTo("/name", "\"Full Catalog\""),
          setTo("/name", "\"\""),
          setTo("/version", "\"1\""),
          setTo("/version", "\"one\""),
          setTo("/version", "\"1.0\\n\""),
          setTo(MUSCLE + "/id", "\"Upper-Trapezius\""),
          setTo(MUSCLE + "/id", "\"upper_trapezius\""),
          setTo(MUSCLE + "/id", "\"" + "m".repeat(65) + "\""),
          setTo(SITE + "/id", "\"upper fibres\""),
          // blank text
          setTo(MUSCLE + "/name", "\"\""),
          setTo(MUSCLE + "/name", "\"  \""),
          setTo(MUSCLE + "/innervation", "\"\""),
          setTo(SITE + "/description", "\"\\t\""),
          setTo(MUSCLE + "/source/citation", "\" \""),
          // rules between fields of one object
          setTo(SITE + "/referralZones", "[]"),
          setTo(
              FASCIA + "/triggerPointSites",
              "[{\"id\":\"s\",\"description\":\"d\",\"referralZones\":[\"z\"],"
                  + "\"source\":{\"citation\":\"c\",\"evidence\":\"primary\"}}]"));

  @Test
  void bothRefuseEveryHandMadeInvalidDocument() {
    JsonNode full = full();
    assertTrue(Docs.assertAgree(CATALOG, "the full catalog", full), "it is valid");
    List<String> names = new ArrayList<>();
    for (Mutation mutation : INVALID) {
      Docs.assertBothRefuse(CATALOG, mutation.name, mutation.applyTo(full));
      names.add(mutation.name);
    }
    assertEquals(names.size(), new HashSet<>(names).size(), "each mutation once");
  }

  @Test
  void agreeOnMuscles() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String tissue : Arrays.asList(null, "muscle", "fascia", "bone")) {
      for (Object paired : Arrays.asList(null, true, false, "true")) {
        for (String innervation : Arrays.asList(null, "accessory nerve", "", " ")) {
          for (JsonNode sites :
              Arrays.asList(
                  null,
                  array(),
                  array(
                      object(
                          "id",
                          "central",
                          "description",
                          "mid-belly",
                          "referralZones",
                          array("neck", ""),
                          "source",
                          object("citation", "c", "evidence", "secondary"))))) {
            ObjectNode muscle =
                object(
                    "id",
                    "m",
                    "name",
                    "M",
                    "tissue",
                    tissue,
                    "region",
                    "neck",
                    "group",
                    "neck",
                    "paired",
                    paired,
                    "innervation",
                    innervation,
                    "triggerPointSites",
                    sites,
                    "source",
                    object("citation", "c", "evidence", "primary"));
            ObjectNode document =
                object(
                    "kind",
                    "muscle-catalog",
                    "formatVersion",
                    "1.0",
                    "name",
                    "c",
                    "version",
                    "1.0",
                    "muscles",
                    array(muscle));
            outcomes.add(Docs.assertAgree(CATALOG, muscle.toString(), document));
          }
        }
      }
    }
    assertEquals(Set.of(true, false), outcomes, "the grid holds valid and invalid documents");
  }

  // ---- the known differences, pinned

  /** Ids unique across entries: the schema accepts these documents and the reader refuses them. */
  @Test
  void onlyTheReaderChecksUniqueIds() {
    List<Mutation> readerOnly =
        List.of(
            setTo("/muscles/1/id", "\"upper-trapezius\""),
            setTo("/muscles/0/triggerPointSites/1/id", "\"upper-fibres\""));
    JsonNode full = full();
    for (Mutation mutation : readerOnly) {
      Docs.assertOnlyReaderRefuses(CATALOG, mutation.name, mutation.applyTo(full));
    }
  }
}
