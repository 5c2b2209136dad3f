package org.nmt.io.json;

import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Checks every muscle and trigger point site a decoded record or plan names against a muscle
 * catalog, reporting the first unknown one at its JSON Pointer.
 */
final class CatalogCheck {
  private CatalogCheck() {}

  static void check(ClientRecord record, MuscleCatalog catalog) {
    for (int i = 0; i < record.assessments().size(); i++) {
      assessment(record.assessments().get(i), "/assessments/" + i, catalog);
    }
    for (int i = 0; i < record.sessions().size(); i++) {
      Session session = record.sessions().get(i);
      String at = "/sessions/" + i;
      for (int j = 0; j < session.triggerPointExaminations().size(); j++) {
        location(
            session.triggerPointExaminations().get(j).location(),
            at + "/triggerPointExaminations/" + j + "/location",
            catalog);
      }
      for (int j = 0; j < session.assessments().size(); j++) {
        assessment(session.assessments().get(j), at + "/assessments/" + j, catalog);
      }
      for (int j = 0; j < session.techniques().size(); j++) {
        location(
            session.techniques().get(j).target(), at + "/techniques/" + j + "/target", catalog);
      }
    }
  }

  /** {@code record}, once every muscle it names is checked. */
  static ClientRecord checked(ClientRecord record, MuscleCatalog catalog) {
    check(record, catalog);
    return record;
  }

  /** {@code plan}, once every muscle it names is checked. */
  static TreatmentPlan checked(TreatmentPlan plan, MuscleCatalog catalog) {
    check(plan, catalog);
    return plan;
  }

  static void check(TreatmentPlan plan, MuscleCatalog catalog) {
    for (int i = 0; i < plan.sessions().size(); i++) {
      PlannedSession session = plan.sessions().get(i);
      for (int j = 0; j < session.techniques().size(); j++) {
        location(
            session.techniques().get(j).target(),
            "/sessions/" + i + "/techniques/" + j + "/target",
            catalog);
      }
    }
  }

  private static void assessment(Assessment assessment, String at, MuscleCatalog catalog) {
    if (assessment instanceof PressurePainThresholdReading) {
      location(((PressurePainThresholdReading) assessment).location(), at + "/location", catalog);
    } else if (assessment instanceof StrengthGrade) {
      ((StrengthGrade) assessment)
          .muscleId()
          .ifPresent(id -> In.domain(at + "/muscle", () -> catalog.get(id)));
    }
  }

  private static void location(TissueLocation location, String at, MuscleCatalog catalog) {
    In.domain(at, () -> catalog.check(location));
  }
}
