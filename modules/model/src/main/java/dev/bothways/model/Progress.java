package dev.bothways.model;

/**
 * How long work reports how far it got and learns whether it should stop. The window binds
 * this to a progress bar and a cancel button; the command line and tests use {@link #NONE}.
 */
public interface Progress {
    /** Never cancelled, reports nowhere. */
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units (bytes, lines, packets); total is -1 when unknown. */
    void worked(long done, long total);

    boolean cancelled();
}
