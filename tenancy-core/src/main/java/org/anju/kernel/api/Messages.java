package org.anju.kernel.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message catalogue of every user-visible server message (P8). zh-CN is the default language, English is
 * available. Each module ships {@code i18n/messages_zh_CN.properties} and {@code i18n/messages_en.properties}
 * (UTF-8) with keys prefixed by its context; all files on the class path are merged.
 */
public final class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);

    private static final Map<String, Map<String, String>> CATALOGUES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The supported locale an {@code Accept-Language} header asks for; zh-CN when absent, unparseable or
     * asking for anything else.
     */
    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH_CN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return ZH_CN;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return ZH_CN;
        }
        return ZH_CN;
    }

    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /** The message for {@code key} in {@code locale}, formatted with {@code args}; the key itself when unknown. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return key;
        }
        // Always through MessageFormat, so quoting ('') means the same with and without arguments.
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }

    /** The unformatted text of {@code key} (for templates another formatter fills in), or null. */
    public static String pattern(Locale locale, String key) {
        return find(locale, key);
    }

    /** Whether the catalogue of {@code locale} defines {@code key}. */
    public static boolean has(Locale locale, String key) {
        return find(locale, key) != null;
    }

    private static String find(Locale locale, String key) {
        String value = catalogue(tag(locale)).get(key);
        if (value == null && !tag(locale).equals(tag(ZH_CN))) {
            value = catalogue(tag(ZH_CN)).get(key);
        }
        return value;
    }

    private static String tag(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh_CN";
    }

    private static Map<String, String> catalogue(String tag) {
        return CATALOGUES.computeIfAbsent(tag, Messages::load);
    }

    private static Map<String, String> load(String tag) {
        Map<String, String> merged = new HashMap<>();
        ClassLoader loader = Messages.class.getClassLoader();
        try {
            Enumeration<URL> urls = loader.getResources("i18n/messages_" + tag + ".properties");
            while (urls.hasMoreElements()) {
                Properties props = new Properties();
                try (InputStream in = urls.nextElement().openStream()) {
                    props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                props.forEach((k, v) -> merged.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(merged);
    }
}
