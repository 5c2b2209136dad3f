package org.nmt.io.gen;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.stage.Stage;
import org.nmt.io.gen.RecordGenerator.Draw;
import org.nmt.io.gen.RecordGenerator.Source;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.criterion.EnduranceReached;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.NoActiveTriggerPoints;
import org.nmt.protocol.criterion.NoPainFlare;
import org.nmt.protocol.criterion.PainControlled;
import org.nmt.protocol.criterion.PressurePainThresholdImproved;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.criterion.StructureCorrected;
import org.nmt.protocol.criterion.TherapistSignOff;
import org.nmt.protocol.definition.ActiveTriggerPointRegression;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionRule;
import org.quicktheories.core.Gen;

/**
 * Valid protocol definitions for round-trip and fuzz tests of nmt documents.
 *
 * <p>A definition has a random non-empty subset of the stages in a random order, one gate per stage
 * in that order, each gate a random non-empty subset of the ten criteria in a random order, each
 * criterion with random parameters from its whole range (both ends included: the range checks of
 * the criterion classes), and up to four regression rules of either kind returning to stages of the
 * definition. Names are slugs up to the 64-character limit; versions have two or three parts.
 *
 * <p>Stateless and thread-safe; each definition is built from the randomness it is given alone.
 */
public final class DefinitionGenerator {
  /** How many kinds of criterion there are; {@link #criterion} draws each of them. */
  static final int CRITERIA = 10;

  private static final ImmutableList<String> WORDS =
      ImmutableList.of("clinic", "knee", "neck", "st-john", "nmt", "x", "2026", "v2", "a1");
  private static final ImmutableList<String> MUSCLES =
      MuscleCatalog.standard().muscles().stream()
          .map(Muscle::id)
          .collect(ImmutableList.toImmutableList());

  private DefinitionGenerator() {}

  /** Valid protocol definitions drawn from QuickTheories' randomness (so they shrink with it). */
  public static Gen<ProtocolDefinition> definitions() {
    return in -> definition(new Draw(Source.of(in)));
  }

  /** A valid protocol definition drawn from {@code random}. */
  public static ProtocolDefinition definition(Random random) {
    return definition(new Draw(Source.of(random)));
  }

  private static ProtocolDefinition definition(Draw draw) {
    List<Stage> stages = shuffled(draw, List.of(Stage.values()));
    stages = stages.subList(0, draw.between(1, stages.size()));
    ProtocolDefinition.Builder definition =
        ProtocolDefinition.builder().name(name(draw)).version(version(draw)).addAllStages(stages);
    for (Stage stage : stages) {
      List<Integer> kinds = new ArrayList<>();
      for (int kind = 0; kind < CRITERIA; kind++) {
        kinds.add(kind);
      }
      kinds = shuffled(draw, kinds);
      List<Criterion> criteria = new ArrayList<>();
      for (int kind : kinds.subList(0, draw.between(1, CRITERIA))) {
        criteria.add(criterion(draw, kind));
      }
      definition.addGates(Gate.of(stage, criteria));
    }
    int rules = draw.between(0, 4);
    for (int i = 0; i < rules; i++) {
      definition.addRegressionRules(rule(draw, draw.pick(stages)));
    }
    return definition.build();
  }

  /** The criterion of kind {@code kind} (0 to {@value #CRITERIA} - 1) with random parameters. */
  static Criterion criterion(Draw draw, int kind) {
    switch (kind) {
      case 0:
        return MinimumSessions.of(draw.between(1, 100));
      case 1:
        return NoActiveTriggerPoints.of();
      case 2:
        return PainControlled.of(draw.between(0, 10), draw.between(1, 20));
      case 3:
        return PressurePainThresholdImproved.of(positive(draw, 20));
      case 4:
        return NoPainFlare.of(draw.between(1, 10));
      case 5:
        return TherapistSignOff.of();
      case 6:
        return StructureCorrected.of(positive(draw, 90));
      case 7:
        return RangeOfMotionRestored.builder()
            .addAllJoints(shuffled(draw, List.of(Joint.values())).subList(0, draw.between(0, 4)))
            .percentOfNorm(positive(draw, 200))
            .sideDifferencePercent(draw.number(0, 100, 400))
            .build();
      case 8:
        return StrengthRestored.builder()
            .grade(draw.between(0, 5))
            .addAllMuscles(shuffled(draw, MUSCLES).subList(0, draw.between(0, 3)))
            .build();
      default:
        EnduranceReached.Builder endurance = EnduranceReached.builder();
        List<EnduranceTestKind> tests = shuffled(draw, List.of(EnduranceTestKind.values()));
        for (EnduranceTestKind test : tests.subList(0, draw.between(0, tests.size()))) {
          endurance.putTarget(test, draw.number(0, test.maximum(), 2000));
        }
        return endurance.build();
    }
  }

  private static RegressionRule rule(Draw draw, Stage returnTo) {
    return draw.chance(50)
        ? PainFlareRegression.of(draw.between(1, 10), returnTo)
        : ActiveTriggerPointRegression.of(returnTo);
  }

  /** A number in (0, max], now and then the smallest positive double. */
  private static double positive(Draw draw, double max) {
    return draw.chance(5) ? Double.MIN_VALUE : draw.number(max / 2000, max, 1999);
  }

  private static String name(Draw draw) {
    List<String> words = new ArrayList<>();
    int count = draw.between(1, 4);
    for (int i = 0; i < count; i++) {
      words.add(draw.pick(WORDS));
    }
    String name = String.join("-", words);
    if (draw.chance(5)) {
      name = (name + "-" + "z".repeat(64)).substring(0, 64);
    }
    return name;
  }

  private static String version(Draw draw) {
    String version = draw.between(0, 20) + "." + draw.between(0, 99);
    return draw.chance(40) ? version + "." + draw.between(0, 999) : version;
  }

  private static <T> List<T> shuffled(Draw draw, List<T> values) {
    List<T> shuffled = new ArrayList<>(values);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, draw.between(0, i));
    }
    return shuffled;
  }
}
