package org.nmt.core.anatomy;

import static org.nmt.core.anatomy.BodyRegion.ABDOMEN;
import static org.nmt.core.anatomy.BodyRegion.FOOT;
import static org.nmt.core.anatomy.BodyRegion.FOREARM;
import static org.nmt.core.anatomy.BodyRegion.HAND;
import static org.nmt.core.anatomy.BodyRegion.HEAD;
import static org.nmt.core.anatomy.BodyRegion.HIP;
import static org.nmt.core.anatomy.BodyRegion.JAW;
import static org.nmt.core.anatomy.BodyRegion.KNEE;
import static org.nmt.core.anatomy.BodyRegion.LOWER_BACK;
import static org.nmt.core.anatomy.BodyRegion.LOWER_LEG;
import static org.nmt.core.anatomy.BodyRegion.NECK;
import static org.nmt.core.anatomy.BodyRegion.PELVIS;
import static org.nmt.core.anatomy.BodyRegion.SHOULDER;
import static org.nmt.core.anatomy.BodyRegion.THIGH;
import static org.nmt.core.anatomy.BodyRegion.UPPER_ARM;
import static org.nmt.core.anatomy.BodyRegion.UPPER_BACK;
import static org.nmt.core.anatomy.FunctionalGroup.ABDOMINALS;
import static org.nmt.core.anatomy.FunctionalGroup.ADDUCTORS;
import static org.nmt.core.anatomy.FunctionalGroup.ARM;
import static org.nmt.core.anatomy.FunctionalGroup.CALVES;
import static org.nmt.core.anatomy.FunctionalGroup.FOREARM_EXTENSORS;
import static org.nmt.core.anatomy.FunctionalGroup.FOREARM_FLEXORS;
import static org.nmt.core.anatomy.FunctionalGroup.GLUTES;
import static org.nmt.core.anatomy.FunctionalGroup.HAMSTRINGS;
import static org.nmt.core.anatomy.FunctionalGroup.HIP_FLEXORS;
import static org.nmt.core.anatomy.FunctionalGroup.HIP_ROTATORS;
import static org.nmt.core.anatomy.FunctionalGroup.LATERAL_HIP;
import static org.nmt.core.anatomy.FunctionalGroup.QUADRICEPS;
import static org.nmt.core.anatomy.FunctionalGroup.ROTATOR_CUFF;
import static org.nmt.core.anatomy.FunctionalGroup.SCAPULAR;
import static org.nmt.core.anatomy.FunctionalGroup.SHIN;
import static org.nmt.core.anatomy.FunctionalGroup.SUBOCCIPITALS;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.nmt.core.reference.Source;

/**
 * The entries of {@link MuscleCatalog#standard()}. Every entry cites its source; referral zones
 * come from the project's clinical reference (Travell &amp; Simons) where it lists the muscle, and
 * are marked unconfirmed where they are the standard Travell &amp; Simons pattern but not in that
 * reference.
 */
final class StandardMuscles {
  /** Bumped when an entry is added, removed or changed. */
  static final String VERSION = "1.0";

  /** Anatomy (name, region, innervation). */
  static final Source GRAYS = Source.secondary("Gray's Anatomy, 42nd ed. (Standring 2020)");

  private static final String TRAVELL_SIMONS_VIA_REFERENCE =
      "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, via"
          + " clinical-reference.md";

  /** Referral zones listed in the project's clinical reference. */
  static final Source TRAVELL_SIMONS = Source.secondary(TRAVELL_SIMONS_VIA_REFERENCE);

  /** Referral zones the project's clinical reference lists but marks "(u)" (iliopsoas). */
  static final Source TRAVELL_SIMONS_UNCONFIRMED = Source.unconfirmed(TRAVELL_SIMONS_VIA_REFERENCE);

  /** Standard referral patterns of the upper half of the body, not in the clinical reference. */
  static final Source TRAVELL_SIMONS_VOL_1 =
      Source.unconfirmed(
          "Travell & Simons, Trigger Point Manual, 2nd ed. (1999, vol. 1); not checked against the"
              + " primary text");

