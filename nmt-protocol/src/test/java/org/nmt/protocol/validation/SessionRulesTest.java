package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.protocol.definition.Protocols;

class SessionRulesTest {
  private static final MuscleCatalog MUSCLES = MuscleCatalog.standard();

  /** Every muscle id of the catalog and two it does not have. */
  private static final List<String> MUSCLE_IDS = muscleIds();

  /** Every site id of the catalog and one no muscle has. */
  private static final List<String> SITE_IDS = siteIds();

  private static List<String> muscleIds() {
    List<String> ids = new ArrayList<>();
    MUSCLES.muscles().forEach(m -> ids.add(m.id()));
    ids.add("no-such-muscle");
    ids.add("Not A Slug");
    return ids;
  }

  private static List<String> siteIds() {
    List<String> ids = new ArrayList<>();
    for (Muscle muscle : MUSCLES.muscles()) {
      for (TriggerPointSite site : muscle.triggerPointSites()) {
        ids.add(site.id());
      }
    }
    ids.add("no-such-site");
    return ids;
  }

  @Test
  void aLocationFitsExactlyWhenItsCheckAddsNoFinding() {
    Side[] sides = Side.values();
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            integers().between(0, MUSCLE_IDS.size() - 1),
            integers().between(0, sides.length - 1),
            integers().between(0, 2),
            integers().between(0, SITE_IDS.size() - 1))
        .check(
            (muscle, side, kind, site) -> {
              Findings findings = new Findings();
              SessionRules rules = rules(findings);
              Optional<String> siteId = siteId(MUSCLE_IDS.get(muscle), kind, site);
              boolean fits = rules.fits(MUSCLE_IDS.get(muscle), sides[side], siteId);
              rules.location(
                  () -> "/sessions/0",
                  () -> "a location",
                  MUSCLE_IDS.get(muscle),
                  sides[side],
                  siteId);
              return fits == findings.sorted().isEmpty();
            });
  }

  /** The rules of the seed protocol over the test catalog, adding to {@code findings}. */
  private static SessionRules rules(Findings findings) {
    return new SessionRules(
        Protocols.seeds(), Fixtures.cleanIntake(), MUSCLES, TechniqueCatalog.standard(), findings);
  }

  /**
   * No site for {@code kind} 0, the muscle's own first site (when it has one) for 1, otherwise site
   * {@code site} of the catalog, most often another muscle's: fitting and unfitting cases both
   * occur often.
   */
  private static Optional<String> siteId(String muscleId, int kind, int site) {
    if (kind == 0) {
      return Optional.empty();
    }
    Optional<Muscle> muscle = MUSCLES.find(muscleId);
    if (kind == 1 && muscle.isPresent() && !muscle.get().triggerPointSites().isEmpty()) {
      return Optional.of(muscle.get().triggerPointSites().get(0).id());
    }
    return Optional.of(SITE_IDS.get(site));
  }

  @Test
  void aKnownMuscleOnAFittingSideFits() {
    Findings findings = new Findings();
    SessionRules rules = rules(findings);
    Muscle paired = MUSCLES.muscles().stream().filter(Muscle::paired).findFirst().orElseThrow();
    assertEquals(true, rules.fits(paired.id(), Side.LEFT, Optional.empty()));
    assertEquals(false, rules.fits(paired.id(), Side.MIDLINE, Optional.empty()));
    assertEquals(false, rules.fits("no-such-muscle", Side.LEFT, Optional.empty()));
  }
}
