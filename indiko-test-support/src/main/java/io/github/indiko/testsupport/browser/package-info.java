/**
 * Indiko's browser tests: Debian's headless Chromium driven by Selenium, screenshots that are not
 * blank, and axe-core's accessibility audit.
 */
@NullMarked
package io.github.indiko.testsupport.browser;

import org.jspecify.annotations.NullMarked;
