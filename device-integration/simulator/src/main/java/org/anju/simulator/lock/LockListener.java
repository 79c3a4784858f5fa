package org.anju.simulator.lock;

import org.anju.simulator.model.UnitSpec;

/** Observes the fleet (the command line prints through it). Called on the fleet thread: return quickly. */
public interface LockListener {

    /** An event was published (or buffered while the lock is offline); {@code resend} for a duplicate. */
    default void onEvent(UnitSpec unit, LockEvent event, boolean resend) {
    }

    default void onCommand(UnitSpec unit, ReceivedCommand command) {
    }

    default void onConnection(UnitSpec unit, boolean connected) {
    }
}
