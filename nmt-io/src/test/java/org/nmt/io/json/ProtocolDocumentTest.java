package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.EnduranceReached;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

class ProtocolDocumentTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void roundTripsTheBuiltInProtocols() {
    for (ProtocolDefinition definition : Protocols.builtIns()) {
      assertEquals(definition, Documents.readProtocol(Documents.toBytes(definition)));
    }
  }

  @Test
  void roundTripsEveryParameterOfATunedProtocol() {
    ProtocolDefinition tuned =
        ProtocolDefinition.builder()
            .name("clinic-knee")
            .version("2.3")
            .addStages(Stage.PAIN_ELIMINATION, Stage.FLEXIBILITY)
            .addGates(
                Gate.of(Stage.PAIN_ELIMINATION, MinimumSessions.of(4)),
                Gate.of(
                    Stage.FLEXIBILITY,
                    RangeOfMotionRestored.builder()
                        .addJoints(Joint.KNEE, Joint.HIP)
                        .percentOfNorm(85)
                        .sideDifferencePercent(15)
                        .build(),
                    StrengthRestored.builder().grade(4).addMuscles("vastus-medialis").build(),
                    EnduranceReached.builder()
                        .putTarget(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE, 25.0)
                        .build()))
            .addRegressionRules(PainFlareRegression.of(3, Stage.PAIN_ELIMINATION))
            .build();
    assertEquals(tuned, Documents.readProtocol(Documents.toBytes(tuned)));
  }

  @Test
  void writesTheGoldenSeedsProtocol() throws IOException {
    Path golden = GOLDEN.resolve("nmt-seeds.protocol-definition.json");
    String written = new String(Documents.toBytes(Protocols.seeds()), UTF_8);
    if (Boolean.getBoolean("nmt.golden.update")) {
      Files.writeString(golden, written);
    }
    assertEquals(Files.readString(golden), written, "regenerate with -Dnmt.golden.update=true");
  }

  private static DocumentException reject(String json) {
    return assertThrows(
        DocumentException.class, () -> Documents.readProtocol(json.getBytes(UTF_8)));
  }

  private static String document(String gates, String rules) {
    return "{\"kind\":\"protocol-definition\",\"formatVersion\":\"1.0\",\"name\":\"p\","
        + "\"version\":\"1.0\",\"stages\":[\"pain-elimination\"],\"gates\":["
        + gates
        + "],\"regressionRules\":["
        + rules
        + "]}";
  }

  private static final String GATE =
      "{\"stage\":\"pain-elimination\",\"criteria\":[{\"criterion\":\"minimum-sessions\","
          + "\"sessions\":%s}]}";

  @Test
  void readsAMinimalDefinition() {
    ProtocolDefinition definition =
        Documents.readProtocol(document(String.format(GATE, 3), "").getBytes(UTF_8));
    assertEquals(Stage.PAIN_ELIMINATION, definition.firstStage());
  }

  @Test
  void rejectsUnknownCriteriaAndRules() {
    DocumentException criterion =
        reject(
            document("{\"stage\":\"pain-elimination\",\"criteria\":[{\"criterion\":\"x\"}]}", ""));
    assertEquals("/gates/0/criteria/0/criterion", criterion.pointer());
    assertEquals("unknown criterion 'x'", criterion.rule());
    DocumentException rule =
        reject(
            document(
                String.format(GATE, 3),
                "{\"rule\":\"moon-phase\",\"returnTo\":\"pain-elimination\"}"));
    assertEquals("/regressionRules/0/rule", rule.pointer());
    assertEquals("unknown regression rule 'moon-phase'", rule.rule());
  }

  @Test
  void rejectsParametersOutOfRangeAndUnknownParameters() {
    DocumentException range = reject(document(String.format(GATE, 0), ""));
    assertEquals("/gates/0/criteria/0", range.pointer());
    assertEquals("minimum-sessions: sessions must be within 1..100: 0", range.rule());
    DocumentException unknown =
        reject(
            document(
                "{\"stage\":\"pain-elimination\",\"criteria\":[{\"criterion\":\"therapist-sign-off\","
                    + "\"by\":\"t\"}]}",
                ""));
    // "by" is no field name of nmt's, nor close to one: an error does not show it
    assertEquals("/gates/0/criteria/0", unknown.pointer());
    assertEquals("unknown field, " + ShownNames.NOT_SHOWN, unknown.rule());
  }

  @Test
  void rejectsAnInconsistentDefinitionAtTheRoot() {
    DocumentException e = reject(document("", ""));
    assertEquals("", e.pointer());
    assertEquals("protocol p: needs one gate per stage: 1 stages, 0 gates", e.rule());
    assertEquals(1, e.line());
  }
}
