package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.id.ClientId;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.style.NmtStyle;

/**
 * A client's progress, derived from a {@link ClientRecord} without changing it: the pain trajectory
 * and the relief within sessions, the trigger point inventory, and the series of pressure pain
 * thresholds, ranges of motion, side-to-side differences, strength grades, endurance results and
 * questionnaire scores.
 *
 * <p>The report is a pure function of the record and the reference tables: it reads no clock, and
 * deriving it twice gives equal reports. Every figure carries its provenance: a {@link DataPoint}
 * names its session and assessment, a {@link Series}' change comes from its baseline and latest
 * points. Keyed parts iterate in the order of their keys (locations by muscle id, side and site).
 * Points at the same time keep a fixed order: session-level values (pain asked at a session's
 * start, thresholds from trigger point examinations) before assessments, assessments in the order
 * of {@link ClientRecord#allAssessments()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class ProgressReport {
  ProgressReport() {}

  /** The client. */
  public abstract ClientId clientId();

  /**
   * The pain trajectory on the NPRS: every rating of pain now on the NPRS, in or outside a session,
   * and the pain asked at the start of each session (at the session's start), in time order, judged
   * by the catalog's NPRS entry. The baseline is the first point and the latest the last; the
   * reduction in pain is {@code change().improvement()}, in percent {@code
   * change().percentImprovement()}.
   */
  public abstract Series pain();

  /** The relief within each session that recorded pain both before and after, in session order. */
  public abstract ImmutableList<SessionRelief> painRelief();

  /** The trigger point inventory: every examined site with its history, by location. */
  public abstract ImmutableMap<TissueLocation, TriggerPointHistory> triggerPoints();

  /**
   * The pressure pain threshold in kg/cm² at each site, from threshold readings and from trigger
   * point examinations that measured one, judged against the catalog's MDC, by location.
   */
  public abstract ImmutableMap<TissueLocation, Series> pressurePainThresholds();

  /** The range of motion of each movement, side and mode, in degrees and percent of norm. */
  public abstract ImmutableMap<RangeOfMotionKey, RangeOfMotionProgress> rangeOfMotion();

  /**
   * The left-right differences of each movement and mode, in time order. A left and a right
   * measurement are compared when they were taken on the same occasion: in the same session, or
   * both outside sessions on the same UTC day; on an occasion with several measurements of a side,
   * the first left is compared with the first right, the second with the second, and so on.
   */
  public abstract ImmutableListMultimap<MotionKey, SideToSideDifference> sideToSide();

  /** The MRC grades of each muscle or movement and side, judged by the catalog's MRC entry. */
  public abstract ImmutableMap<StrengthKey, Series> strength();

  /**
   * The results of each endurance test and side, judged by the catalog's entry for the test's
   * measure where the test reports one.
   */
  public abstract ImmutableMap<EnduranceKey, Series> endurance();

  /** The scores of each questionnaire, judged by the catalog's entry for its measure. */
  public abstract ImmutableMap<Questionnaire, Series> questionnaires();

  /** The sites whose current state is {@code state}, in location order. */
  public ImmutableList<TissueLocation> triggerPointsIn(TriggerPointState state) {
    checkNotNull(state, "state");
    return triggerPoints().values().stream()
        .filter(h -> h.current() == state)
        .map(TriggerPointHistory::location)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The progress of {@code record}, judged by the standard outcome measure catalog and range of
   * motion norms.
   */
  public static ProgressReport of(ClientRecord record) {
    return of(record, OutcomeMeasureCatalog.standard(), RangeOfMotionNorms.standard());
  }

  /** The progress of {@code record}, judged by {@code catalog} and {@code norms}. */
  public static ProgressReport of(
      ClientRecord record, OutcomeMeasureCatalog catalog, RangeOfMotionNorms norms) {
    checkNotNull(record, "record");
    checkNotNull(catalog, "catalog");
    checkNotNull(norms, "norms");
    return Derivation.derive(record, catalog, norms);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableProgressReport.Builder {}

  @Value.Check
  void check() {
    for (Map.Entry<TissueLocation, TriggerPointHistory> entry : triggerPoints().entrySet()) {
      checkArgument(
          entry.getKey().equals(entry.getValue().location()),
          "triggerPoints: the history under %s is of %s",
          entry.getKey(),
          entry.getValue().location());
    }
  }
}
