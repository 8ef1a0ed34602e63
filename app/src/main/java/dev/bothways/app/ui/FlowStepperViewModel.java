package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The flow stepper's state: the packets, which one is current (-1 before the first), whether it
 * plays and how fast, and the current step in plain words. The view's timer calls {@link #tick()}.
 * Touches no control.
 */
public final class FlowStepperViewModel {
    /** The speeds offered, as multiples of one step per {@link #SECONDS_PER_STEP} seconds. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0);
    public static final double SECONDS_PER_STEP = 1.6;

    private final ReadOnlyObjectWrapper<FlowSteps> steps = new ReadOnlyObjectWrapper<>(FlowSteps.EMPTY);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Optional<PacketStep>> currentStep = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1.0);
    private final BooleanProperty teaching = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private Optional<StepNarration> narration = Optional.empty();

    public FlowStepperViewModel() {
        current.addListener((obs, old, now) -> update());
    }

    /** Shows the analysis' packets, none current yet. */
    public void load(CaseAnalysis analysis) {
        narration = Optional.of(new StepNarration(analysis));
        show(FlowSteps.of(analysis));
    }

    void show(FlowSteps flow) {
        pause();
        steps.set(flow);
        current.set(-1);
        update();
    }

    private void update() {
        int i = current.get();
        List<PacketStep> all = steps.get().steps();
        Optional<PacketStep> step = i >= 0 && i < all.size() ? Optional.of(all.get(i)) : Optional.empty();
        currentStep.set(step);
        explanation.set(step.flatMap(s -> narration.map(n -> n.explain(s, all.size())))
                .orElse(all.isEmpty() ? "No packets of the flow were captured."
                        : all.size() + " packets. Press ▶ or → to follow them one at a time."));
    }

    public void step() {
        select(current.get() + 1);
    }

    public void back() {
        select(current.get() - 1);
    }

    /** Makes packet {@code index} current, clamped to the packets there are. */
    public void select(int index) {
        int size = steps.get().steps().size();
        current.set(size == 0 ? -1 : Math.max(0, Math.min(size - 1, index)));
    }

    /** Plays from the current packet; from the start when the last one is current. */
    public void play() {
        if (steps.get().isEmpty()) {
            return;
        }
        if (atEnd()) {
            current.set(-1);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One beat of the player's clock: the next packet, stopping after the last. */
    public void tick() {
        if (!playing.get()) {
            return;
        }
        step();
        if (atEnd()) {
            pause();
        }
    }

    private boolean atEnd() {
        return current.get() >= steps.get().steps().size() - 1;
    }

    /** How long each packet stays current while playing, at the chosen speed. */
    public double secondsPerStep() {
        return SECONDS_PER_STEP / speed.get();
    }

    public ReadOnlyObjectProperty<FlowSteps> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<PacketStep>> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty teachingProperty() {
        return teaching;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
