package org.anju.leasing.api;

/**
 * Reaches a household without its personal data leaving leasing: the applicant's phone is unsealed here, used, and
 * never returned. Finance sends dunning notices through it.
 */
public interface HouseholdContact {

    /** Sends an SMS to the household's applicant; false when there is no usable mobile number. */
    boolean sms(long householdId, String purpose, String body);
}
