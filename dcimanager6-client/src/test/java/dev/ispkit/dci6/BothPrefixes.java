package dev.ispkit.dci6;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs a test once with the documented API prefix {@code /api} and once with none (panels serving at the root). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "api prefix \"{0}\"")
@ValueSource(strings = {"/api", ""})
@interface BothPrefixes {}
