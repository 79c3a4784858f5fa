package org.anju.leasing.domain;

/** An application waits for staff, then is approved or rejected; the resident may withdraw it while it waits. */
public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN
}
