package org.nmt.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * Checks the scenarios against the standard muscle catalog: every muscle, site and side they name
 * is one the catalog knows. These tests need the complete standard catalog and fail until it is
 * merged.
 */
class SeedScenariosCatalogTest {
  private static final MuscleCatalog CATALOG = MuscleCatalog.standard();

  static Stream<Named<ClientRecord>> scenarios() {
    return SeedScenarios.all().stream().map(r -> Named.of(r.client().id().value(), r));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyLocationNamesACatalogMuscleSiteAndSide(ClientRecord record) {
    List<String> problems = new ArrayList<>();
    for (TissueLocation location : locations(record)) {
      try {
        CATALOG.check(location);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    assertEquals(ImmutableList.of(), problems.stream().distinct().toList());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyGradedMuscleIsInTheCatalog(ClientRecord record) {
    for (StrengthGrade grade : record.assessmentsOf(StrengthGrade.class)) {
      grade.muscleId().ifPresent(id -> assertTrue(CATALOG.contains(id), id));
    }
  }

  @Test
  void hikerTriggerPointsLieInTheCalvesQuadricepsAndGlutes() {
    ImmutableSet<FunctionalGroup> groups =
        examinations(SeedScenarios.hiker()).stream()
            .map(e -> CATALOG.get(e.location().muscleId()).group())
            .collect(ImmutableSet.toImmutableSet());
    assertTrue(
        groups.containsAll(
            ImmutableSet.of(
                FunctionalGroup.CALVES, FunctionalGroup.QUADRICEPS, FunctionalGroup.GLUTES)),
        groups.toString());
  }

  @Test
  void hikersIliotibialBandIsFascia() {
    assertEquals(TissueKind.FASCIA, CATALOG.get("iliotibial-band").tissue());
  }

  @Test
  void tmjClientsTreatmentStaysOutOfTheAreaToAvoid() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    for (Session session : tmj.sessions()) {
      for (ScreeningFinding avoid :
          tmj.intake()
              .applying(
                  ScreeningCategory.AVOID_LOCAL_AREA,
                  LocalDate.ofInstant(session.start(), ZoneOffset.UTC))) {
        BodyRegion region = avoid.region().orElseThrow();
        for (TechniqueApplication application : session.techniques()) {
          Muscle muscle = CATALOG.get(application.target().muscleId());
          assertFalse(
              muscle.region() == region
                  && (application.target().side().covers(avoid.side().orElseThrow())
                      || avoid.side().orElseThrow().covers(application.target().side())),
              session.id() + ": " + application.target());
        }
      }
    }
  }

  private static List<TriggerPointExamination> examinations(ClientRecord record) {
    return record.sessions().stream().flatMap(s -> s.triggerPointExaminations().stream()).toList();
  }

  private static List<TissueLocation> locations(ClientRecord record) {
    List<TissueLocation> locations = new ArrayList<>();
    examinations(record).forEach(e -> locations.add(e.location()));
    record.sessions().forEach(s -> s.techniques().forEach(a -> locations.add(a.target())));
    record
        .assessmentsOf(PressurePainThresholdReading.class)
        .forEach(r -> locations.add(r.location()));
    return locations;
  }
}
