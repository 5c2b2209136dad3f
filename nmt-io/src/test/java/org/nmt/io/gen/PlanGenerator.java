package org.nmt.io.gen;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.nmt.core.id.PlanId;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.io.gen.RecordGenerator.Draw;
import org.nmt.io.gen.RecordGenerator.Source;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;
import org.quicktheories.core.Gen;

/**
 * Valid treatment plans for round-trip and fuzz tests of nmt documents.
 *
 * <p>A plan's client and intake are drawn as {@link RecordGenerator} draws a record's (every
 * optional field present or absent, free text marked with {@link RecordGenerator#MARKER}); its
 * sessions, none to seven, start at any time (a plan need not be in order, so some are not, and
 * some start at the same time), last from a second to the 4-hour maximum, belong to any stage and
 * hold up to four technique applications each, on muscles and sites of the standard catalog.
 *
 * <p>Stateless and thread-safe; each plan is built from the randomness it is given alone.
 */
public final class PlanGenerator {
  private static final Instant EPOCH = Instant.parse("2025-06-02T08:00:00Z");

  private PlanGenerator() {}

  /** Valid treatment plans drawn from QuickTheories' randomness (so they shrink with it). */
  public static Gen<TreatmentPlan> plans() {
    return in -> plan(new Draw(Source.of(in)));
  }

  /** A valid treatment plan drawn from {@code random}. */
  public static TreatmentPlan plan(Random random) {
    return plan(new Draw(Source.of(random)));
  }

  private static TreatmentPlan plan(Draw draw) {
    TreatmentPlan.Builder plan =
        TreatmentPlan.builder()
            .id(PlanId.of(draw.id("plan")))
            .client(draw.client())
            .intake(draw.intake());
    int sessions = draw.between(0, 7);
    Instant start = EPOCH;
    for (int i = 0; i < sessions; i++) {
      if (draw.chance(15)) {
        start = draw.instant(EPOCH, Duration.ofDays(120));
      } else if (!draw.chance(10)) {
        start = draw.instant(start, Duration.ofDays(10));
      }
      plan.addSessions(session(draw, start));
    }
    return plan.build();
  }

  private static PlannedSession session(Draw draw, Instant start) {
    Duration duration =
        draw.pick(
            ImmutableList.of(
                Duration.ofMinutes(draw.between(1, 240)),
                Duration.ofSeconds(draw.between(1, 14_400)),
                Session.MAXIMUM_DURATION,
                Duration.ofSeconds(1)));
    PlannedSession.Builder session =
        PlannedSession.builder().start(start).duration(duration).stage(draw.pick(Stage.class));
    int techniques = draw.between(0, 4);
    for (int i = 0; i < techniques; i++) {
      session.addTechniques(draw.technique());
    }
    return session.build();
  }
}
