package dev.bothways.model;

/** What a node is, as far as evidence or the user says. */
public enum NodeRole {
    CLIENT, SERVER, ROUTER, HOST, UNKNOWN
}