  /** Standard referral patterns of the lower extremities, not in the clinical reference. */
  static final Source TRAVELL_SIMONS_VOL_2 =
      Source.unconfirmed(
          "Travell & Simons, Trigger Point Manual (1992, vol. 2); not checked against the primary"
              + " text");

  private StandardMuscles() {}

  static ImmutableList<Muscle> all() {
    return ImmutableList.<Muscle>builder()
        .addAll(lowerLegAndFoot())
        .addAll(thigh())
        .addAll(hipAndPelvis())
        .addAll(trunk())
        .addAll(shoulderAndUpperBack())
        .addAll(neckAndHead())
        .addAll(armAndHand())
        .build();
  }

  // ---------------------------------------------------------------- lower leg and foot

  private static List<Muscle> lowerLegAndFoot() {
    return List.of(
        muscle("gastrocnemius", "Gastrocnemius", LOWER_LEG, CALVES)
            .innervation("tibial nerve")
            .addTriggerPointSite(
                site(
                    "medial-head",
                    "proximal medial head",
                    TRAVELL_SIMONS,
                    "calf",
                    "back of the knee",
                    "instep"))
            .build(),
        muscle("soleus", "Soleus", LOWER_LEG, CALVES)
            .innervation("tibial nerve")
            .addTriggerPointSite(
                site(
                    "distal-belly",
                    "distal belly, just above the Achilles tendon",
                    TRAVELL_SIMONS,
                    "back and underside of the heel",
                    "lower Achilles"))
            .build(),
        muscle("tibialis-anterior", "Tibialis anterior", LOWER_LEG, SHIN)
            .innervation("deep fibular (peroneal) nerve")
            .addTriggerPointSite(
                site(
                    "upper-third",
                    "upper third of the belly",
                    TRAVELL_SIMONS_VOL_2,
                    "front and inner ankle",
                    "great toe"))
            .build(),
        muscle("tibialis-posterior", "Tibialis posterior", LOWER_LEG, CALVES)
            .innervation("tibial nerve")
            .build(),
        muscle("peroneus-longus", "Peroneus (fibularis) longus", LOWER_LEG, SHIN)
            .innervation("superficial fibular (peroneal) nerve")
            .build(),
        muscle("extensor-digitorum-longus", "Extensor digitorum longus", LOWER_LEG, SHIN)
            .innervation("deep fibular (peroneal) nerve")
            .build(),
        muscle("popliteus", "Popliteus", KNEE, CALVES).innervation("tibial nerve").build(),
        fascia("plantar-fascia", "Plantar fascia", FOOT, FunctionalGroup.FOOT).build(),
        // The seeds' "intrinsic foot muscles": the first and second plantar layers.
        muscle("flexor-digitorum-brevis", "Flexor digitorum brevis", FOOT, FunctionalGroup.FOOT)
            .innervation("medial plantar nerve")
            .build(),
        muscle("abductor-hallucis", "Abductor hallucis", FOOT, FunctionalGroup.FOOT)
            .innervation("medial plantar nerve")
            .build(),
        muscle("quadratus-plantae", "Quadratus plantae", FOOT, FunctionalGroup.FOOT)
            .innervation("lateral plantar nerve")
            .build());
  }

  // ---------------------------------------------------------------- thigh

