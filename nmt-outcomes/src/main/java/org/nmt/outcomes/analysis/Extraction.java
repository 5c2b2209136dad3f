package org.nmt.outcomes.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Client;
import org.nmt.core.client.Condition;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * Derives the {@link ClientFacts} of one record: a pure function of the record, its protocol
 * definition and the analysis's reference data.
 *
 * <p>Stateless and thread-safe.
 */
final class Extraction {
  private static final double SECONDS_PER_DAY = 86_400;

  private Extraction() {}

  static ClientFacts of(
      OutcomeAnalysis analysis, ClientRecord record, ProtocolDefinition definition) {
    Course course = Course.of(definition, record);
    boolean started = course.state() != CourseState.NOT_STARTED;
    boolean discharged = course.state() == CourseState.DISCHARGED;
    List<Stay> stays = stays(record);
    OptionalDouble followed = OptionalDouble.empty();
    if (started) {
      Instant start = record.transitions().get(0).at();
      Instant end = discharged ? course.enteredAt().get() : course.latestActivity();
      followed = OptionalDouble.of(Math.max(0, days(start, end)));
    }
    return new ClientFacts(
        groups(analysis, record.client(), definition),
        started,
        discharged,
        followed,
        pairs(analysis, record, stays),
        stageFacts(record, stays));
  }

  /** The groups of the analysis's groupings that the client belongs to. */
  private static ImmutableSet<GroupKey> groups(
      OutcomeAnalysis analysis, Client client, ProtocolDefinition definition) {
    ImmutableSet.Builder<GroupKey> groups = ImmutableSet.builder();
    groups.add(GroupKey.all());
    if (analysis.groupings().contains(Grouping.ACTIVITY_PROFILE)) {
      if (client.activityProfiles().isEmpty()) {
        groups.add(GroupKey.of(Grouping.ACTIVITY_PROFILE, GroupKey.UNSPECIFIED));
      }
      for (ActivityProfile profile : client.activityProfiles()) {
        groups.add(GroupKey.of(Grouping.ACTIVITY_PROFILE, profile.id()));
      }
    }
    if (analysis.groupings().contains(Grouping.CONDITION)) {
      if (client.presentingConditions().isEmpty()) {
        groups.add(GroupKey.of(Grouping.CONDITION, GroupKey.UNSPECIFIED));
      }
      for (Condition condition : client.presentingConditions()) {
        groups.add(GroupKey.of(Grouping.CONDITION, condition.id()));
      }
    }
    if (analysis.groupings().contains(Grouping.PROTOCOL)) {
      groups.add(GroupKey.of(Grouping.PROTOCOL, protocolLabel(definition)));
    }
    return groups.build();
  }

  static String protocolLabel(ProtocolDefinition definition) {
    return definition.name() + "/" + definition.version();
  }

  /** A stay in a stage: entered at a transition, left at the next one (empty while ongoing). */
  private static final class Stay {
    final Stage stage;
    final Instant entered;
    Optional<Instant> left = Optional.empty();
    Optional<TransitionKind> exit = Optional.empty();

    Stay(Stage stage, Instant entered) {
      this.stage = stage;
      this.entered = entered;
    }
  }

  /** The stays, in order: each transition ends the current stay and starts one in its stage. */
  private static List<Stay> stays(ClientRecord record) {
    List<Stay> stays = new ArrayList<>();
    Stay current = null;
    for (StageTransition transition : record.transitions()) {
      if (current != null) {
        current.left = Optional.of(transition.at());
        current.exit = Optional.of(transition.kind());
      }
      Optional<Stage> stage = transition.toStage();
      current = stage.isPresent() ? new Stay(stage.get(), transition.at()) : null;
      if (current != null) {
        stays.add(current);
      }
    }
    return stays;
  }

