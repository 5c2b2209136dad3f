package org.nmt.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;

class IntakeTest {
  private static final LocalDate TAKEN = LocalDate.of(2026, 3, 10);
  private static final String COMPLAINT = "Zebrafinch ache behind my left knee since the marathon";

  private static ScreeningFinding resolved(ScreeningItem item, LocalDate on) {
    return ScreeningFinding.builder().item(item).resolvedOn(on).build();
  }

  @Test
  void holdsItsFields() {
    Intake intake =
        Intake.builder()
            .takenOn(TAKEN)
            .addScreening(ScreeningFinding.of(ScreeningItem.ANTICOAGULANTS))
            .chiefComplaint(COMPLAINT)
            .build();
    assertEquals(TAKEN, intake.takenOn());
    assertEquals(List.of(ScreeningFinding.of(ScreeningItem.ANTICOAGULANTS)), intake.screening());
    assertEquals(COMPLAINT, intake.chiefComplaint().orElseThrow());
  }

  @Test
  void aFindingMayResolveOnTheDayOfTheIntake() {
    Intake intake =
        Intake.builder().takenOn(TAKEN).addScreening(resolved(ScreeningItem.FEVER, TAKEN)).build();
    assertEquals(TAKEN, intake.screening().get(0).resolvedOn().orElseThrow());
  }

  @Test
  void rejectsAFindingResolvedBeforeTheIntake() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Intake.builder()
                    .takenOn(TAKEN)
                    .addScreening(resolved(ScreeningItem.FEVER, TAKEN.plusDays(2)))
                    .addScreening(resolved(ScreeningItem.UNSTABLE_HYPERTENSION, TAKEN.minusDays(1)))
                    .build());
    assertEquals(
        "screening[1].resolvedOn must not be before the intake (2026-03-10): 2026-03-09",
        e.getMessage());
  }

  @Test
  void chiefComplaintNeverAppearsInToString() {
    Intake intake =
        Intake.builder()
            .takenOn(TAKEN)
            .addScreening(ScreeningFinding.avoid(ScreeningItem.BURN, BodyRegion.HAND, Side.LEFT))
            .chiefComplaint(COMPLAINT)
            .build();
    String text = intake.toString();
    assertFalse(text.contains("Zebrafinch"), text);
    assertFalse(text.contains("marathon"), text);
    assertTrue(text.contains("chiefComplaint=***"), text);
    assertTrue(text.contains("2026-03-10"), text);
  }

  @Test
  void chiefComplaintNeverAppearsInAValidationMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Intake.builder()
                    .takenOn(TAKEN)
                    .addScreening(resolved(ScreeningItem.FEVER, TAKEN.minusDays(3)))
                    .chiefComplaint(COMPLAINT)
                    .build());
    assertFalse(e.getMessage().contains("Zebrafinch"), e.getMessage());
  }

  @Test
  void applyingFiltersByCategoryAndDay() {
    ScreeningFinding fever = resolved(ScreeningItem.FEVER, TAKEN.plusDays(3));
    ScreeningFinding dvt = ScreeningFinding.of(ScreeningItem.SUSPECTED_DEEP_VEIN_THROMBOSIS);
    ScreeningFinding wound =
        ScreeningFinding.avoid(ScreeningItem.OPEN_OR_HEALING_WOUND, BodyRegion.THIGH, Side.RIGHT);
    Intake intake = Intake.builder().takenOn(TAKEN).addScreening(fever, dvt, wound).build();

    assertEquals(List.of(fever, dvt), intake.applying(ScreeningCategory.POSTPONE, TAKEN));
    assertEquals(
        List.of(fever, dvt), intake.applying(ScreeningCategory.POSTPONE, TAKEN.plusDays(2)));
    assertEquals(List.of(dvt), intake.applying(ScreeningCategory.POSTPONE, TAKEN.plusDays(3)));
    assertEquals(List.of(wound), intake.applying(ScreeningCategory.AVOID_LOCAL_AREA, TAKEN));
    assertEquals(List.of(), intake.applying(ScreeningCategory.NEEDS_CLEARANCE, TAKEN));
  }

  @Test
  void screeningMayBeEmpty() {
    Intake intake = Intake.builder().takenOn(TAKEN).build();
    assertTrue(intake.screening().isEmpty());
    assertTrue(intake.chiefComplaint().isEmpty());
    assertEquals(List.of(), intake.applying(ScreeningCategory.POSTPONE, TAKEN));
  }
}
