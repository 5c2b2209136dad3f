package org.nmt.io.json;

import java.util.Optional;
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
    Recent known = new Recent();
    for (int i = 0; i < record.assessments().size(); i++) {
      Refusal refusal = assessment(record.assessments().get(i), catalog, known);
      if (refusal != null) {
        throw refusal.at("/assessments/" + i);
      }
    }
    for (int i = 0; i < record.sessions().size(); i++) {
      Session session = record.sessions().get(i);
      for (int j = 0; j < session.triggerPointExaminations().size(); j++) {
        Refusal refusal =
            location(session.triggerPointExaminations().get(j).location(), catalog, known);
        if (refusal != null) {
          throw refusal.at("/sessions/" + i + "/triggerPointExaminations/" + j + "/location");
        }
      }
      for (int j = 0; j < session.assessments().size(); j++) {
        Refusal refusal = assessment(session.assessments().get(j), catalog, known);
        if (refusal != null) {
          throw refusal.at("/sessions/" + i + "/assessments/" + j);
        }
      }
      for (int j = 0; j < session.techniques().size(); j++) {
        Refusal refusal = location(session.techniques().get(j).target(), catalog, known);
        if (refusal != null) {
          throw refusal.at("/sessions/" + i + "/techniques/" + j + "/target");
        }
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
    Recent known = new Recent();
    for (int i = 0; i < plan.sessions().size(); i++) {
      PlannedSession session = plan.sessions().get(i);
      for (int j = 0; j < session.techniques().size(); j++) {
        Refusal refusal = location(session.techniques().get(j).target(), catalog, known);
        if (refusal != null) {
          throw refusal.at("/sessions/" + i + "/techniques/" + j + "/target");
        }
      }
    }
  }

  /**
   * Why the catalog refuses a muscle, and where below the object that names it: the pointer is
   * spelled out only for a refusal.
   */
  private static final class Refusal {
    final String suffix;
    final String message;

    Refusal(String suffix, String message) {
      this.suffix = suffix;
      this.message = message;
    }

    DocumentException at(String pointer) {
      return DocumentException.at(pointer + suffix, message);
    }
  }

  /** Why {@code catalog} refuses a muscle {@code assessment} names, or null. */
  private static Refusal assessment(Assessment assessment, MuscleCatalog catalog, Recent known) {
    if (assessment instanceof PressurePainThresholdReading) {
      Refusal refusal =
          location(((PressurePainThresholdReading) assessment).location(), catalog, known);
      return refusal == null ? null : new Refusal("/location", refusal.message);
    }
    if (assessment instanceof StrengthGrade) {
      Optional<String> muscle = ((StrengthGrade) assessment).muscleId();
      if (muscle.isPresent()) {
        try {
          catalog.get(muscle.get());
        } catch (RuntimeException e) {
          return refusal("/muscle", e);
        }
      }
    }
    return null;
  }

  /** Why {@code catalog} refuses {@code location}, or null. */
  private static Refusal location(TissueLocation location, MuscleCatalog catalog, Recent known) {
    if (known.contains(location)) {
      return null;
    }
    try {
      catalog.check(location);
      known.add(location);
      return null;
    } catch (RuntimeException e) {
      return refusal("", e);
    }
  }

  /** The domain model's refusal {@code e}, at {@code suffix}; any other exception is rethrown. */
  private static Refusal refusal(String suffix, RuntimeException e) {
    if (Cursor.isRefusal(e)) {
      return new Refusal(suffix, Cursor.message(e));
    }
    throw e;
  }

  /**
   * The last few locations found known, by identity: a record as read holds one instance of each
   * location ({@link SharedLocations}) and names most of them again and again, so a location is
   * mostly checked once.
   */
  private static final class Recent {
    private final TissueLocation[] locations = new TissueLocation[8];
    private int next;

    boolean contains(TissueLocation location) {
      for (TissueLocation known : locations) {
        if (known == location) {
          return true;
        }
      }
      return false;
    }

    void add(TissueLocation location) {
      locations[next] = location;
      next = (next + 1) % locations.length;
    }
  }
}
