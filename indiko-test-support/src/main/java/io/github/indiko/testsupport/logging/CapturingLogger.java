package io.github.indiko.testsupport.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of {@link CapturingProvider}: every level is enabled while a capture is open. */
final class CapturingLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return LogCapture.capturing();
  }

  @Override
  public boolean isDebugEnabled() {
    return LogCapture.capturing();
  }

  @Override
  public boolean isInfoEnabled() {
    return LogCapture.capturing();
  }

  @Override
  public boolean isWarnEnabled() {
    return LogCapture.capturing();
  }

  @Override
  public boolean isErrorEnabled() {
    return LogCapture.capturing();
  }

  @Override
  protected @Nullable String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level,
      @Nullable Marker marker,
      String messagePattern,
      Object @Nullable [] arguments,
      @Nullable Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
    LogCapture.record(
        new LogCapture.Event(
            level, name, message, Thread.currentThread().getName(), stackTrace(throwable)));
  }

  private static @Nullable String stackTrace(@Nullable Throwable throwable) {
    if (throwable == null) {
      return null;
    }
    StringWriter text = new StringWriter();
    throwable.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
