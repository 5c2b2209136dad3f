package org.nmt.core.assessment;

import org.nmt.core.measure.Measure;
import org.nmt.core.style.EnumIds;

/** A validated questionnaire whose total score nmt records. */
public enum Questionnaire {
  /** Neck Disability Index, 0–50. */
  NDI(Measure.NDI),
  /** Oswestry Disability Index, 0–100 %. */
  ODI(Measure.ODI),
  /** Patient-Specific Functional Scale, mean of 0–10 items. */
  PSFS(Measure.PSFS),
  /** Lower Extremity Functional Scale, 0–80. */
  LEFS(Measure.LEFS),
  /** QuickDASH, 0–100. */
  QUICK_DASH(Measure.QUICK_DASH);

  private final Measure measure;

  Questionnaire(Measure measure) {
    this.measure = measure;
  }

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** The outcome measure the questionnaire reports. */
  public Measure measure() {
    return measure;
  }
}
