package io.github.indiko.testsupport.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The capturing SLF4J provider. A test JVM selects it with {@code
 * -Dslf4j.provider=io.github.indiko.testsupport.logging.CapturingProvider} (Surefire's {@code
 * systemPropertyVariables}); its loggers keep nothing and say no level is enabled unless a {@link
 * LogCapture} is open, and then enable every level, TRACE included.
 */
public final class CapturingProvider implements SLF4JServiceProvider {
  /** The version of the SLF4J API this provider is written for. */
  private static final String API_VERSION = "2.0.99";

  private final ILoggerFactory loggers = CapturingLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** A provider, as SLF4J makes it. */
  public CapturingProvider() {}

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return API_VERSION;
  }

  @Override
  public void initialize() {}
}
