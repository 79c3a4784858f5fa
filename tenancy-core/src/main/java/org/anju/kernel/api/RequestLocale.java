package org.anju.kernel.api;

import java.util.Locale;

/**
 * The language of the current request, bound by {@link RequestLocaleFilter} from {@code Accept-Language} so that
 * Bean Validation messages and problem answers speak it; zh-CN outside a request.
 */
public final class RequestLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLocale() {
    }

    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Messages.ZH_CN : locale;
    }

    /** Bound only by the web filter of the request. */
    public static void set(Locale locale) {
        CURRENT.set(locale);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
