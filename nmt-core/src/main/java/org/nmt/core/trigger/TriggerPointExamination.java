package org.nmt.core.trigger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.style.NmtStyle;

/**
 * The findings of one manual examination of a trigger point site, and the classification they
 * imply.
 *
 * <p>The classification is a function of the findings ({@link #status()}), never a field that could
 * disagree with them. It follows the 2018 Delphi consensus (Fernández-de-las-Peñas &amp;
 * Dommerholt, Pain Med, PubMed 29025044): the essential criteria are a taut band, a hypersensitive
 * spot within it and referred pain, and a trigger point is diagnosed when at least two of the three
 * are present (the "two of three" wording is a convention the consensus does not state in those
 * words); pain recognition, the finding reproducing the client's complaint, makes a diagnosed point
 * active, otherwise it is latent. The local twitch response and jump sign are recorded as
 * supporting signs and do not change the classification.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TriggerPointExamination {
  /** How many of the three essential criteria a diagnosis needs. */
  public static final int ESSENTIAL_CRITERIA_REQUIRED = 2;

  TriggerPointExamination() {}

  /** Where the examined site is. */
  public abstract TissueLocation location();

  /** A palpable taut band (essential criterion). */
  public abstract boolean tautBand();

  /** A hypersensitive spot within the taut band (essential criterion). */
  public abstract boolean hypersensitiveSpot();

  /** Pain referred away from the spot on pressure (essential criterion). */
  public abstract boolean referredPain();

  /** The zones the client reported referred pain in; empty unless {@link #referredPain()}. */
  public abstract ImmutableList<String> referralZonesObserved();

  /** The pain reproduces the client's complaint: what makes a diagnosed point active. */
  public abstract boolean painRecognition();

  /** A local twitch response (supporting sign). */
  @Value.Default
  public boolean localTwitchResponse() {
    return false;
  }

  /** A jump sign (supporting sign). */
  @Value.Default
  public boolean jumpSign() {
    return false;
  }

  /** Pain on palpation, 0–10, if asked. */
  public abstract OptionalInt palpationPain();

  /** The pressure pain threshold at the site, if measured. */
  public abstract Optional<PressurePainThreshold> pressurePainThreshold();

  /** How many of the three essential criteria are present, 0 to 3. */
  public int essentialCriteriaMet() {
    return (tautBand() ? 1 : 0) + (hypersensitiveSpot() ? 1 : 0) + (referredPain() ? 1 : 0);
  }

  /** The classification the findings imply; see the class documentation. */
  public TriggerPointStatus status() {
    return classify(tautBand(), hypersensitiveSpot(), referredPain(), painRecognition());
  }

  /**
   * Classifies findings by the 2018 Delphi criteria: not confirmed with fewer than two essential
   * criteria, otherwise active with pain recognition and latent without.
   */
  public static TriggerPointStatus classify(
      boolean tautBand, boolean hypersensitiveSpot, boolean referredPain, boolean painRecognition) {
    int met = (tautBand ? 1 : 0) + (hypersensitiveSpot ? 1 : 0) + (referredPain ? 1 : 0);
    if (met < ESSENTIAL_CRITERIA_REQUIRED) {
      return TriggerPointStatus.NOT_CONFIRMED;
    }
    return painRecognition ? TriggerPointStatus.ACTIVE : TriggerPointStatus.LATENT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TriggerPointExamination}. */
  public static final class Builder extends ImmutableTriggerPointExamination.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        referredPain() || referralZonesObserved().isEmpty(),
        "trigger point %s: referralZonesObserved must be empty when referredPain is false",
        location());
    for (String zone : referralZonesObserved()) {
      checkArgument(
          !zone.isBlank() && zone.length() <= 100,
          "trigger point %s: referralZonesObserved must be 1..100 characters, not blank",
          location());
    }
    OptionalInt palpationPain = palpationPain();
    if (palpationPain.isPresent()
        && (palpationPain.getAsInt() < 0 || palpationPain.getAsInt() > 10)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "trigger point %s: palpationPain must be within 0..10: %s",
              location(), palpationPain.getAsInt()));
    }
  }
}
