package org.nmt.protocol.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.nmt.protocol.validation.FindingCode.PLAN_STAGE_BACKWARD;
import static org.nmt.protocol.validation.FindingCode.PLAN_STAGE_WITHOUT_SESSIONS;
import static org.nmt.protocol.validation.FindingCode.TREATMENT_SPACING;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Dosing;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Validates a treatment plan against a protocol definition and the reference catalogs before an
 * application acts on it, returning findings instead of throwing.
 *
 * <p>Planned sessions are checked by the same rules as recorded ones where they apply (stage of the
 * protocol, intake screening on the session's UTC day, the techniques' stages, pressure and dosing,
 * anatomy, duration, overlaps), and the plan as a whole: sessions listed in order of time, stages
 * in the protocol's order without going back, every stage of the protocol planned, and ischemic
 * compression on an area spaced with a rest day after the first treatment and then on alternate
 * days. Every rule and its source is listed in {@code docs/FINDINGS.md}. Paths locate sessions by
 * their written position. Findings come in a deterministic order: by path (array indices as
 * numbers, before other tokens), then by code. Stateless and thread-safe.
 */
public final class PlanValidator {
  /** The least number of calendar days between treatments of an area with rest-day spacing. */
  private static final long SPACING_DAYS = 2;

  private PlanValidator() {}

  /** Validates {@code plan} under {@code definition} with the standard catalogs. */
  public static ImmutableList<Finding> validate(ProtocolDefinition definition, TreatmentPlan plan) {
    return validate(definition, plan, MuscleCatalog.standard(), TechniqueCatalog.standard());
  }

  /**
   * Validates {@code plan} under {@code definition}, checking anatomy against {@code muscles} and
   * techniques against {@code techniques}.
   */
  public static ImmutableList<Finding> validate(
      ProtocolDefinition definition,
      TreatmentPlan plan,
      MuscleCatalog muscles,
      TechniqueCatalog techniques) {
    checkNotNull(plan, "plan");
    Findings findings = new Findings();
    SessionRules rules = new SessionRules(definition, plan.intake(), muscles, techniques, findings);
    ImmutableList.Builder<SessionView> written = ImmutableList.builder();
    for (int i = 0; i < plan.sessions().size(); i++) {
      written.add(SessionView.planned(i, plan.sessions().get(i)));
    }
    ImmutableList<SessionView> sessions = written.build();
    ImmutableList<SessionView> inTime = SessionView.inTimeOrder(sessions);
    sessions.forEach(rules::check);
    rules.clearance(inTime);
    rules.timing(sessions);
    stageOrder(definition, inTime, findings);
    spacing(techniques, inTime, findings);
    return findings.sorted();
  }

  private static void stageOrder(
      ProtocolDefinition definition, List<SessionView> inTime, Findings findings) {
    SessionView previous = null;
    for (SessionView session : inTime) {
      if (!definition.includes(session.stage())) {
        continue;
      }
      if (previous != null
          && definition.position(session.stage()) < definition.position(previous.stage())) {
        findings.add(
            PLAN_STAGE_BACKWARD,
            session.path(),
            "%s is in %s, after %s in %s; a plan follows the stage order of protocol %s and never"
                + " goes back",
            session,
            session.stage().id(),
            previous,
            previous.stage().id(),
            Findings.protocol(definition));
      }
      previous = session;
    }
    for (Stage stage : definition.stages()) {
      if (inTime.stream().noneMatch(s -> s.stage() == stage)) {
        findings.add(
            PLAN_STAGE_WITHOUT_SESSIONS,
            "/sessions",
            "no planned session in %s, stage %s of %s of protocol %s",
            stage.id(),
            definition.position(stage) + 1,
            definition.stages().size(),
            Findings.protocol(definition));
      }
    }
  }

  /** A treatment of an area: the session and its day, and how many treatments of it so far. */
  private static final class Treated {
    final SessionView session;
    final int count;

    Treated(SessionView session, int count) {
      this.session = session;
      this.count = count;
    }
  }

  private static void spacing(
      TechniqueCatalog techniques, List<SessionView> inTime, Findings findings) {
    Map<String, Treated> last = new HashMap<>();
    for (SessionView session : inTime) {
      Map<String, Treated> treatedNow = new LinkedHashMap<>();
      for (int j = 0; j < session.techniques().size(); j++) {
        TechniqueApplication application = session.techniques().get(j);
        boolean spaced =
            techniques
                .profile(application.technique())
                .dosing()
                .map(Dosing::restDayAfterFirstThenAlternateDays)
                .orElse(false);
        if (!spaced) {
          continue;
        }
        // One finding per application; an area only at its first application in a session.
        boolean reported = false;
        for (Side side : sides(application.target().side())) {
          String area = application.target().muscleId() + "/" + side.id();
          String key = application.technique().id() + " " + area;
          Treated before = last.get(key);
          boolean first = !treatedNow.containsKey(key);
          if (!reported
              && first
              && before != null
              && tooSoon(before.session.day(), session.day())) {
            spacingFinding(findings, session, j, application, area, before);
            reported = true;
          }
          if (first) {
            treatedNow.put(key, new Treated(session, before == null ? 1 : before.count + 1));
          }
        }
      }
      last.putAll(treatedNow);
    }
  }

  private static boolean tooSoon(LocalDate before, LocalDate day) {
    return ChronoUnit.DAYS.between(before, day) < SPACING_DAYS;
  }

  private static void spacingFinding(
      Findings findings,
      SessionView session,
      int index,
      TechniqueApplication application,
      String area,
      Treated before) {
    long days = ChronoUnit.DAYS.between(before.session.day(), session.day());
    boolean afterFirst = before.count == 1;
    findings.add(
        TREATMENT_SPACING,
        session.techniquePath(index),
        "%s in %s: %s the %s treatment of %s (%s on %s); %s",
        application.technique().id(),
        session,
        days == 0 ? "on the same day as" : "1 day after",
        afterFirst ? "first" : "previous",
        area,
        before.session,
        before.session.day(),
        afterFirst
            ? "a rest day must follow the first treatment"
            : "later treatments are on alternate days, at least 2 days apart");
  }

  private static List<Side> sides(Side side) {
    return side == Side.BILATERAL ? List.of(Side.LEFT, Side.RIGHT) : List.of(side);
  }
}
