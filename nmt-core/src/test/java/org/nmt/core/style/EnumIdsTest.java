package org.nmt.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.EnduranceUnit;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalUnit;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Condition;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.measure.Direction;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.progress.TriggerPointState;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.reference.Evidence;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.Soreness;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointStatus;

class EnumIdsTest {
  private static final long SEED = 20261124L;
  private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Every public enum of nmt-core, listed by hand; {@link #listsEveryPublicEnum} keeps it whole.
   */
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          BodyRegion.class,
          FunctionalGroup.class,
          Side.class,
          TissueKind.class,
          EnduranceTestKind.class,
          EnduranceUnit.class,
          Joint.class,
          MotionMode.class,
          Movement.class,
          PainContext.class,
          PainScale.class,
          Plane.class,
          PosturalDeviation.class,
          PosturalUnit.class,
          Questionnaire.class,
          ActivityProfile.class,
          Condition.class,
          ScreeningCategory.class,
          ScreeningItem.class,
          Sex.class,
          Direction.class,
          Measure.class,
          ThresholdResult.class,
          TriggerPointState.class,
          TransitionKind.class,
          Evidence.class,
          AdverseEventKind.class,
          Soreness.class,
          Stage.class,
          PressureLevel.class,
          Technique.class,
          TriggerPointStatus.class);

  @Test
  void shortensAVeryLongUnknownIdInTheMessage() {
    String huge = "x".repeat(10_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EnumIds.parse(Stage.class, huge));
    assertEquals("unknown Stage id: '" + "x".repeat(80) + "...'", e.getMessage());
  }

  @Test
  void idIsLowerKebabCaseOfTheName() {
    assertEquals("pain-elimination", EnumIds.id(Stage.PAIN_ELIMINATION));
    assertEquals("strength", EnumIds.id(Stage.STRENGTH));
    assertEquals("quick-dash", EnumIds.id(Measure.QUICK_DASH));
    assertEquals("left", EnumIds.id(Side.LEFT));
    assertEquals("postural-re-education", EnumIds.id(Technique.POSTURAL_RE_EDUCATION));
    assertEquals(
        "suspected-deep-vein-thrombosis", EnumIds.id(ScreeningItem.SUSPECTED_DEEP_VEIN_THROMBOSIS));
    assertEquals("not-confirmed", EnumIds.id(TriggerPointStatus.NOT_CONFIRMED));
  }

  @Test
  void parseFindsTheConstant() {
    assertSame(Stage.STRUCTURAL_CORRECTION, EnumIds.parse(Stage.class, "structural-correction"));
    assertSame(Measure.QUICK_DASH, EnumIds.parse(Measure.class, "quick-dash"));
    assertSame(Side.BILATERAL, EnumIds.parse(Side.class, "bilateral"));
    assertSame(
        Technique.TRIGGER_POINT_PRESSURE_RELEASE,
        EnumIds.parse(Technique.class, "trigger-point-pressure-release"));
    assertSame(Evidence.UNCONFIRMED, EnumIds.parse(Evidence.class, "unconfirmed"));
  }

