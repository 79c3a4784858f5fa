package org.anju.notify.api;

/**
 * Sends an SMS through the configured channel ({@code ANJU_SMS_CHANNEL}: {@code log} for development) and records it
 * in the organization's SMS log (phone masked; body redacted by production channels).
 */
public interface Sms {

    void send(String phone, String purpose, String body);
}
