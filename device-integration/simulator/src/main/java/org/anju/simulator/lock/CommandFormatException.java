package org.anju.simulator.lock;

/**
 * A command that cannot be carried out as sent. With a {@link #commandId()} the lock answers FAILED with the
 * message as reason; without one there is nobody to answer and the lock only records it.
 */
public final class CommandFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String commandId;

    public CommandFormatException(String commandId, String reason) {
        super(reason);
        this.commandId = commandId;
    }

    /** The commandId found in the payload, or null. */
    public String commandId() {
        return commandId;
    }
}
