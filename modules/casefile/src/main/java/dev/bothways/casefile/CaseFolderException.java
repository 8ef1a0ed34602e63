package dev.bothways.casefile;

import java.nio.file.Path;

/** The folder given is not a case folder at all (missing, not a folder, unreadable). */
public final class CaseFolderException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaseFolderException(Path folder, String message) {
        super(folder + ": " + message);
    }
}
