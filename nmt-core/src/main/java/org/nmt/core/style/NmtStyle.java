package org.nmt.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every nmt value type.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract type ({@code
 * overshadowImplementation}); a value type exposes {@code builder()} through a nested {@code
 * Builder} that extends the generated one, and static {@code of(...)} factories where a value has
 * few fields. Collections are Guava immutable collections. Attributes marked
 * {@code @Value.Redacted} (free text of a clinical record) print as {@code ***} in {@code
 * toString()}.
 *
 * <p>Every {@code @Value.Default} returns a constant, and none reads another attribute: the
 * generated code computes defaults in declaration order without Immutables' initialization shim
 * ({@code unsafeDefaultAndDerived}), so a default that read another default or a derived value
 * declared after it would see it unset. There is no {@code @Value.Derived}; {@code @Value.Lazy} is
 * not affected.
 *
 * <p>A builder makes the builder of a list or set attribute only when the first element is added
 * ({@code deferCollectionAllocation}): most of a record's lists are empty or short, and reading a
 * record builds thousands of values.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    // Every default is a constant, so no default depends on another: no initialization shim (an
    // object and a volatile write per value built) is needed to order them.
    unsafeDefaultAndDerived = true,
    // A list's or set's builder only once an element is added (see above).
    deferCollectionAllocation = true,
    // No annotations discovered on the class path (javax.annotation.processing.Generated, Error
    // Prone's): generated code then needs no module beyond the value types' own.
    allowedClasspathAnnotations = {Override.class})
public @interface NmtStyle {}
