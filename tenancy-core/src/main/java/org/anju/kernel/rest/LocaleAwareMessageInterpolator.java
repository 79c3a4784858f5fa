package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;

import org.anju.kernel.api.Messages;

/**
 * Bean Validation messages in the language of the request (configured in the web module's
 * {@code WEB-INF/validation.xml}). A template that is exactly one key of our catalogue comes from {@link Messages}
 * (which also words the standard constraints, e.g. {@code jakarta.validation.constraints.NotBlank.message}, in
 * zh-CN and English); the provider fills in the constraint's parameters.
 */
public class LocaleAwareMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, RequestLocale.current());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (template != null && template.length() > 2 && template.charAt(0) == '{'
                && template.charAt(template.length() - 1) == '}' && template.indexOf('{', 1) < 0) {
            String key = template.substring(1, template.length() - 1);
            String text = Messages.pattern(locale, key);
            if (text != null) {
                // our wording, the provider's parameter filling ({min}, {max}, {value})
                return delegate.interpolate(text, context, locale);
            }
        }
        return delegate.interpolate(template, context, locale);
    }
}
