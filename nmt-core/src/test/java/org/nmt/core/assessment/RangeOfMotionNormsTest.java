package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Evidence;
import org.nmt.core.reference.Source;

class RangeOfMotionNormsTest {
  /** The ROM table of clinical-reference.md; where it gives a span, the lower bound. */
  private static final List<Object[]> REFERENCE_TABLE =
      List.of(
          row(Joint.CERVICAL, Movement.FLEXION, 50),
          row(Joint.CERVICAL, Movement.EXTENSION, 80),
          row(Joint.CERVICAL, Movement.LATERAL_FLEXION, 45),
          row(Joint.CERVICAL, Movement.ROTATION, 80),
          row(Joint.SHOULDER, Movement.FLEXION, 180),
          row(Joint.SHOULDER, Movement.EXTENSION, 60),
          row(Joint.SHOULDER, Movement.ABDUCTION, 180),
          row(Joint.SHOULDER, Movement.INTERNAL_ROTATION, 70),
          row(Joint.SHOULDER, Movement.EXTERNAL_ROTATION, 90),
          row(Joint.ELBOW, Movement.FLEXION, 150),
          row(Joint.FOREARM, Movement.PRONATION, 80),
          row(Joint.FOREARM, Movement.SUPINATION, 80),
          row(Joint.WRIST, Movement.FLEXION, 80),
          row(Joint.WRIST, Movement.EXTENSION, 70),
          row(Joint.WRIST, Movement.RADIAL_DEVIATION, 20),
          row(Joint.WRIST, Movement.ULNAR_DEVIATION, 30),
          row(Joint.LUMBAR, Movement.FLEXION, 60),
          row(Joint.LUMBAR, Movement.EXTENSION, 25),
          row(Joint.LUMBAR, Movement.LATERAL_FLEXION, 25),
          row(Joint.HIP, Movement.FLEXION, 120),
          row(Joint.HIP, Movement.EXTENSION, 15),
          row(Joint.HIP, Movement.ABDUCTION, 45),
          row(Joint.HIP, Movement.ADDUCTION, 30),
          row(Joint.HIP, Movement.INTERNAL_ROTATION, 45),
          row(Joint.HIP, Movement.EXTERNAL_ROTATION, 45),
          row(Joint.KNEE, Movement.FLEXION, 135),
          row(Joint.ANKLE, Movement.DORSIFLEXION, 20),
          row(Joint.ANKLE, Movement.PLANTARFLEXION, 50),
          row(Joint.ANKLE, Movement.INVERSION, 35),
          row(Joint.ANKLE, Movement.EVERSION, 25));

  private static Object[] row(Joint joint, Movement movement, double degrees) {
    return new Object[] {joint, movement, degrees};
  }

  private static RangeOfMotionNorm norm(Joint joint, Movement movement, double degrees) {
    return RangeOfMotionNorm.builder()
        .joint(joint)
        .movement(movement)
        .degrees(degrees)
        .source(Source.primary("test table"))
        .build();
  }

  @Test
  void theStandardTableHoldsEveryNormOfTheReferenceWithItsValue() {
    RangeOfMotionNorms standard = RangeOfMotionNorms.standard();
    for (Object[] row : REFERENCE_TABLE) {
      Joint joint = (Joint) row[0];
      Movement movement = (Movement) row[1];
      RangeOfMotionNorm norm = standard.get(joint, movement);
      assertEquals(joint, norm.joint(), Arrays.toString(row));
      assertEquals(movement, norm.movement(), Arrays.toString(row));
      assertEquals((double) row[2], norm.degrees(), Arrays.toString(row));
    }
    assertEquals(REFERENCE_TABLE.size(), standard.norms().size());
  }

  @Test
  void everyStandardNormHasASource() {
    for (RangeOfMotionNorm norm : RangeOfMotionNorms.standard().norms()) {
      assertFalse(norm.source().citation().isBlank(), norm.joint() + " " + norm.movement());
    }
  }

