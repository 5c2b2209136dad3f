package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Evidence;

class PosturalDeviationTest {
  private static NormalRange range(PosturalDeviation deviation) {
    return deviation.normalRange().orElseThrow();
  }

  @Test
  void forwardHeadIsNormalFrom50DegreesByAnUnconfirmedConvention() {
    PosturalDeviation forwardHead = PosturalDeviation.FORWARD_HEAD;
    assertEquals(Plane.SAGITTAL, forwardHead.plane());
    assertEquals(PosturalUnit.DEGREES, forwardHead.unit());
    assertEquals(NormalRange.atLeast(50), range(forwardHead));
    assertTrue(range(forwardHead).contains(50));
    assertTrue(range(forwardHead).contains(50.6));
    assertFalse(range(forwardHead).contains(43.9));
    assertEquals(Evidence.UNCONFIRMED, forwardHead.source().orElseThrow().evidence());
  }

  @Test
  void thoracicKyphosisIsNormalFrom20To45Degrees() {
    NormalRange kyphosis = range(PosturalDeviation.THORACIC_KYPHOSIS);
    assertEquals(NormalRange.between(20, 45), kyphosis);
    assertTrue(kyphosis.contains(20));
    assertTrue(kyphosis.contains(45));
    assertFalse(kyphosis.contains(45.5));
    assertFalse(kyphosis.contains(19));
    assertEquals(Plane.SAGITTAL, PosturalDeviation.THORACIC_KYPHOSIS.plane());
  }

  @Test
  void scoliosisStartsAt10Degrees() {
    NormalRange scoliosis = range(PosturalDeviation.SCOLIOSIS);
    assertEquals(NormalRange.below(10), scoliosis);
    assertTrue(scoliosis.contains(9.9));
    assertFalse(scoliosis.contains(10));
    assertEquals(Plane.CORONAL, PosturalDeviation.SCOLIOSIS.plane());
  }

  @Test
  void legLengthDifferenceIsNormalUpTo6Millimetres() {
    NormalRange legLength = range(PosturalDeviation.LEG_LENGTH_DIFFERENCE);
    assertEquals(NormalRange.atMost(6), legLength);
    assertTrue(legLength.contains(6));
    assertFalse(legLength.contains(7));
    assertEquals(PosturalUnit.MILLIMETRES, PosturalDeviation.LEG_LENGTH_DIFFERENCE.unit());
    assertEquals(Plane.CORONAL, PosturalDeviation.LEG_LENGTH_DIFFERENCE.plane());
  }

  @Test
  void lordosisAndPelvicTiltHaveNoDefaultRange() {
    assertEquals(Optional.empty(), PosturalDeviation.LUMBAR_LORDOSIS.normalRange());
    assertEquals(Optional.empty(), PosturalDeviation.LUMBAR_LORDOSIS.source());
    assertEquals(Optional.empty(), PosturalDeviation.PELVIC_TILT.normalRange());
    assertEquals(Optional.empty(), PosturalDeviation.PELVIC_TILT.source());
  }

  @Test
  void aDefaultRangeAlwaysComesWithASource() {
    for (PosturalDeviation deviation : PosturalDeviation.values()) {
      assertEquals(
          deviation.normalRange().isPresent(), deviation.source().isPresent(), deviation.id());
    }
  }

  @Test
  void horizontalPlaneDeviationsAreRotations() {
    assertEquals(Plane.TRANSVERSE, PosturalDeviation.PELVIC_ROTATION.plane());
    assertEquals(Plane.TRANSVERSE, PosturalDeviation.TRUNK_ROTATION.plane());
    assertEquals("leg-length-difference", PosturalDeviation.LEG_LENGTH_DIFFERENCE.id());
  }
}
