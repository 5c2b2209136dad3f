package org.nmt.protocol.validation;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.nmt.protocol.validation.FindingCode.ATYPICAL_DURATION;
import static org.nmt.protocol.validation.FindingCode.AVOIDED_AREA_TREATED;
import static org.nmt.protocol.validation.FindingCode.CLEARANCE_MISSING;
import static org.nmt.protocol.validation.FindingCode.DEEP_PRESSURE_DESPITE_PRECAUTION;
import static org.nmt.protocol.validation.FindingCode.HOLD_EXCEEDS_REFERENCE;
import static org.nmt.protocol.validation.FindingCode.SESSIONS_OUT_OF_ORDER;
import static org.nmt.protocol.validation.FindingCode.SESSIONS_OVERLAP;
import static org.nmt.protocol.validation.FindingCode.SESSION_BEFORE_INTAKE;
import static org.nmt.protocol.validation.FindingCode.SESSION_DESPITE_POSTPONE;
import static org.nmt.protocol.validation.FindingCode.STAGE_NOT_IN_PROTOCOL;
import static org.nmt.protocol.validation.FindingCode.TECHNIQUE_OUTSIDE_STAGE;
import static org.nmt.protocol.validation.FindingCode.UNKNOWN_MUSCLE;
import static org.nmt.protocol.validation.FindingCode.UNKNOWN_TRIGGER_POINT_SITE;
import static org.nmt.protocol.validation.FindingCode.WRONG_SIDE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Dosing;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.technique.TechniqueProfile;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * The rules recorded and planned sessions share, each implemented once: the session's stage, date
 * and duration, the intake's screening, the techniques' stages, pressure, area and hold, the
 * anatomy of every location, and the timing of sessions against each other.
 */
final class SessionRules {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final ProtocolDefinition definition;
  private final Intake intake;
  private final MuscleCatalog muscles;
  private final TechniqueCatalog techniques;
  private final Findings findings;

  SessionRules(
      ProtocolDefinition definition,
      Intake intake,
      MuscleCatalog muscles,
      TechniqueCatalog techniques,
      Findings findings) {
    this.definition = checkNotNull(definition, "definition");
    this.intake = intake;
    this.muscles = checkNotNull(muscles, "muscles");
    this.techniques = checkNotNull(techniques, "techniques");
    this.findings = findings;
  }

  /** Checks {@code session} on its own and each of its techniques. */
  void check(SessionView session) {
    if (!definition.includes(session.stage())) {
      findings.add(
          STAGE_NOT_IN_PROTOCOL,
          session.path(),
          "%s is in %s, not a stage of protocol %s",
          session,
          session.stage().id(),
          Findings.protocol(definition));
    }
    if (session.day().isBefore(intake.takenOn())) {
      findings.add(
          SESSION_BEFORE_INTAKE,
          session.path(),
          "%s on %s is before the intake on %s",
          session,
          session.day(),
          intake.takenOn());
    }
    if (session.duration().compareTo(Session.TYPICAL_MINIMUM) < 0
        || session.duration().compareTo(Session.TYPICAL_MAXIMUM) > 0) {
      findings.add(
          ATYPICAL_DURATION,
          session.path(),
          "%s lasts %s, outside the typical %s to %s",
          session,
          Findings.minutes(session.duration()),
          Session.TYPICAL_MINIMUM.toMinutes(),
          Findings.minutes(Session.TYPICAL_MAXIMUM));
    }
    String postpone = screening(ScreeningCategory.POSTPONE, session, f -> true);
    if (!postpone.isEmpty()) {
      findings.add(
          SESSION_DESPITE_POSTPONE,
          session.path(),
          "%s on %s despite a condition that postpones the session: %s",
          session,
          session.day(),
          postpone);
    }
    for (int j = 0; j < session.techniques().size(); j++) {
      technique(session, j);
    }
  }

