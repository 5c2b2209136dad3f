package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.ErrorPolicy;

/**
 * An error never shows a name of the document that is not spelled as a field name: a broken
 * document can put a clinical text where a name belongs.
 */
class ShownNamesTest {
  private static final String COMPLAINT =
      "A deep ache in my right buttock that shoots down the back of the thigh";

  private static String runner() {
    return new String(Documents.toBytes(SeedScenarios.runner()), UTF_8);
  }

  @Test
  void fieldNamesAndNamesCloseToThemAreShownOthersNot() {
    for (String name :
        List.of(
            "chiefComplaint",
            "chiefComplain",
            "chiefcomplaint",
            "painBefor",
            "kind",
            "id",
            "takenAtt")) {
      assertTrue(ShownNames.shown(name), name);
      assertEquals("'" + name + "'", ShownNames.quoted(name));
    }
    for (String name :
        List.of(
            "",
            "ib",
            "valuee",
            "pain/before~",
            "A deep ache",
            "QQ-FREE-TEXT-MARKER-QQ",
            "Sciatica",
            "sore",
            "Tension",
            "tension",
            "Notes",
            "Tired",
            "5551234567",
            "chiefComplaint: A deep ache")) {
      assertFalse(ShownNames.shown(name), name);
      assertEquals(ShownNames.NOT_SHOWN, ShownNames.quoted(name));
    }
  }

  @Test
  void editsCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, ShownNames.edits("takenAt", "takenAt"));
    assertEquals(1, ShownNames.edits("takenAt", "takenA"));
    assertEquals(1, ShownNames.edits("takenAt", "takenAtt"));
    assertEquals(1, ShownNames.edits("takenAt", "tokenAt"));
    assertEquals(2, ShownNames.edits("takenAt", "atkenAt"));
    assertEquals(7, ShownNames.edits("takenAt", ""));
    assertEquals(3, ShownNames.edits("kitten", "sitting"));
  }

  /** The pointer of an error Jackson raises ends before the first name not shown. */
  @Test
  void aPointerEndsBeforeItsFirstNameNotShown() {
    for (String name : List.of("A deep ache", "5551234567", "Tension")) {
      String json = "{\"intake\":{\"screening\":[{\"" + name + "\" 1}]}}";
      DocumentException e =
          assertThrows(DocumentException.class, () -> Documents.kindOf(json.getBytes(UTF_8)));
      assertEquals("/intake/screening/0", e.pointer(), name);
      assertFalse(e.getMessage().contains(name), e.getMessage());
    }
    String known = "{\"intake\":{\"screening\":[{\"item\" 1}]}}";
    assertEquals(
        "/intake/screening/0/item",
        assertThrows(DocumentException.class, () -> Documents.kindOf(known.getBytes(UTF_8)))
            .pointer());
  }

  @Test
  void anyNameNotShownIsLeftOutOfThePointer() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(strings().ascii().ofLengthBetween(1, 20))
        .checkAssert(
            name -> {
              String escaped = name.replace("\\", "\\\\").replace("\"", "\\\"");
              String json = "{\"intake\":{\"" + escaped + "\" 1}}";
              DocumentException e =
                  assertThrows(
                      DocumentException.class, () -> Documents.kindOf(json.getBytes(UTF_8)));
              assertEquals(
                  ShownNames.shown(name)
                      ? "/intake/" + name.replace("~", "~0").replace("/", "~1")
                      : "/intake",
                  e.pointer(),
                  name);
            });
  }

  /** Deleting {@code "chiefComplaint" :} leaves the complaint where a name belongs. */
  @Test
  void aComplaintReadAsANameIsNeverShown() throws IOException {
    String broken = runner().replaceFirst("\"chiefComplaint\" : ", "");
    assertTrue(broken.contains(COMPLAINT));
    DocumentException e =
        assertThrows(DocumentException.class, () -> Documents.readRecord(broken.getBytes(UTF_8)));
    assertEquals("/intake", e.pointer());
    assertFalse(e.getMessage().contains("deep ache"), e.getMessage());

    String line = broken.replace("\n", "") + "\n";
    try (CohortReader reader =
        CohortReader.open(new ByteArrayInputStream(line.getBytes(UTF_8)), ErrorPolicy.SKIP)) {
      reader.forEachRemaining(record -> {});
      DocumentException skipped = reader.skippedLines().get(0).error();
      assertEquals("/intake", skipped.pointer());
      assertFalse(skipped.getMessage().contains("deep ache"), skipped.getMessage());
    }
  }

  /** A complaint given as the name of a field of its own, with a value. */
  @Test
  void aComplaintAsAnUnknownFieldIsNeverShown() {
    String broken = runner().replaceFirst("\"chiefComplaint\" : \"", "\"");
    broken = broken.replaceFirst(COMPLAINT + "[^\"]*\"", COMPLAINT + "\" : 1");
    String document = broken;
    DocumentException e =
        assertThrows(DocumentException.class, () -> Documents.readRecord(document.getBytes(UTF_8)));
    assertEquals("/intake", e.pointer());
    assertEquals(
        "unknown field, a name that is not a field name (not shown: it may be free text)",
        e.rule());
    assertFalse(e.getMessage().contains("deep ache"), e.getMessage());
  }

  @Test
  void aRepeatedNameIsShownOnlyAsAFieldName() {
    String twice = runner().replaceFirst("\\{", "{ \"A deep ache\" : 1, \"A deep ache\" : 2,");
    for (DocumentException e :
        List.of(
            assertThrows(DocumentException.class, () -> Documents.kindOf(twice.getBytes(UTF_8))),
            assertThrows(
                DocumentException.class, () -> Documents.readRecord(twice.getBytes(UTF_8))))) {
      assertFalse(e.getMessage().contains("deep ache"), e.getMessage());
      assertTrue(e.getMessage().contains(ShownNames.NOT_SHOWN), e.getMessage());
    }
    String known = runner().replaceFirst("\\{", "{ \"client\" : 1,");
    DocumentException e =
        assertThrows(DocumentException.class, () -> Documents.kindOf(known.getBytes(UTF_8)));
    assertTrue(e.rule().endsWith("Duplicate field 'client'"), e.rule());
  }
}