  @Test
  void lumbarNormsAreUnconfirmedAndTheOthersAreNot() {
    for (RangeOfMotionNorm norm : RangeOfMotionNorms.standard().norms()) {
      assertEquals(
          norm.joint() == Joint.LUMBAR,
          norm.source().evidence() == Evidence.UNCONFIRMED,
          norm.joint() + " " + norm.movement());
    }
  }

  @Test
  void theAlternativeFiguresOfTheReferenceAreCited() {
    RangeOfMotionNorms standard = RangeOfMotionNorms.standard();
    assertTrue(standard.get(Joint.CERVICAL, Movement.EXTENSION).source().citation().contains("75"));
    assertTrue(standard.get(Joint.KNEE, Movement.FLEXION).source().citation().contains("130"));
    assertTrue(standard.get(Joint.HIP, Movement.FLEXION).source().citation().contains("125"));
    assertTrue(standard.get(Joint.HIP, Movement.EXTENSION).source().citation().contains("30"));
  }

  @Test
  void standardIsOneTable() {
    assertSame(RangeOfMotionNorms.standard(), RangeOfMotionNorms.standard());
  }

  @Test
  void getNamesTheMissingPair() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RangeOfMotionNorms.standard().get(Joint.KNEE, Movement.EXTENSION));
    assertEquals("no range of motion norm for knee extension", e.getMessage());
  }

  @Test
  void findIsEmptyForAMissingPair() {
    assertEquals(
        Optional.empty(), RangeOfMotionNorms.standard().find(Joint.ELBOW, Movement.ROTATION));
    assertEquals(
        50.0,
        RangeOfMotionNorms.standard()
            .find(Joint.CERVICAL, Movement.FLEXION)
            .orElseThrow()
            .degrees());
  }

  @Test
  void ofBuildsACustomTableInOrder() {
    RangeOfMotionNorm knee = norm(Joint.KNEE, Movement.FLEXION, 130);
    RangeOfMotionNorm cervical = norm(Joint.CERVICAL, Movement.EXTENSION, 75);
    RangeOfMotionNorms table = RangeOfMotionNorms.of(List.of(knee, cervical));
    assertEquals(List.of(knee, cervical), table.norms());
    assertEquals(130.0, table.get(Joint.KNEE, Movement.FLEXION).degrees());
    assertEquals(Optional.empty(), table.find(Joint.CERVICAL, Movement.FLEXION));
  }

  @Test
  void ofRejectsADuplicatePair() {
    List<RangeOfMotionNorm> norms =
        List.of(
            norm(Joint.CERVICAL, Movement.FLEXION, 50),
            norm(Joint.KNEE, Movement.FLEXION, 135),
            norm(Joint.CERVICAL, Movement.FLEXION, 45));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RangeOfMotionNorms.of(norms));
    assertEquals("duplicate norm for cervical flexion", e.getMessage());
  }

  @Test
  void ofRejectsANullNorm() {
    List<RangeOfMotionNorm> norms = Arrays.asList(norm(Joint.KNEE, Movement.FLEXION, 135), null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> RangeOfMotionNorms.of(norms));
    assertEquals("norm", e.getMessage());
  }

  @Test
  void aNormMustBePositiveAndAtMost360Degrees() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> norm(Joint.KNEE, Movement.FLEXION, 0));
    assertEquals("norm of knee flexion must be within (0, 360] degrees: 0.0", zero.getMessage());
    IllegalArgumentException tooLarge =
        assertThrows(
            IllegalArgumentException.class, () -> norm(Joint.SHOULDER, Movement.ABDUCTION, 360.5));
    assertEquals(
        "norm of shoulder abduction must be within (0, 360] degrees: 360.5", tooLarge.getMessage());
    assertEquals(360.0, norm(Joint.SHOULDER, Movement.ABDUCTION, 360).degrees());
  }

  @Test
  void percentOfDividesByTheNorm() {
    assertEquals(75.0, norm(Joint.CERVICAL, Movement.ROTATION, 80).percentOf(60));
    assertEquals(0.0, norm(Joint.CERVICAL, Movement.ROTATION, 80).percentOf(0));
  }
}
