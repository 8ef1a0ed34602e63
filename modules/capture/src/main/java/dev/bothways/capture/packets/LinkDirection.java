package dev.bothways.capture.packets;

/** Which way a packet crossed the capturing interface, when the link header says (Linux cooked captures do). */
public enum LinkDirection {
    IN, OUT, UNKNOWN
}
