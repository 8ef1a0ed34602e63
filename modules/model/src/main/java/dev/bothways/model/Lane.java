package dev.bothways.model;

/** The forward path (client to server) or the return path (server to client). */
public enum Lane {
    FORWARD, RETURN;

    public String label() {
        return this == FORWARD ? "forward" : "return";
    }
}