  private void technique(SessionView session, int index) {
    TechniqueApplication application = session.techniques().get(index);
    // path and description are built only for a finding: most techniques have none
    Supplier<String> path = () -> session.techniquePath(index);
    Supplier<String> what =
        () ->
            application.technique().id() + " on " + application.target() + " in " + session.label();
    Optional<Muscle> muscle = location(path, what, application.target());
    TechniqueProfile profile = techniques.profile(application.technique());
    if (!profile.serves(session.stage())) {
      findings.add(
          TECHNIQUE_OUTSIDE_STAGE,
          path.get(),
          "%s: the technique serves %s, not %s",
          what.get(),
          profile.stages().stream().sorted().map(Stage::id).collect(Collectors.joining(", ")),
          session.stage().id());
    }
    if (profile.deepPressure() || application.pressure().isDeep()) {
      String precautions = screening(ScreeningCategory.NO_DEEP_PRESSURE, session, f -> true);
      if (!precautions.isEmpty()) {
        findings.add(
            DEEP_PRESSURE_DESPITE_PRECAUTION,
            path.get(),
            "%s: %s despite a no-deep-pressure precaution on %s: %s",
            what.get(),
            profile.deepPressure()
                ? "a deep-pressure technique (" + application.pressure().id() + " pressure)"
                : application.pressure().id() + " pressure",
            session.day(),
            precautions);
      }
    }
    if (muscle.isPresent()) {
      Muscle treated = muscle.get();
      Side side = application.target().side();
      String avoided =
          screening(
              ScreeningCategory.AVOID_LOCAL_AREA,
              session,
              f -> f.region().get() == treated.region() && overlap(f.side().get(), side));
      if (!avoided.isEmpty()) {
        findings.add(
            AVOIDED_AREA_TREATED,
            path.get(),
            "%s: treats the %s, marked to avoid on %s: %s",
            what.get(),
            treated.region().id(),
            session.day(),
            avoided);
      }
    }
    // the reference is looked up only for a technique held for a time
    Optional<Duration> hold = application.holdTime();
    if (hold.isPresent()) {
      Optional<Duration> maximum = profile.dosing().flatMap(Dosing::maximumHold);
      if (maximum.isPresent() && hold.get().compareTo(maximum.get()) > 0) {
        findings.add(
            HOLD_EXCEEDS_REFERENCE,
            path.get(),
            "%s: held %s, longer than the reference maximum of %s",
            what.get(),
            Findings.seconds(hold.get()),
            Findings.seconds(maximum.get()));
      }
    }
  }

  /**
   * Whether an area to avoid on side {@code avoid} and a treatment on side {@code treated} meet: a
   * side covers itself, bilateral covers left and right, and the midline (a surgical scar on the
   * spine) meets every side of its region, as every side meets it.
   */
  private static boolean overlap(Side avoid, Side treated) {
    return avoid == Side.MIDLINE
        || treated == Side.MIDLINE
        || avoid.covers(treated)
        || treated.covers(avoid);
  }

  /**
   * The screening findings of {@code category} that apply on the day of {@code session} and match
   * {@code which}, as {@code "fever at /intake/screening/0, ..."}; empty when none. The day is made
   * only for a finding of the category: most intakes have none.
   */
  private String screening(
      ScreeningCategory category, SessionView session, Predicate<ScreeningFinding> which) {
    List<String> items = new ArrayList<>();
    for (int k = 0; k < intake.screening().size(); k++) {
      ScreeningFinding finding = intake.screening().get(k);
      if (finding.category() == category
          && finding.appliesOn(session.day())
          && which.test(finding)) {
        items.add(describe(finding) + " at " + screeningPath(k));
      }
    }
    return String.join(", ", items);
  }

  private static String describe(ScreeningFinding finding) {
    return finding.item().id()
        + (finding.region().isPresent()
            ? " (" + finding.region().get().id() + ", " + finding.side().get().id() + ")"
            : "");
  }

  private static String screeningPath(int index) {
    return "/intake/screening/" + index;
  }

  /**
   * Reports each item that needs clearance and was not cleared by the day of a session, once, at
   * the item, naming the first such session of {@code sessions} (in time order).
   */
  void clearance(List<SessionView> sessions) {
    for (int k = 0; k < intake.screening().size(); k++) {
      ScreeningFinding finding = intake.screening().get(k);
      if (finding.category() != ScreeningCategory.NEEDS_CLEARANCE) {
        continue;
      }
      List<SessionView> uncleared =
          sessions.stream()
              .filter(s -> finding.appliesOn(s.day()) && !finding.isClearedOn(s.day()))
              .collect(Collectors.toList());
      if (!uncleared.isEmpty()) {
        SessionView first = uncleared.get(0);
        int later = uncleared.size() - 1;
        findings.add(
            CLEARANCE_MISSING,
            screeningPath(k),
            "%s needs clearance, not given by the day of %s on %s%s",
            finding.item().id(),
            first,
            first.day(),
            later == 0
                ? ""
                : " and " + later + (later == 1 ? " later session" : " later sessions"));
      }
    }
  }

