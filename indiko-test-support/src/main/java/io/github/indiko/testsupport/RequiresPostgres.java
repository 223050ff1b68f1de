package io.github.indiko.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs a real PostgreSQL server ({@link PostgresServer}): it is
 * disabled, with the reason {@value PostgresBinaries#MISSING} said on standard error too, where
 * {@link PostgresBinaries#find()} finds no server programs, and tagged {@code postgres}, so that a
 * run may leave such tests out ({@code -DexcludedGroups=postgres}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {}