  private static List<Muscle> thigh() {
    return List.of(
        // Hamstrings
        muscle("biceps-femoris", "Biceps femoris", THIGH, HAMSTRINGS)
            .innervation(
                "sciatic nerve: tibial division (long head), common fibular division (short head)")
            .addTriggerPointSite(
                site(
                    "distal-belly",
                    "lower half of the belly",
                    TRAVELL_SIMONS_VOL_2,
                    "back of the knee",
                    "back of the thigh"))
            .build(),
        muscle("semitendinosus", "Semitendinosus", THIGH, HAMSTRINGS)
            .innervation("tibial division of the sciatic nerve")
            .build(),
        muscle("semimembranosus", "Semimembranosus", THIGH, HAMSTRINGS)
            .innervation("tibial division of the sciatic nerve")
            .build(),
        // Quadriceps
        muscle("rectus-femoris", "Rectus femoris", THIGH, QUADRICEPS)
            .innervation("femoral nerve")
            .addTriggerPointSite(
                site(
                    "proximal",
                    "just below the anterior inferior iliac spine",
                    TRAVELL_SIMONS_VOL_2,
                    "front of the knee",
                    "around the kneecap"))
            .build(),
        muscle("vastus-lateralis", "Vastus lateralis", THIGH, QUADRICEPS)
            .innervation("femoral nerve")
            .addTriggerPointSite(
                site(
                    "lateral-belly",
                    "along the belly on the outer thigh",
                    TRAVELL_SIMONS_VOL_2,
                    "outer thigh",
                    "outer knee"))
            .build(),
        muscle("vastus-medialis", "Vastus medialis", THIGH, QUADRICEPS)
            .innervation("femoral nerve")
            .addTriggerPointSite(
                site(
                    "distal",
                    "distal belly, above the inner knee",
                    TRAVELL_SIMONS_VOL_2,
                    "front of the knee",
                    "inner knee"))
            .build(),
        muscle("vastus-intermedius", "Vastus intermedius", THIGH, QUADRICEPS)
            .innervation("femoral nerve")
            .build(),
        // Adductors
        muscle("adductor-longus", "Adductor longus", THIGH, ADDUCTORS)
            .innervation("obturator nerve (anterior division)")
            .build(),
        muscle("adductor-magnus", "Adductor magnus", THIGH, ADDUCTORS)
            .innervation(
                "obturator nerve (adductor part) and tibial division of the sciatic nerve"
                    + " (hamstring part)")
            .build(),
        muscle("gracilis", "Gracilis", THIGH, ADDUCTORS)
            .innervation("obturator nerve (anterior division)")
            .build(),
        // Sartorius flexes the hip (and the knee); it works with the hip flexors.
        muscle("sartorius", "Sartorius", THIGH, HIP_FLEXORS).innervation("femoral nerve").build());
  }

  // ---------------------------------------------------------------- hip and pelvis

