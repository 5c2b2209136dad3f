package org.nmt.io.schema;

import java.time.Duration;
import java.util.List;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.id.PlanId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.reference.Source;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
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
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * A treatment plan, a protocol definition and a muscle catalog that each set every optional field
 * of their format, so that written, they cover every field of their schema. Not clinically
 * meaningful: the values only exercise the formats.
 */
final class FullDocuments {
  private FullDocuments() {}

  /**
   * The full record's client and intake with two planned sessions, the second before the first and
   * with a technique that sets every field.
   */
  static TreatmentPlan plan() {
    ClientRecord record = FullRecord.create();
    return TreatmentPlan.builder()
        .id(PlanId.of("full-001-plan"))
        .client(record.client())
        .intake(record.intake())
        .addSessions(
            PlannedSession.builder()
                .start(FullRecord.START.plus(Duration.ofDays(7)))
                .duration(Duration.ofMinutes(45))
                .stage(Stage.STRUCTURAL_CORRECTION)
                .build())
        .addSessions(
            PlannedSession.of(
                FullRecord.START,
                Duration.ofMinutes(60),
                Stage.PAIN_ELIMINATION,
                TechniqueApplication.builder()
                    .technique(Technique.ISCHEMIC_COMPRESSION)
                    .target(TissueLocation.of("gastrocnemius", Side.RIGHT, "medial-head"))
                    .pressure(PressureLevel.FIRM)
                    .holdTime(Duration.ofSeconds(90))
                    .repetitions(3)
                    .reportedIntensity(6)
                    .build(),
                TechniqueApplication.builder()
                    .technique(Technique.MYOFASCIAL_RELEASE)
                    .target(TissueLocation.of("soleus", Side.LEFT))
                    .build()))
        .build();
  }

  /** Two stages in the St. John order, all ten criteria with every parameter, both rules. */
  static ProtocolDefinition definition() {
    return ProtocolDefinition.builder()
        .name("full-protocol")
        .version("1.2.3")
        .addStages(Stage.PAIN_ELIMINATION, Stage.FLEXIBILITY)
        .addGates(
            Gate.of(
                Stage.PAIN_ELIMINATION,
                MinimumSessions.of(3),
                NoActiveTriggerPoints.of(),
                PainControlled.of(3, 2),
                PressurePainThresholdImproved.of(0.62),
                NoPainFlare.of(2),
                TherapistSignOff.of()),
            Gate.of(
                Stage.FLEXIBILITY,
                StructureCorrected.of(5),
                RangeOfMotionRestored.builder()
                    .addJoints(Joint.KNEE, Joint.HIP)
                    .percentOfNorm(90)
                    .sideDifferencePercent(10)
                    .build(),
                StrengthRestored.builder()
                    .grade(4)
                    .addMuscles("vastus-medialis", "gluteus-medius")
                    .build(),
                EnduranceReached.builder()
                    .putTarget(EnduranceTestKind.BIERING_SORENSEN, 176.0)
                    .putTarget(EnduranceTestKind.DEEP_NECK_FLEXOR, 39.0)
                    .putTarget(EnduranceTestKind.SIDE_PLANK, 60.0)
                    .putTarget(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE, 25.0)
                    .putTarget(EnduranceTestKind.OTHER_HOLD, 120.0)
                    .putTarget(EnduranceTestKind.OTHER_REPETITIONS, 30.0)
                    .build()))
        .addRegressionRules(
            PainFlareRegression.of(2, Stage.PAIN_ELIMINATION),
            ActiveTriggerPointRegression.of(Stage.PAIN_ELIMINATION))
        .build();
  }

  /** A muscle with two trigger point sites, an unpaired muscle without innervation, a fascia. */
  static MuscleCatalog catalog() {
    return MuscleCatalog.of(
        "full-catalog",
        "1.0.1",
        List.of(
            Muscle.builder()
                .id("upper-trapezius")
                .name("Upper trapezius")
                .region(BodyRegion.NECK)
                .group(FunctionalGroup.NECK)
                .innervation("accessory nerve")
                .addTriggerPointSites(
                    TriggerPointSite.builder()
                        .id("upper-fibres")
                        .description("Free text of a site description.")
                        .addReferralZones("temple", "angle of the jaw")
                        .source(Source.secondary("Free text of a citation."))
                        .build(),
                    TriggerPointSite.builder()
                        .id("lateral-fibres")
                        .description("Free text of another site description.")
                        .addReferralZones("behind the ear")
                        .source(Source.unconfirmed("Free text of another citation."))
                        .build())
                .source(Source.primary("Free text of a muscle's citation."))
                .build(),
            Muscle.builder()
                .id("diaphragm")
                .name("Diaphragm")
                .region(BodyRegion.ABDOMEN)
                .group(FunctionalGroup.ABDOMINALS)
                .paired(false)
                .source(Source.secondary("Free text of a citation."))
                .build(),
            Muscle.builder()
                .id("it-band")
                .name("Iliotibial band")
                .tissue(TissueKind.FASCIA)
                .region(BodyRegion.THIGH)
                .group(FunctionalGroup.LATERAL_HIP)
                .source(Source.secondary("Free text of a citation."))
                .build()));
  }
}
