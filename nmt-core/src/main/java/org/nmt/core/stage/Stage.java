package org.nmt.core.stage;

import org.nmt.core.style.EnumIds;

/**
 * The five stages of NMT rehabilitation, as domain vocabulary. The constants are declared in the
 * seeds' order ("complete each stage before going to the next"); the order a course follows and the
 * gates between stages belong to a protocol definition in {@code nmt-protocol}, which may order
 * them differently (the St. John method puts flexibility before biomechanics).
 */
public enum Stage {
  /** Stage 1: eliminate muscle pain (trigger point pressure release, ischemic compression). */
  PAIN_ELIMINATION("Pain elimination", "Eliminate muscle pain"),
  /**
   * Stage 2: correct structural problems to restore biomechanics, after a structural evaluation in
   * the coronal, midsagittal and horizontal planes.
   */
  STRUCTURAL_CORRECTION(
      "Structural correction", "Correct structural problems to restore proper biomechanics"),
  /**
   * Stage 3: restore flexibility and re-educate neural pathways (passive and active stretching).
   */
  FLEXIBILITY(
      "Flexibility and neural re-education",
      "Restore flexibility and re-educate neurological pathways"),
  /** Stage 4: restore strength. */
  STRENGTH("Strength", "Restore strength"),
  /** Stage 5: build endurance, the ability to repeat an exercise. */
  ENDURANCE("Endurance", "Build endurance");

  private final String title;
  private final String goal;

  Stage(String title, String goal) {
    this.title = title;
    this.goal = goal;
  }

  /** The lower-kebab-case id ({@code "pain-elimination"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /** A short title ({@code "Pain elimination"}). */
  public String title() {
    return title;
  }

  /** The stage's goal in the seeds' words. */
  public String goal() {
    return goal;
  }

  /** The stage's number in the seeds' order, 1 to 5. */
  public int seedNumber() {
    return ordinal() + 1;
  }

  /** Returns the stage whose id is {@code id}; throws {@link IllegalArgumentException} if none. */
  public static Stage fromId(String id) {
    return EnumIds.parse(Stage.class, id);
  }
}
