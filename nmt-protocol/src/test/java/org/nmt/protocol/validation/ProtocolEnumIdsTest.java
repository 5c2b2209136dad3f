package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nmt.core.style.EnumIds;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.criterion.Outcome;

/** The cached {@link EnumIds} against the rule they cache, for every enum of nmt-protocol. */
class ProtocolEnumIdsTest {
  private static final long SEED = 20261124L;

  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(Outcome.class, Severity.class, Scope.class, FindingCode.class, CourseState.class);

  private static final List<Enum<?>> CONSTANTS =
      ENUMS.stream()
          .flatMap(type -> Stream.of(type.getEnumConstants()))
          .collect(Collectors.toList());

  @Test
  void everyConstantHasTheIdOfItsNameAndParsesBack() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(0, CONSTANTS.size() - 1))
        .checkAssert(
            index -> {
              Enum<?> constant = CONSTANTS.get(index);
              String expected = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
              assertEquals(expected, EnumIds.id(constant));
              assertSame(constant, parse(constant.getDeclaringClass(), expected));
            });
  }

  @Test
  void parseAgreesWithASearchOfTheConstants() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(0, ENUMS.size() - 1), strings().ascii().ofLengthBetween(0, 30))
        .checkAssert(
            (index, id) -> {
              Class<? extends Enum<?>> type = ENUMS.get(index);
              Enum<?> found =
                  Stream.of(type.getEnumConstants())
                      .filter(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(id))
                      .findFirst()
                      .orElse(null);
              if (found != null) {
                assertSame(found, parse(type, id));
              } else {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> parse(type, id));
                assertEquals(
                    "unknown " + type.getSimpleName() + " id: '" + id + "'", e.getMessage());
              }
            });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> parse(Class<?> type, String id) {
    return EnumIds.parse((Class) type, id);
  }
}
