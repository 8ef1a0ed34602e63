package dev.bothways.app.cli;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the window by name, so that no class of the command line refers to JavaFX and the
 * headless commands never load it.
 */
final class WindowStart {
    private static final String WINDOW = "dev.bothways.app.ui.BothwaysApp";

    private WindowStart() {
    }

    static int open(Optional<Path> caseFolder) {
        try {
            Class.forName(WINDOW).getMethod("launchWindow", Optional.class).invoke(null, caseFolder);
            return 0;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            System.err.println("bothways: the window needs JavaFX, which was not found (" + e.getMessage() + ")");
            return 3;
        } catch (InvocationTargetException e) {
            System.err.println("bothways: the window failed to start: " + e.getCause());
            return 3;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("window entry point missing", e);
        }
    }
}
