/**
 * The survey in a Spring Boot application: {@link
 * io.github.indiko.spring.boot.IndikoAutoConfiguration} and the {@code indiko.*} properties
 * ({@link io.github.indiko.spring.boot.IndikoProperties}) it reads.
 */
@NullMarked
package io.github.indiko.spring.boot;

import org.jspecify.annotations.NullMarked;
