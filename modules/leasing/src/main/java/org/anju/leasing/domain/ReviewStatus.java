package org.anju.leasing.domain;

/** A household's yearly review: waiting for the resident, submitted, decided by staff. */
public enum ReviewStatus {
    PENDING, SUBMITTED, DECIDED
}
