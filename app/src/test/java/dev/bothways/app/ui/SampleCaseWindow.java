package dev.bothways.app.ui;

import dev.bothways.app.SampleCases;
import javafx.stage.Stage;

/** The main window on the bundled sample case, loaded on the calling thread, for window tests. */
record SampleCaseWindow(MainViewModel model, MainWindow window) {

    static SampleCaseWindow show(Stage stage) {
        MainViewModel model = new MainViewModel(TaskRunner.SAME_THREAD);
        MainWindow window = new MainWindow(model);
        stage.setScene(window.scene());
        stage.show();
        model.openCase(SampleCases.DEFAULT);
        return new SampleCaseWindow(model, window);
    }
}