  @Test
  void parseRejectsAnUnknownIdNamingTheType() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EnumIds.parse(Stage.class, "x"));
    assertEquals("unknown Stage id: 'x'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> EnumIds.parse(Measure.class, ""));
    assertEquals("unknown Measure id: ''", e.getMessage());
  }

  @Test
  void parseIsExactAboutCaseAndSeparators() {
    for (String id :
        List.of("PAIN_ELIMINATION", "pain_elimination", "Pain-Elimination", " pain-elimination")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EnumIds.parse(Stage.class, id));
      assertEquals("unknown Stage id: '" + id + "'", e.getMessage());
    }
  }

  @Test
  void parseRejectsNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> EnumIds.parse(Stage.class, null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void parseOfIdIsTheConstantForEveryConstantOfEveryEnum() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      assertRoundTrips(type);
    }
  }

  @Test
  void idsAreLowerKebabAndDistinctWithinEachEnum() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      Set<String> seen = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = EnumIds.id(constant);
        assertTrue(LOWER_KEBAB.matcher(id).matches(), () -> type.getSimpleName() + ": " + id);
        assertTrue(seen.add(id), () -> type.getSimpleName() + " repeats " + id);
      }
    }
  }

  @Test
  void listsEveryPublicEnum() throws IOException, URISyntaxException {
    Path classes =
        Path.of(EnumIds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(classes), () -> "expected a class directory: " + classes);
    Set<String> found;
    try (Stream<Path> files = Files.walk(classes)) {
      found =
          files
              .map(p -> classes.relativize(p).toString())
              .filter(p -> p.endsWith(".class") && !p.contains("$") && !p.contains("-info"))
              .map(
                  p ->
                      p.substring(0, p.length() - ".class".length())
                          .replace(classes.getFileSystem().getSeparator(), "."))
              .map(EnumIdsTest::load)
              .filter(c -> c.isEnum() && Modifier.isPublic(c.getModifiers()))
              .map(Class::getName)
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        ENUMS.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(found, listed);
  }

  @Test
  void anUnknownIdIsRejectedForEveryEnum() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(0, ENUMS.size() - 1), strings().ascii().ofLengthBetween(0, 30))
        .checkAssert(
            (index, id) -> {
              Class<? extends Enum<?>> type = ENUMS.get(index);
              boolean known =
                  Stream.of(type.getEnumConstants()).anyMatch(c -> EnumIds.id(c).equals(id));
              if (known) {
                assertEquals(id, EnumIds.id(parse(type, id)));
              } else {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> parse(type, id));
                assertEquals(
                    "unknown " + type.getSimpleName() + " id: '" + id + "'", e.getMessage());
              }
            });
  }

  @Test
  void parseOfCharactersAgreesWithParseOfTheString() {
    List<Enum<?>> constants =
        ENUMS.stream()
            .flatMap(type -> Stream.of(type.getEnumConstants()))
            .collect(Collectors.toList());
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(
            integers().between(0, constants.size() - 1),
            integers().between(0, 5),
            strings().ascii().ofLengthBetween(0, 4),
            strings().ascii().ofLengthBetween(0, 30))
        .checkAssert(
            (index, mutation, padding, random) -> {
              Enum<?> constant = constants.get(index);
              Class<?> type = constant.getDeclaringClass();
              String id = EnumIds.id(constant);
              // the id itself, a neighbour of it in length or in one character (the last, or any
              // one, replaced by an ASCII or a non-ASCII character), or any text
              int at = random.length() % id.length();
              String text =
                  switch (mutation) {
                    case 0 -> id;
                    case 1 -> id.substring(0, id.length() - 1);
                    case 2 -> id.substring(0, id.length() - 1) + (random + "x").charAt(0);
                    case 3 -> id.substring(0, at) + (random + "x").charAt(0) + id.substring(at + 1);
                    case 4 -> id.substring(0, at) + "\u00e9" + id.substring(at + 1);
                    default -> random;
                  };
              char[] chars = (padding + text + padding).toCharArray();
              int offset = padding.length();
              Object expected = outcome(() -> parse(type, text));
              Object actual = outcome(() -> parse(type, chars, offset, text.length()));
              assertEquals(expected, actual);
            });
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aLookupAgreesWithTheStaticMethodsForEveryConstantOfEveryEnum() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      EnumIds.Lookup lookup = EnumIds.lookup((Class) type);
      assertSame(lookup, EnumIds.lookup((Class) type));
      assertEquals("EnumIds.Lookup[" + type.getSimpleName() + "]", lookup.toString());
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = EnumIds.id(constant);
        assertEquals(id, lookup.id(constant));
        assertSame(constant, lookup.parse(id));
        char[] chars = ("<" + id + ">").toCharArray();
        assertSame(constant, lookup.parse(chars, 1, id.length()));
      }
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> lookup.parse("no-such-id"));
      assertEquals("unknown " + type.getSimpleName() + " id: 'no-such-id'", e.getMessage());
    }
  }

  @Test
  void parseOfCharactersFindsEveryConstant() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        char[] chars = ("[" + EnumIds.id(constant) + "]").toCharArray();
        assertSame(constant, parse(type, chars, 1, chars.length - 2));
      }
    }
  }

  @Test
  void parseOfCharactersRefusesARangeOutsideTheArray() {
    char[] chars = "left".toCharArray();
    assertThrows(IndexOutOfBoundsException.class, () -> EnumIds.parse(Side.class, chars, 1, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> EnumIds.parse(Side.class, chars, -1, 2));
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> EnumIds.parse(Side.class, null, 0, 0));
    assertEquals("chars", e.getMessage());
    assertEquals(Side.LEFT, EnumIds.parse(Side.class, chars, 0, 4));
  }

  /** The constant {@code parse} returns, or the message it fails with. */
  private static Object outcome(java.util.function.Supplier<Enum<?>> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  @Test
  void cachedIdsAndParsingEqualTheNameRuleForEveryConstant() {
    List<Enum<?>> constants =
        ENUMS.stream()
            .flatMap(type -> Stream.of(type.getEnumConstants()))
            .collect(Collectors.toList());
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(0, constants.size() - 1))
        .checkAssert(
            index -> {
              Enum<?> constant = constants.get(index);
              String expected = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
              assertEquals(expected, EnumIds.id(constant));
              assertSame(constant, parse(constant.getDeclaringClass(), expected));
            });
  }

  @Test
  void idsAreTheSameFromManyThreads() {
    List<Enum<?>> constants =
        ENUMS.stream()
            .flatMap(type -> Stream.of(type.getEnumConstants()))
            .collect(Collectors.toList());
    List<String> expected =
        constants.stream()
            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.toList());
    for (int round = 0; round < 20; round++) {
      assertEquals(
          expected, constants.parallelStream().map(EnumIds::id).collect(Collectors.toList()));
      assertEquals(
          constants,
          constants.parallelStream()
              .map(c -> parse(c.getDeclaringClass(), EnumIds.id(c)))
              .collect(Collectors.toList()));
    }
  }

  private static void assertRoundTrips(Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      assertSame(constant, parse(type, EnumIds.id(constant)), () -> type + "." + constant);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> parse(Class<?> type, String id) {
    return EnumIds.parse((Class) type, id);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> parse(Class<?> type, char[] chars, int offset, int length) {
    return EnumIds.parse((Class) type, chars, offset, length);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EnumIdsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