  /**
   * Reports sessions listed before an earlier one ({@code written} is in document order), and every
   * pair of overlapping sessions, at the later one.
   */
  void timing(List<SessionView> written) {
    for (int i = 1; i < written.size(); i++) {
      SessionView previous = written.get(i - 1);
      SessionView session = written.get(i);
      if (session.startsBefore(previous)) {
        findings.add(
            SESSIONS_OUT_OF_ORDER,
            session.path(),
            "%s starts at %s, before %s at %s listed above it",
            session,
            session.start(),
            previous,
            previous.start());
      }
    }
    List<SessionView> inTime = SessionView.inTimeOrder(written);
    for (int i = 0; i < inTime.size(); i++) {
      SessionView earlier = inTime.get(i);
      for (int j = i + 1; j < inTime.size() && inTime.get(j).startsBeforeEndOf(earlier); j++) {
        SessionView later = inTime.get(j);
        if (later.overlaps(earlier)) {
          findings.add(
              SESSIONS_OVERLAP,
              later.path(),
              "%s (%s to %s) overlaps %s (%s to %s)",
              later,
              later.start(),
              later.end(),
              earlier,
              earlier.start(),
              earlier.end());
        }
      }
    }
  }

  /**
   * Whether {@code location} passes every check of {@link #location(Supplier, Supplier,
   * TissueLocation)}, which then adds no finding: the test a caller makes before it builds the path
   * and description a finding needs.
   */
  boolean fits(TissueLocation location) {
    return fits(location.muscleId(), location.side(), location.siteId());
  }

  /** As {@link #fits(TissueLocation)}, for a muscle id, side and site id. */
  boolean fits(String muscleId, Side side, Optional<String> siteId) {
    Optional<Muscle> found = muscles.find(muscleId);
    if (found.isEmpty()) {
      return false;
    }
    Muscle muscle = found.get();
    return (siteId.isEmpty() || muscle.site(siteId.get()).isPresent())
        && muscle.paired() != (side == Side.MIDLINE);
  }

  /**
   * Checks {@code location} against the muscle catalog: the muscle, the site, the side. Returns the
   * muscle when the catalog has it.
   */
  Optional<Muscle> location(Supplier<String> path, Supplier<String> what, TissueLocation location) {
    return location(path, what, location.muscleId(), location.side(), location.siteId());
  }

  /** As {@link #location(Supplier, Supplier, TissueLocation)}, for a muscle id and side. */
  Optional<Muscle> location(
      Supplier<String> path,
      Supplier<String> what,
      String muscleId,
      Side side,
      Optional<String> siteId) {
    Optional<Muscle> found = muscles.find(muscleId);
    if (found.isEmpty()) {
      findings.add(
          UNKNOWN_MUSCLE,
          path.get(),
          "%s: muscle %s is not in catalog %s %s",
          what.get(),
          SLUG.matcher(muscleId).matches() && muscleId.length() <= 64
              ? "'" + muscleId + "'"
              : "with an id that is not a lower-kebab slug",
          muscles.name(),
          muscles.version());
      return found;
    }
    Muscle muscle = found.get();
    if (siteId.isPresent() && muscle.site(siteId.get()).isEmpty()) {
      findings.add(
          UNKNOWN_TRIGGER_POINT_SITE,
          path.get(),
          "%s: muscle '%s' has no trigger point site '%s' in catalog %s %s",
          what.get(),
          muscle.id(),
          siteId.get(),
          muscles.name(),
          muscles.version());
    }
    if (muscle.paired() == (side == Side.MIDLINE)) {
      findings.add(
          WRONG_SIDE,
          path.get(),
          muscle.paired()
              ? "%s: side %s does not fit paired muscle '%s' (left, right or bilateral)"
              : "%s: side %s does not fit unpaired muscle '%s' (midline)",
          what.get(),
          side.id(),
          muscle.id());
    }
    return found;
  }
}
