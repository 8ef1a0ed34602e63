package dev.bothways.analysis.layout;

/** The horizontal band a node is drawn in: above for the forward lane only, centre when shared. */
public enum Band {
    FORWARD(-1), SHARED(0), RETURN(1);

    private final int row;

    Band(int row) {
        this.row = row;
    }

    /** -1 above the centre line, 0 on it, 1 below it. */
    public int row() {
        return row;
    }
}