  private static List<Muscle> hipAndPelvis() {
    return List.of(
        // Glutes
        muscle("gluteus-maximus", "Gluteus maximus", HIP, GLUTES)
            .innervation("inferior gluteal nerve")
            .addTriggerPointSite(
                site(
                    "lower-medial-fibres",
                    "lower and medial fibres, beside the sacrum and above the ischial tuberosity",
                    TRAVELL_SIMONS_VOL_2,
                    "buttock",
                    "sacrum",
                    "SI joint",
                    "coccyx"))
            .build(),
        muscle("gluteus-medius", "Gluteus medius", HIP, GLUTES)
            .innervation("superior gluteal nerve")
            .addTriggerPointSite(
                site(
                    "below-iliac-crest",
                    "just below the iliac crest",
                    TRAVELL_SIMONS,
                    "sacrum",
                    "iliac crest",
                    "low back",
                    "outer hip and thigh"))
            .build(),
        muscle("gluteus-minimus", "Gluteus minimus", HIP, GLUTES)
            .innervation("superior gluteal nerve")
            .addTriggerPointSite(
                site(
                    "anterior-fibres",
                    "anterior fibres, below the anterior iliac crest",
                    TRAVELL_SIMONS_VOL_2,
                    "outer buttock",
                    "outer thigh",
                    "outer knee",
                    "outer leg down to the ankle"))
            .addTriggerPointSite(
                site(
                    "posterior-fibres",
                    "posterior fibres, deep to gluteus medius",
                    TRAVELL_SIMONS_VOL_2,
                    "buttock",
                    "back of the thigh",
                    "calf"))
            .build(),
        muscle("piriformis", "Piriformis", HIP, HIP_ROTATORS)
            .innervation("nerve to piriformis (anterior rami of S1, S2)")
            .addTriggerPointSite(
                site(
                    "belly",
                    "along the belly between the sacrum and the greater trochanter",
                    TRAVELL_SIMONS,
                    "SI region",
                    "buttock",
                    "back of hip",
                    "upper two-thirds of the back of the thigh"))
            .build(),
        // Lateral hip
        muscle("tensor-fasciae-latae", "Tensor fasciae latae", HIP, LATERAL_HIP)
            .innervation("superior gluteal nerve")
            .addTriggerPointSite(
                site(
                    "belly",
                    "belly, just below the anterior superior iliac spine",
                    TRAVELL_SIMONS,
                    "greater trochanter",
                    "outer thigh toward the knee"))
            .build(),
        fascia("iliotibial-band", "Iliotibial band (IT band)", THIGH, LATERAL_HIP).build(),
        // Hip flexors: the iliopsoas pattern is marked "(u)" in the clinical reference.
        muscle("psoas-major", "Psoas major", ABDOMEN, HIP_FLEXORS)
            .innervation("anterior rami of L1-L3")
            .addTriggerPointSite(
                site(
                    "abdominal-belly",
                    "belly, palpated through the abdominal wall lateral to rectus abdominis",
                    TRAVELL_SIMONS_UNCONFIRMED,
                    "low back",
                    "upper buttock",
                    "front of the thigh"))
            .build(),
        muscle("iliacus", "Iliacus", PELVIS, HIP_FLEXORS)
            .innervation("femoral nerve")
            .addTriggerPointSite(
                site(
                    "iliac-fossa",
                    "in the iliac fossa, just inside the iliac crest",
                    TRAVELL_SIMONS_UNCONFIRMED,
                    "low back",
                    "upper buttock",
                    "front of the thigh"))
            .build());
  }

  // ---------------------------------------------------------------- trunk

  private static List<Muscle> trunk() {
    return List.of(
        // Lower back
        muscle("erector-spinae", "Erector spinae", LOWER_BACK, FunctionalGroup.LOWER_BACK)
            .innervation("posterior rami of the spinal nerves")
            .build(),
        muscle("multifidus", "Multifidus", LOWER_BACK, FunctionalGroup.LOWER_BACK)
            .innervation("medial branches of the posterior rami of the spinal nerves")
            .build(),
        muscle("quadratus-lumborum", "Quadratus lumborum", LOWER_BACK, FunctionalGroup.LOWER_BACK)
            .innervation("anterior rami of T12 and L1-L4")
            .addTriggerPointSite(
                site(
                    "belly",
                    "lateral and deep fibres between the 12th rib and the iliac crest",
                    TRAVELL_SIMONS,
                    "SI joint",
                    "lower buttock",
                    "iliac crest",
                    "groin",
                    "greater trochanter"))
            .build(),
        // Abdomen
        muscle("rectus-abdominis", "Rectus abdominis", ABDOMEN, ABDOMINALS)
            .innervation("anterior rami of T7-T12 (thoraco-abdominal and subcostal nerves)")
            .build(),
        muscle("external-oblique", "External oblique", ABDOMEN, ABDOMINALS)
            .innervation("anterior rami of T7-T12 (thoraco-abdominal and subcostal nerves)")
            .build(),
        // The diaphragm is unpaired and has no group of its own; it works with the abdominals.
        muscle("diaphragm", "Diaphragm", ABDOMEN, ABDOMINALS)
            .paired(false)
            .innervation("phrenic nerves (C3-C5)")
            .build());
  }

  // ---------------------------------------------------------------- shoulder, upper back, chest

