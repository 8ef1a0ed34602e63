package dev.bothways.model;

/** Whether some evidence saw a node or link, or it was only inferred. */
public enum Basis {
    OBSERVED, INFERRED
}