  private static ImmutableMap<Stage, ClientFacts.StageFacts> stageFacts(
      ClientRecord record, List<Stay> stays) {
    Map<Stage, ClientFacts.StageFacts> facts = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      boolean reached = false;
      boolean allEnded = true;
      int sessions = 0;
      double days = 0;
      int overrides = 0;
      int regressionsFrom = 0;
      int regressionsTo = 0;
      for (int i = 0; i < stays.size(); i++) {
        Stay stay = stays.get(i);
        if (stay.stage != stage) {
          continue;
        }
        reached = true;
        if (i > 0 && stays.get(i - 1).exit.equals(Optional.of(TransitionKind.REGRESSION))) {
          regressionsTo++;
        }
        if (stay.left.isEmpty()) {
          allEnded = false;
          continue;
        }
        Instant left = stay.left.get();
        days += days(stay.entered, left);
        for (Session session : record.sessions()) {
          if (!session.start().isBefore(stay.entered) && session.start().isBefore(left)) {
            sessions++;
          }
        }
        TransitionKind exit = stay.exit.get();
        if (exit == TransitionKind.OVERRIDE) {
          overrides++;
        } else if (exit == TransitionKind.REGRESSION) {
          regressionsFrom++;
        }
      }
      if (reached) {
        facts.put(
            stage,
            new ClientFacts.StageFacts(
                allEnded ? Optional.of(new ClientFacts.Totals(sessions, days)) : Optional.empty(),
                overrides,
                regressionsFrom,
                regressionsTo));
      }
    }
    return ImmutableMap.copyOf(facts);
  }

  /** The baseline and follow-up of each measure at each endpoint the client has. */
  private static ImmutableMap<Measure, ImmutableMap<Endpoint, ClientFacts.Pair>> pairs(
      OutcomeAnalysis analysis, ClientRecord record, List<Stay> stays) {
    // The cutoff of each endpoint at its index (null where the client has no such endpoint).
    Instant[] cutoffs = new Instant[Endpoint.all().size()];
    cutoffs[Endpoint.last().index()] = Instant.MAX;
    for (Stay stay : stays) {
      if (stay.exit.isPresent()
          && (stay.exit.get() == TransitionKind.GATE_PASSED
              || stay.exit.get() == TransitionKind.OVERRIDE)) {
        int index = stay.stage.ordinal() + 1;
        if (cutoffs[index] == null) {
          cutoffs[index] = stay.left.get();
        }
      }
    }
    MeasureUnits measureUnits = MeasureUnits.of(record, analysis.norms());
    Map<Measure, ImmutableMap<Endpoint, ClientFacts.Pair>> pairs = new EnumMap<>(Measure.class);
    for (Measure measure : analysis.measures()) {
      ImmutableList<MeasureUnits.Unit> units = measureUnits.of(measure);
      if (units.isEmpty()) {
        continue;
      }
      OutcomeMeasure outcome = analysis.catalog().get(measure);
      ImmutableMap.Builder<Endpoint, ClientFacts.Pair> byEndpoint = ImmutableMap.builder();
      for (int index = 0; index < cutoffs.length; index++) {
        Instant cutoff = cutoffs[index];
        Optional<double[]> values = cutoff == null ? Optional.empty() : pair(units, cutoff);
        if (values.isPresent()) {
          double baseline = values.get()[0];
          double followUp = values.get()[1];
          byEndpoint.put(
              Endpoint.all().get(index),
              new ClientFacts.Pair(baseline, followUp, outcome.responder(baseline, followUp)));
        }
      }
      ImmutableMap<Endpoint, ClientFacts.Pair> built = byEndpoint.build();
      if (!built.isEmpty()) {
        pairs.put(measure, built);
      }
    }
    return ImmutableMap.copyOf(pairs);
  }

  /**
   * The client's baseline and follow-up at {@code cutoff}: over the units with at least two values
   * by then, the mean of their series' first values and the mean of their last values by then;
   * empty when no unit has two.
   */
  static Optional<double[]> pair(List<MeasureUnits.Unit> units, Instant cutoff) {
    double baseline = 0;
    double followUp = 0;
    int paired = 0;
    for (int i = 0; i < units.size(); i++) {
      MeasureUnits.Unit unit = units.get(i);
      if (unit.countBy(cutoff) >= 2) {
        baseline += unit.baseline();
        followUp += unit.latestBy(cutoff);
        paired++;
      }
    }
    if (paired == 0) {
      return Optional.empty();
    }
    return Optional.of(new double[] {baseline / paired, followUp / paired});
  }

  static double days(Instant from, Instant to) {
    Duration duration = Duration.between(from, to);
    return (duration.getSeconds() + duration.getNano() / 1e9) / SECONDS_PER_DAY;
  }
}
