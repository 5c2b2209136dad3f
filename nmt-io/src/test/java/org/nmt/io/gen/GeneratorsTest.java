package org.nmt.io.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.reference.Evidence;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.criterion.EnduranceReached;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionRule;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/** The plan, definition and catalog generators cover what their formats can hold. */
class GeneratorsTest {
  private static final int DRAWS = 400;
  private static final long SEED = 20261124L;

  @Test
  void definitionsCoverEveryCriterionStageOrderAndRule() {
    Set<String> criteria = new TreeSet<>();
    Set<Stage> firstStages = EnumSet.noneOf(Stage.class);
    Set<Integer> stageCounts = new HashSet<>();
    Set<Integer> criteriaCounts = new HashSet<>();
    Set<String> rules = new TreeSet<>();
    Set<EnduranceTestKind> targets = EnumSet.noneOf(EnduranceTestKind.class);
    Set<String> variants = new TreeSet<>();
    int longNames = 0;
    Random random = new Random(SEED);
    for (int i = 0; i < DRAWS; i++) {
      ProtocolDefinition definition = DefinitionGenerator.definition(random);
      firstStages.add(definition.firstStage());
      stageCounts.add(definition.stages().size());
      longNames += definition.name().length() == 64 ? 1 : 0;
      for (Gate gate : definition.gates()) {
        criteriaCounts.add(gate.criteria().size());
        for (Criterion criterion : gate.criteria()) {
          criteria.add(criterion.id());
          if (criterion instanceof RangeOfMotionRestored) {
            variants.add("joints " + ((RangeOfMotionRestored) criterion).joints().isEmpty());
          } else if (criterion instanceof StrengthRestored) {
            variants.add("muscles " + ((StrengthRestored) criterion).muscles().isEmpty());
          } else if (criterion instanceof EnduranceReached) {
            targets.addAll(((EnduranceReached) criterion).targets().keySet());
            variants.add("targets " + ((EnduranceReached) criterion).targets().isEmpty());
          }
        }
      }
      definition.regressionRules().stream().map(RegressionRule::id).forEach(rules::add);
      variants.add("rules " + definition.regressionRules().isEmpty());
    }
    assertEquals(Criterion.class.getPermittedSubclasses().length, criteria.size(), "" + criteria);
    assertEquals(DefinitionGenerator.CRITERIA, criteria.size());
    assertEquals(EnumSet.allOf(Stage.class), firstStages);
    assertTrue(stageCounts.containsAll(Set.of(1, Stage.values().length)), "" + stageCounts);
    assertTrue(
        criteriaCounts.containsAll(Set.of(1, DefinitionGenerator.CRITERIA)), "" + criteriaCounts);
    assertEquals(Set.of("new-active-trigger-point", "pain-flare"), rules);
    assertEquals(EnumSet.allOf(EnduranceTestKind.class), targets);
    assertEquals(
        Set.of(
            "joints true",
            "joints false",
            "muscles true",
            "muscles false",
            "targets true",
            "targets false",
            "rules true",
            "rules false"),
        variants);
    assertTrue(longNames > 0, "no name at the 64-character limit");
  }

  @Test
  void plansCoverEmptyUnorderedAndLongestSessions() {
    Set<String> seen = new TreeSet<>();
    Random random = new Random(SEED);
    for (int i = 0; i < DRAWS; i++) {
      TreatmentPlan plan = PlanGenerator.plan(random);
      if (plan.sessions().isEmpty()) {
        seen.add("no session");
      }
      Instant previous = Instant.MIN;
      for (PlannedSession session : plan.sessions()) {
        if (session.start().isBefore(previous)) {
          seen.add("out of order");
        } else if (session.start().equals(previous)) {
          seen.add("same start");
        }
        previous = session.start();
        if (session.duration().equals(Session.MAXIMUM_DURATION)) {
          seen.add("longest");
        }
        if (session.techniques().size() == 4) {
          seen.add("four techniques");
        }
        if (session.start().getNano() != 0) {
          seen.add("fraction of a second");
        }
      }
      if (plan.intake()
          .chiefComplaint()
          .map(c -> c.contains(RecordGenerator.MARKER))
          .orElse(false)) {
        seen.add("marked complaint");
      }
    }
    assertEquals(
        Set.of(
            "no session",
            "out of order",
            "same start",
            "longest",
            "four techniques",
            "fraction of a second",
            "marked complaint"),
        seen);
  }

  @Test
  void catalogsCoverFasciaUnpairedMusclesSitesAndEvidence() {
    Set<String> seen = new TreeSet<>();
    Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
    Random random = new Random(SEED);
    for (int i = 0; i < DRAWS; i++) {
      MuscleCatalog catalog = CatalogGenerator.catalog(random);
      if (catalog.size() == 0) {
        seen.add("empty");
      }
      for (Muscle muscle : catalog.muscles()) {
        evidence.add(muscle.source().evidence());
        seen.add(muscle.tissue().id());
        seen.add(muscle.paired() ? "paired" : "unpaired");
        seen.add(muscle.innervation().isPresent() ? "innervation" : "no innervation");
        seen.add(muscle.triggerPointSites().isEmpty() ? "no site" : "sites");
        if (muscle.id().length() == 64) {
          seen.add("longest id");
        }
        for (TriggerPointSite site : muscle.triggerPointSites()) {
          if (site.referralZones().contains("")) {
            seen.add("empty zone");
          }
          assertTrue(site.description().contains(RecordGenerator.MARKER));
        }
        assertTrue(muscle.tissue() == TissueKind.MUSCLE || muscle.triggerPointSites().isEmpty());
      }
    }
    assertEquals(EnumSet.allOf(Evidence.class), evidence);
    assertEquals(
        Set.of(
            "empty",
            "muscle",
            "fascia",
            "paired",
            "unpaired",
            "innervation",
            "no innervation",
            "no site",
            "sites",
            "longest id",
            "empty zone"),
        seen);
  }
}
