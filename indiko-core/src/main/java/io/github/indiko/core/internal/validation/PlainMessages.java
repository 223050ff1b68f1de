package io.github.indiko.core.internal.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Messages of broken constraints without Expression Language, always in English (so they do not
 * depend on the machine's locale). {@link ParameterMessageInterpolator} resolves parameters only;
 * the default messages of {@code @DecimalMin} and {@code @DecimalMax} hold an EL expression for
 * their {@code inclusive} attribute, so their templates are replaced by plain ones first.
 * Thread-safe.
 */
final class PlainMessages implements MessageInterpolator {
  private static final String DECIMAL_MIN = "{jakarta.validation.constraints.DecimalMin.message}";
  private static final String DECIMAL_MAX = "{jakarta.validation.constraints.DecimalMax.message}";

  private final ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ROOT);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return parameters.interpolate(plain(template, context), context, Locale.ROOT);
  }

  private static String plain(String template, Context context) {
    boolean inclusive =
        Boolean.TRUE.equals(context.getConstraintDescriptor().getAttributes().get("inclusive"));
    String orEqual = inclusive ? "or equal to " : "";
    if (template.equals(DECIMAL_MIN)) {
      return "must be greater than " + orEqual + "{value}";
    }
    if (template.equals(DECIMAL_MAX)) {
      return "must be less than " + orEqual + "{value}";
    }
    return template;
  }
}
