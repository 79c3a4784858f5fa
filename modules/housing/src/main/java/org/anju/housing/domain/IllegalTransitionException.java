package org.anju.housing.domain;

import org.anju.housing.api.UnitStatus;

/** A status change the state machine does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final UnitStatus from;
    private final UnitStatus to;

    public IllegalTransitionException(UnitStatus from, UnitStatus to) {
        super(from + " -> " + to + " is not allowed; allowed: " + from.allowedNext());
        this.from = from;
        this.to = to;
    }

    public UnitStatus from() {
        return from;
    }

    public UnitStatus to() {
        return to;
    }
}
