package org.nmt.io.json;

import java.time.DateTimeException;
import java.util.function.Supplier;
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
      int assessment = i;
      assessment(record.assessments().get(i), () -> "/assessments/" + assessment, catalog);
    }
    for (int i = 0; i < record.sessions().size(); i++) {
      Session session = record.sessions().get(i);
      int number = i;
      Supplier<String> at = () -> "/sessions/" + number;
      for (int j = 0; j < session.triggerPointExaminations().size(); j++) {
        int examination = j;
        location(
            session.triggerPointExaminations().get(j).location(),
            () -> at.get() + "/triggerPointExaminations/" + examination + "/location",
            catalog);
      }
      for (int j = 0; j < session.assessments().size(); j++) {
        int assessment = j;
        assessment(
            session.assessments().get(j), () -> at.get() + "/assessments/" + assessment, catalog);
      }
      for (int j = 0; j < session.techniques().size(); j++) {
        int technique = j;
        location(
            session.techniques().get(j).target(),
            () -> at.get() + "/techniques/" + technique + "/target",
            catalog);
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
      int planned = i;
      for (int j = 0; j < session.techniques().size(); j++) {
        int technique = j;
        location(
            session.techniques().get(j).target(),
            () -> "/sessions/" + planned + "/techniques/" + technique + "/target",
            catalog);
      }
    }
  }

  private static void assessment(
      Assessment assessment, Supplier<String> at, MuscleCatalog catalog) {
    if (assessment instanceof PressurePainThresholdReading) {
      location(
          ((PressurePainThresholdReading) assessment).location(),
          () -> at.get() + "/location",
          catalog);
    } else if (assessment instanceof StrengthGrade) {
      ((StrengthGrade) assessment)
          .muscleId()
          .ifPresent(id -> domain(() -> at.get() + "/muscle", () -> catalog.get(id)));
    }
  }

  private static void location(
      TissueLocation location, Supplier<String> at, MuscleCatalog catalog) {
    domain(at, () -> catalog.check(location));
  }

  /**
   * Runs {@code check}, turning the domain model's refusal into a {@link DocumentException} at the
   * pointer {@code at} gives: spelled out only then.
   */
  private static void domain(Supplier<String> at, Runnable check) {
    try {
      check.run();
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | DateTimeException
        | ArithmeticException e) {
      throw DocumentException.at(at.get(), Cursor.message(e));
    }
  }
}
