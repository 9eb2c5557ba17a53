package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.MissingInputException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ispkit's client modules, applied per package in {@code package-info.java}.
 *
 * <p>Generated {@code ImmutableX} classes stay package-private; users see the abstract type {@code X}, build it
 * with {@code X.builder()} (a nested {@code X.Builder} extending the generated one), and get an {@code X} back.
 * Collections are JDK ones, and attributes marked {@code @Value.Redacted} print as {@code ****}. A required
 * attribute left unset, or {@code null} given to a setter, throws {@link MissingInputException} naming the field.
 *
 * <pre>{@code
 * @PanelValueStyle
 * package dev.ispkit.dci6;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "****",
    throwForInvalidImmutableState = MissingInputException.class,
    throwForNullPointer = MissingInputException.class,
    defaults = @Value.Immutable(copy = true))
public @interface PanelValueStyle {}
