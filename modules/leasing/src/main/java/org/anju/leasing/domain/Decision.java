package org.anju.leasing.domain;

/** What an approver decides at a step: approve, reject (final), or return the draft for changes. */
public enum Decision {
    APPROVE, REJECT, RETURN
}