  private static List<Muscle> shoulderAndUpperBack() {
    return List.of(
        // Trapezius and scapular muscles
        muscle("upper-trapezius", "Upper trapezius", NECK, FunctionalGroup.NECK)
            .innervation("spinal accessory nerve (CN XI)")
            .addTriggerPointSite(
                site(
                    "upper-fibres",
                    "mid-belly of the upper fibres",
                    TRAVELL_SIMONS,
                    "posterolateral neck",
                    "mastoid",
                    "temple",
                    "behind the eye",
                    "angle of the jaw"))
            .build(),
        muscle("middle-trapezius", "Middle trapezius", UPPER_BACK, SCAPULAR)
            .innervation("spinal accessory nerve (CN XI)")
            .addTriggerPointSite(
                site(
                    "medial-fibres",
                    "fibres near the vertebral border of the scapula",
                    TRAVELL_SIMONS_VOL_1,
                    "between the spine and the scapula"))
            .build(),
        muscle("lower-trapezius", "Lower trapezius", UPPER_BACK, SCAPULAR)
            .innervation("spinal accessory nerve (CN XI)")
            .addTriggerPointSite(
                site(
                    "lower-fibres",
                    "lower fibres, below the spine of the scapula near its medial border",
                    TRAVELL_SIMONS_VOL_1,
                    "upper back of the neck",
                    "mastoid",
                    "above the scapula",
                    "acromion"))
            .build(),
        muscle("levator-scapulae", "Levator scapulae", NECK, SCAPULAR)
            .innervation("dorsal scapular nerve and anterior rami of C3, C4")
            .addTriggerPointSite(
                site(
                    "angle-of-neck",
                    "at the angle of the neck, where it emerges from under the upper trapezius",
                    TRAVELL_SIMONS,
                    "angle of the neck",
                    "vertebral border of the scapula",
                    "back of the shoulder"))
            .build(),
        muscle("rhomboid-major", "Rhomboid major", UPPER_BACK, SCAPULAR)
            .innervation("dorsal scapular nerve")
            .addTriggerPointSite(
                site(
                    "medial-border",
                    "beside the vertebral border of the scapula",
                    TRAVELL_SIMONS_VOL_1,
                    "vertebral border of the scapula"))
            .build(),
        muscle("rhomboid-minor", "Rhomboid minor", UPPER_BACK, SCAPULAR)
            .innervation("dorsal scapular nerve")
            .addTriggerPointSite(
                site(
                    "medial-border",
                    "beside the vertebral border of the scapula",
                    TRAVELL_SIMONS_VOL_1,
                    "vertebral border of the scapula"))
            .build(),
        muscle("serratus-anterior", "Serratus anterior", BodyRegion.CHEST, SCAPULAR)
            .innervation("long thoracic nerve")
            .build(),
        // Humeral movers
        muscle("latissimus-dorsi", "Latissimus dorsi", UPPER_BACK, FunctionalGroup.SHOULDER)
            .innervation("thoracodorsal nerve")
            .addTriggerPointSite(
                site(
                    "axillary",
                    "in the posterior axillary fold",
                    TRAVELL_SIMONS_VOL_1,
                    "inferior angle of the scapula",
                    "inner arm and forearm",
                    "ulnar side of the hand"))
            .build(),
        // Rotator cuff
        muscle("supraspinatus", "Supraspinatus", SHOULDER, ROTATOR_CUFF)
            .innervation("suprascapular nerve")
            .addTriggerPointSite(
                site(
                    "belly",
                    "in the supraspinous fossa",
                    TRAVELL_SIMONS_VOL_1,
                    "mid-deltoid",
                    "outer arm",
                    "lateral epicondyle"))
            .build(),
        muscle("infraspinatus", "Infraspinatus", SHOULDER, ROTATOR_CUFF)
            .innervation("suprascapular nerve")
            .addTriggerPointSite(
                site(
                    "upper-belly",
                    "just below the spine of the scapula",
                    TRAVELL_SIMONS,
                    "deep front of the shoulder",
                    "front and outer arm"))
            .build(),
        muscle("teres-minor", "Teres minor", SHOULDER, ROTATOR_CUFF)
            .innervation("axillary nerve")
            .addTriggerPointSite(
                site(
                    "belly",
                    "along the lateral border of the scapula",
                    TRAVELL_SIMONS_VOL_1,
                    "back of the shoulder"))
            .build(),
        muscle("subscapularis", "Subscapularis", SHOULDER, ROTATOR_CUFF)
            .innervation("upper and lower subscapular nerves")
            .addTriggerPointSite(
                site(
                    "lateral-belly",
                    "anterior surface of the scapula, near its lateral border",
                    TRAVELL_SIMONS_VOL_1,
                    "back of the shoulder",
                    "back of the arm",
                    "around the wrist"))
            .build(),
        muscle("teres-major", "Teres major", SHOULDER, FunctionalGroup.SHOULDER)
            .innervation("lower subscapular nerve")
            .build(),
        muscle("deltoid", "Deltoid", SHOULDER, FunctionalGroup.SHOULDER)
            .innervation("axillary nerve")
            .build(),
        // Chest
        muscle("pectoralis-major", "Pectoralis major", BodyRegion.CHEST, FunctionalGroup.CHEST)
            .innervation("lateral and medial pectoral nerves")
            .build(),
        muscle("pectoralis-minor", "Pectoralis minor", BodyRegion.CHEST, FunctionalGroup.CHEST)
            .innervation("medial pectoral nerve")
            .build());
  }

