package org.anju.finance.infrastructure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.anju.finance.api.PaymentChannel;

/** RSA-SHA256 verification, PEM keys and form bodies, as the channels use them. */
final class ChannelCrypto {

    private ChannelCrypto() {
    }

    static PublicKey publicKey(String pem) throws PaymentChannel.Refused {
        if (pem == null || pem.isBlank()) {
            throw new PaymentChannel.Refused("channel-not-configured");
        }
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PaymentChannel.Refused("channel-key-invalid");
        }
    }

    static boolean verify(PublicKey key, byte[] message, String base64Signature) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(message);
            return s.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code a=1&b=2} (URL-encoded, UTF-8) as a map, in order. */
    static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(k, v);
        }
        return params;
    }

    /** Parameters sorted by name, without the excluded ones and empty values, joined {@code k=v&k=v}. */
    static String signingString(Map<String, String> params, String... excluded) {
        Map<String, String> sorted = new TreeMap<>(params);
        for (String x : excluded) {
            sorted.remove(x);
        }
        StringJoiner j = new StringJoiner("&");
        sorted.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                j.add(k + "=" + v);
            }
        });
        return j.toString();
    }
}
