package dev.bothways.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window, opened on a case folder when one is given. */
public final class BothwaysApp extends Application {

    /** Called by the command line (by name, so the headless commands never load JavaFX); blocks until the window closes. */
    public static void launchWindow(Optional<Path> caseFolder) {
        Application.launch(BothwaysApp.class, caseFolder.map(Path::toString).stream().toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel(new FxTaskRunner());
        MainWindow window = new MainWindow(model);
        stage.setTitle("Bothways");
        for (String size : new String[] {"64", "256"}) {
            var icon = BothwaysApp.class.getResource("bothways-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.setScene(window.scene());
        stage.show();
        getParameters().getUnnamed().stream().findFirst().map(Path::of).ifPresent(model::openCase);
    }
}