  // ---------------------------------------------------------------- neck, head and jaw

  private static List<Muscle> neckAndHead() {
    return List.of(
        // Neck
        muscle("sternocleidomastoid", "Sternocleidomastoid", NECK, FunctionalGroup.NECK)
            .innervation("spinal accessory nerve (CN XI)")
            .addTriggerPointSite(
                site(
                    "sternal-division",
                    "along the sternal division",
                    TRAVELL_SIMONS,
                    "vertex",
                    "occiput",
                    "cheek",
                    "over the eye",
                    "throat",
                    "sternum"))
            .addTriggerPointSite(
                site(
                    "clavicular-division",
                    "along the clavicular division",
                    TRAVELL_SIMONS,
                    "forehead",
                    "deep in the ear",
                    "behind the ear"))
            .build(),
        muscle("scalenes", "Scalenes", NECK, FunctionalGroup.NECK)
            .innervation("anterior rami of the cervical spinal nerves (C3-C8)")
            .addTriggerPointSite(
                site(
                    "supraclavicular",
                    "anterior and middle scalenes, above the clavicle",
                    TRAVELL_SIMONS_VOL_1,
                    "front of the chest",
                    "front and back of the upper arm",
                    "radial forearm",
                    "thumb and index finger",
                    "vertebral border of the scapula"))
            .build(),
        muscle("splenius-capitis", "Splenius capitis", NECK, FunctionalGroup.NECK)
            .innervation("posterior rami of the middle cervical spinal nerves")
            .addTriggerPointSite(
                site(
                    "upper-belly",
                    "upper belly, between the upper trapezius and sternocleidomastoid",
                    TRAVELL_SIMONS_VOL_1,
                    "vertex"))
            .build(),
        muscle("splenius-cervicis", "Splenius cervicis", NECK, FunctionalGroup.NECK)
            .innervation("posterior rami of the lower cervical spinal nerves")
            .addTriggerPointSite(
                site(
                    "upper",
                    "upper belly, near the angle of the neck",
                    TRAVELL_SIMONS_VOL_1,
                    "inside the head",
                    "behind the eye"))
            .addTriggerPointSite(
                site(
                    "lower",
                    "lower belly, at the base of the neck",
                    TRAVELL_SIMONS_VOL_1,
                    "angle of the neck"))
            .build(),
        muscle("semispinalis-capitis", "Semispinalis capitis", NECK, FunctionalGroup.NECK)
            .innervation("posterior rami of the cervical spinal nerves")
            .build(),
        muscle("longus-colli", "Longus colli", NECK, FunctionalGroup.NECK)
            .innervation("anterior rami of C2-C6")
            .build(),
        muscle("suboccipitals", "Suboccipitals", NECK, SUBOCCIPITALS)
            .innervation("suboccipital nerve (posterior ramus of C1)")
            .addTriggerPointSite(
                site(
                    "below-occiput",
                    "deep, just below the occiput",
                    TRAVELL_SIMONS_VOL_1,
                    "occiput",
                    "inside the head",
                    "behind the eye"))
            .build(),
        // Jaw
        muscle("masseter", "Masseter", JAW, FunctionalGroup.JAW)
            .innervation("masseteric nerve, from the mandibular nerve (CN V3)")
            .addTriggerPointSite(
                site(
                    "belly",
                    "superficial and deep layers of the belly",
                    TRAVELL_SIMONS,
                    "upper and lower molars",
                    "maxilla",
                    "eyebrow",
                    "TMJ",
                    "deep ear"))
            .build(),
        muscle("temporalis", "Temporalis", HEAD, FunctionalGroup.JAW)
            .innervation("deep temporal nerves, from the mandibular nerve (CN V3)")
            .addTriggerPointSite(
                site(
                    "belly",
                    "fibres above the zygomatic arch",
                    TRAVELL_SIMONS,
                    "temple",
                    "upper teeth",
                    "eyebrow"))
            .build(),
        muscle("medial-pterygoid", "Medial pterygoid", JAW, FunctionalGroup.JAW)
            .innervation("nerve to medial pterygoid, from the mandibular nerve (CN V3)")
            .addTriggerPointSite(
                site(
                    "belly",
                    "inside the angle of the mandible",
                    TRAVELL_SIMONS_VOL_1,
                    "back of the mouth and throat",
                    "below and behind the TMJ",
                    "deep ear"))
            .build(),
        muscle("lateral-pterygoid", "Lateral pterygoid", JAW, FunctionalGroup.JAW)
            .innervation("nerve to lateral pterygoid, from the mandibular nerve (CN V3)")
            .addTriggerPointSite(
                site(
                    "belly",
                    "belly, reached inside the mouth or below the zygomatic arch",
                    TRAVELL_SIMONS_VOL_1,
                    "TMJ",
                    "maxilla"))
            .build(),
        muscle("digastric", "Digastric", NECK, FunctionalGroup.JAW)
            .innervation(
                "anterior belly: nerve to mylohyoid (CN V3); posterior belly: facial nerve (CN VII)")
            .addTriggerPointSite(
                site(
                    "posterior-belly",
                    "posterior belly, below and behind the angle of the mandible",
                    TRAVELL_SIMONS_VOL_1,
                    "upper sternocleidomastoid",
                    "behind the angle of the jaw"))
            .addTriggerPointSite(
                site(
                    "anterior-belly",
                    "anterior belly, below the chin",
                    TRAVELL_SIMONS_VOL_1,
                    "lower front teeth"))
            .build());
  }

