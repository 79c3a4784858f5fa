package org.anju.messaging.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.messaging.api.BrokerLogin;

/** One random password per server start: nothing outside this JVM ever needs the platform's broker login. */
@ApplicationScoped
public class RandomBrokerLogin implements BrokerLogin {

    private final String password;

    public RandomBrokerLogin() {
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        password = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Override
    public String user() {
        return "anju-platform";
    }

    @Override
    public String password() {
        return password;
    }
}
