package org.anju.notify.api;

/** A way to deliver SMS (CDI bean); chosen by its {@link #name()} from {@code ANJU_SMS_CHANNEL}. */
public interface SmsChannel {

    String name();

    /** Delivers; returns the body as it may be kept in the SMS log (a production channel redacts codes). */
    String deliver(String phone, String purpose, String body);
}