  // ---------------------------------------------------------------- arm, forearm and hand

  private static List<Muscle> armAndHand() {
    return List.of(
        // Upper arm
        muscle("biceps-brachii", "Biceps brachii", UPPER_ARM, ARM)
            .innervation("musculocutaneous nerve")
            .addTriggerPointSite(
                site(
                    "distal-belly",
                    "distal belly, above the elbow crease",
                    TRAVELL_SIMONS_VOL_1,
                    "front of the shoulder",
                    "front of the elbow"))
            .build(),
        muscle("triceps-brachii", "Triceps brachii", UPPER_ARM, ARM)
            .innervation("radial nerve")
            .build(),
        muscle("brachialis", "Brachialis", UPPER_ARM, ARM)
            .innervation("musculocutaneous nerve, with a small lateral part from the radial nerve")
            .build(),
        // Forearm extensors (and the radial group)
        muscle("brachioradialis", "Brachioradialis", FOREARM, FOREARM_EXTENSORS)
            .innervation("radial nerve")
            .addTriggerPointSite(
                site(
                    "proximal-belly",
                    "proximal belly, just below the elbow",
                    TRAVELL_SIMONS_VOL_1,
                    "lateral epicondyle",
                    "web between the thumb and index finger"))
            .build(),
        muscle(
                "extensor-carpi-radialis-longus",
                "Extensor carpi radialis longus",
                FOREARM,
                FOREARM_EXTENSORS)
            .innervation("radial nerve")
            .addTriggerPointSite(
                site(
                    "proximal-belly",
                    "proximal belly, at the level of the elbow",
                    TRAVELL_SIMONS_VOL_1,
                    "lateral epicondyle",
                    "back of the hand near the thumb"))
            .build(),
        muscle("extensor-digitorum", "Extensor digitorum", FOREARM, FOREARM_EXTENSORS)
            .innervation("posterior interosseous nerve (deep branch of the radial nerve)")
            .addTriggerPointSite(
                site(
                    "proximal-belly",
                    "proximal belly, below the lateral epicondyle",
                    TRAVELL_SIMONS_VOL_1,
                    "back of the forearm",
                    "back of the hand",
                    "fingers"))
            .build(),
        muscle("supinator", "Supinator", FOREARM, FOREARM_EXTENSORS)
            .innervation("posterior interosseous nerve (deep branch of the radial nerve)")
            .addTriggerPointSite(
                site(
                    "belly",
                    "deep, distal and anterior to the lateral epicondyle",
                    TRAVELL_SIMONS_VOL_1,
                    "lateral epicondyle",
                    "web between the thumb and index finger"))
            .build(),
        // Forearm flexors (and pronator)
        muscle("pronator-teres", "Pronator teres", FOREARM, FOREARM_FLEXORS)
            .innervation("median nerve")
            .addTriggerPointSite(
                site(
                    "belly",
                    "belly, just below and medial to the elbow crease",
                    TRAVELL_SIMONS_VOL_1,
                    "palmar radial wrist",
                    "radial forearm"))
            .build(),
        muscle("flexor-carpi-radialis", "Flexor carpi radialis", FOREARM, FOREARM_FLEXORS)
            .innervation("median nerve")
            .addTriggerPointSite(
                site(
                    "mid-belly",
                    "mid-belly of the palmar forearm",
                    TRAVELL_SIMONS_VOL_1,
                    "centre of the palmar wrist crease",
                    "palm"))
            .build(),
        muscle(
                "flexor-digitorum-superficialis",
                "Flexor digitorum superficialis",
                FOREARM,
                FOREARM_FLEXORS)
            .innervation("median nerve")
            .build(),
        muscle("palmaris-longus", "Palmaris longus", FOREARM, FOREARM_FLEXORS)
            .innervation("median nerve")
            .build(),
        // Hand
        muscle("adductor-pollicis", "Adductor pollicis", HAND, FunctionalGroup.HAND)
            .innervation("deep branch of the ulnar nerve")
            .build(),
        muscle("opponens-pollicis", "Opponens pollicis", HAND, FunctionalGroup.HAND)
            .innervation("recurrent (thenar) branch of the median nerve")
            .build());
  }

  // ---------------------------------------------------------------- the entry DSL

  private static Muscle.Builder muscle(
      String id, String name, BodyRegion region, FunctionalGroup group) {
    Muscle.Builder builder = Muscle.builder();
    builder.id(id).name(name).region(region).group(group).source(GRAYS);
    return builder;
  }

  /** A fascia: no trigger point sites, no motor nerve supply. */
  private static Muscle.Builder fascia(
      String id, String name, BodyRegion region, FunctionalGroup group) {
    Muscle.Builder builder = muscle(id, name, region, group);
    builder.tissue(TissueKind.FASCIA);
    return builder;
  }

  private static TriggerPointSite site(
      String id, String description, Source source, String... zones) {
    return TriggerPointSite.builder()
        .id(id)
        .description(description)
        .source(source)
        .addReferralZones(zones)
        .build();
  }
}
