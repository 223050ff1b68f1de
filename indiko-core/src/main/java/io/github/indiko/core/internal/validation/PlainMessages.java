package io.github.indiko.core.internal.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Messages of broken constraints without Expression Language, in one fixed language (so they do
 * not depend on the machine's locale). {@link ParameterMessageInterpolator} resolves parameters
 * only; the default messages of {@code @DecimalMin} and {@code @DecimalMax} hold an EL expression
 * for their {@code inclusive} attribute, so their templates are replaced first by plain ones of
 * the {@code ContributorValidationMessages} bundle. Thread-safe.
 */
final class PlainMessages implements MessageInterpolator {
  private static final String DECIMAL_MIN = "{jakarta.validation.constraints.DecimalMin.message}";
  private static final String DECIMAL_MAX = "{jakarta.validation.constraints.DecimalMax.message}";
  private static final String PLAIN = "{io.github.indiko.core.validation.";

  private final ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();
  private final Locale locale;

  /**
   * @param locale the language of every message: {@link Locale#ROOT} for English
   */
  PlainMessages(Locale locale) {
    this.locale = locale;
  }

  @Override
  public String interpolate(String template, Context context) {
    return parameters.interpolate(plain(template, context), context, locale);
  }

  /** Interpolates in this interpolator's language, whatever {@code locale} asks. */
  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return interpolate(template, context);
  }

  private static String plain(String template, Context context) {
    boolean inclusive =
        Boolean.TRUE.equals(context.getConstraintDescriptor().getAttributes().get("inclusive"));
    String bound = inclusive ? ".inclusive}" : ".exclusive}";
    if (template.equals(DECIMAL_MIN)) {
      return PLAIN + "DecimalMin" + bound;
    }
    if (template.equals(DECIMAL_MAX)) {
      return PLAIN + "DecimalMax" + bound;
    }
    return template;
  }
}
