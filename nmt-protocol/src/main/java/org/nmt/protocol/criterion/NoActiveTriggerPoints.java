package org.nmt.protocol.criterion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.id.SessionId;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.style.NmtStyle;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;

/**
 * No active trigger point in the treated muscles at the latest examination: for every muscle
 * treated so far, the latest examination of each of its examined sites is not active (2018 Delphi
 * classification). A treated muscle never examined, or no examination within the stage, leaves the
 * criterion not assessable. Muscles are told apart by side; a bilateral treatment or examination
 * counts for the left and the right side.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract non-sealed class NoActiveTriggerPoints implements Criterion {
  NoActiveTriggerPoints() {}

  /** The stable id. */
  public static final String ID = "no-active-trigger-points";

  /** The criterion. */
  public static NoActiveTriggerPoints of() {
    return ImmutableNoActiveTriggerPoints.of();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "no active trigger point in a treated muscle at its latest examination";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Set<String> treated = new TreeSet<>();
    Map<TissueLocation, SessionId> latestSession = new LinkedHashMap<>();
    Map<TissueLocation, TriggerPointExamination> latest = new LinkedHashMap<>();
    boolean examinedInStage = false;
    for (Session session : context.sessions()) {
      for (TechniqueApplication application : session.techniques()) {
        for (TissueLocation side : application.target().perSide()) {
          treated.add(side.muscleId() + "/" + side.side().id());
        }
      }
      for (TriggerPointExamination exam : session.triggerPointExaminations()) {
        for (TissueLocation side : exam.location().perSide()) {
          latest.put(side, exam);
          latestSession.put(side, session.id());
        }
        examinedInStage |= context.inStage(session.start());
      }
    }
    if (treated.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no muscle treated").build();
    }
    if (!examinedInStage) {
      return result(Outcome.NOT_ASSESSABLE, "no trigger point examination in the stage").build();
    }
    Set<String> examined =
        latest.keySet().stream()
            .map(l -> l.muscleId() + "/" + l.side().id())
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> unexamined =
        treated.stream().filter(t -> !examined.contains(t)).collect(Collectors.toList());
    List<TissueLocation> active =
        latest.entrySet().stream()
            .filter(e -> treated.contains(e.getKey().muscleId() + "/" + e.getKey().side().id()))
            .filter(e -> e.getValue().status() == TriggerPointStatus.ACTIVE)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    if (!active.isEmpty()) {
      CriterionResult.Builder notMet =
          result(
              Outcome.NOT_MET,
              active.size()
                  + " active: "
                  + active.stream()
                      .map(TissueLocation::toString)
                      .collect(Collectors.joining(", ")));
      inTimeOrder(context, active.stream().map(latestSession::get)).forEach(notMet::addSessions);
      return notMet.build();
    }
    if (!unexamined.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "treated but never examined: " + unexamined).build();
    }
    CriterionResult.Builder met =
        result(Outcome.MET, latest.size() + " examined sites, none active");
    inTimeOrder(context, latestSession.values().stream()).forEach(met::addSessions);
    return met.build();
  }

  /** The distinct sessions of {@code ids}, in the order of the record. */
  private static java.util.stream.Stream<SessionId> inTimeOrder(
      StageContext context, java.util.stream.Stream<SessionId> ids) {
    Set<SessionId> wanted = ids.collect(Collectors.toSet());
    return context.sessions().stream().map(Session::id).filter(wanted::contains);
  }
}
