package dev.bothways.app.ui;

import dev.bothways.model.Lane;
import dev.bothways.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The ladder diagram: one column per capture point, time flowing down, one row per packet with an
 * arrow from the first point that saw it to the last, a dot where it was seen, a red ✕ where it
 * provably was not and a grey ? where no capture can say. Drawn on a canvas the size of the view
 * ({@link LadderPane} scrolls it over the whole drawing), only the rows in view; each pass records
 * what it drew (a hit map from rows back to packets), so a click selects the packet under it.
 * Coordinates are the whole drawing's.
 */
public final class LadderCanvas extends Canvas {
    /** The palette of bothways.css: forward lane blue, return lane orange. */
    static final Color FORWARD = Color.web("#1f6fb4");
    static final Color RETURN = Color.web("#d95f02");
    static final Color DEATH = Color.web("#c62828");
    static final Color UNKNOWN = Color.web("#9e9e9e");
    private static final Color LIFELINE = Color.web("#cfd8dc");
    private static final Color CURRENT = Color.web("#fff3c4");

    private FlowSteps flow = FlowSteps.EMPTY;
    private List<String> blamed = List.of();
    private int current = -1;
    private double scale = 1;
    private double available = 0;
    private double viewTop = 0;
    private double viewLeft = 0;
    private double contentWidth = 0;
    private double contentHeight = 0;
    private Runnable onContentResized = () -> { };
    private final List<Hit> hits = new ArrayList<>();
    private IntConsumer onPick = i -> { };

    /** One drawn row and the packet it stands for. */
    public record Hit(Rectangle2D bounds, int index) {
    }

    public LadderCanvas() {
        setOnMouseClicked(e -> hitAt(e.getX() + viewLeft, e.getY() + viewTop).ifPresent(h -> onPick.accept(h.index())));
    }

    public void setOnPick(IntConsumer onPick) {
        this.onPick = onPick;
    }

    /** @param blamed the capture points the top finding blames, their column names drawn red */
    public void show(FlowSteps steps, List<String> blamed) {
        this.flow = steps;
        this.blamed = List.copyOf(blamed);
        this.current = -1;
        redraw();
    }

    public void setCurrent(int index) {
        this.current = index;
        redraw();
    }

    /** Larger type and rows, for presentation mode. */
    public void setLarge(boolean large) {
        this.scale = large ? 1.35 : 1;
        redraw();
    }

    /** The width there is to draw in: columns widen to fill it, and narrow down to a minimum. */
    public void setAvailableWidth(double width) {
        if (Math.abs(width - available) > 1) {
            available = width;
            redraw();
        }
    }

    /** The part of the drawing in view: the canvas takes its size and draws it, column names at its top. */
    void setView(double left, double top, double width, double height) {
        viewLeft = left;
        viewTop = top;
        setWidth(Math.max(1, width));
        setHeight(Math.max(1, height));
        redraw();
    }

    void setOnContentResized(Runnable onContentResized) {
        this.onContentResized = onContentResized;
    }

    /** The whole drawing's width and height. */
    public double contentWidth() {
        return contentWidth;
    }

    public double contentHeight() {
        return contentHeight;
    }

    public int rowCount() {
        return flow.steps().size();
    }

    public List<String> columns() {
        return flow.points();
    }

    /** What the last pass drew, row by row. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public Optional<Hit> hitAt(double x, double y) {
        if (y < viewTop + header()) {
            return Optional.empty();
        }
        return hits.stream().filter(h -> h.bounds().contains(x, y)).findFirst();
    }

    /** Where row {@code index} is (drawn or not), for scrolling it into view. */
    public Optional<Rectangle2D> rowBounds(int index) {
        return index < 0 || index >= flow.steps().size() ? Optional.empty()
                : Optional.of(new Rectangle2D(0, header() + index * row(), contentWidth, row()));
    }

    /** The header's height: rows start below it. */
    double headerHeight() {
        return header();
    }

    private double gutter() {
        return 150 * scale;
    }

    private double column() {
        int n = Math.max(1, flow.points().size());
        double fit = (available - gutter() - 12) / n;
        return Math.max(84 * scale, Math.min(170 * scale, fit));
    }

    private double header() {
        return 34 * scale;
    }

    private double row() {
        return 40 * scale;
    }

    private double x(String point) {
        return gutter() + column() * (flow.points().indexOf(point) + 0.5);
    }

    private void redraw() {
        List<String> points = flow.points();
        List<PacketStep> steps = flow.steps();
        double width = Math.max(gutter() + column() * points.size() + 8, 300);
        double height = Math.max(header() + row() * steps.size() + 16, 120);
        if (width != contentWidth || height != contentHeight) {
            contentWidth = width;
            contentHeight = height;
            onContentResized.run();
        }
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        hits.clear();
        g.save();
        g.translate(-viewLeft, -viewTop);
        try {
            if (steps.isEmpty()) {
                g.setFill(Color.web("#546e7a"));
                g.setFont(Font.font(13 * scale));
                g.setTextBaseline(VPos.TOP);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText("No packets: the case has no captures of the flow to follow.", 12, 12);
                return;
            }
            drawLifelines(g, points, steps.size());
            int first = Math.max(0, (int) Math.floor((viewTop - header()) / row()));
            int last = Math.min(steps.size() - 1, (int) Math.ceil((viewTop + getHeight() - header()) / row()));
            for (int i = first; i <= last; i++) {
                drawRow(g, steps.get(i));
            }
            drawHeader(g, points);
        } finally {
            g.restore();
        }
    }

    private void drawLifelines(GraphicsContext g, List<String> points, int rows) {
        double bottom = Math.min(header() + rows * row(), viewTop + getHeight());
        g.setStroke(LIFELINE);
        g.setLineWidth(2);
        g.setLineDashes();
        for (String p : points) {
            g.strokeLine(x(p), Math.max(header() - 4, viewTop), x(p), bottom);
        }
    }

    /** The column names over the top of what is in view, on white, with a rule below. */
    private void drawHeader(GraphicsContext g, List<String> points) {
        double top = viewTop;
        g.setFill(Color.WHITE);
        g.fillRect(viewLeft, top, getWidth(), header());
        g.setStroke(LIFELINE);
        g.setLineWidth(1);
        g.strokeLine(viewLeft, top + header() - 0.5, viewLeft + getWidth(), top + header() - 0.5);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", FontWeight.BOLD, 13 * scale));
        for (String p : points) {
            g.setFill(blamed.contains(p) ? DEATH : Color.web("#263238"));
            g.fillText(p, x(p), top + header() / 2);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font("System", FontWeight.BOLD, 11 * scale));
        g.setFill(Color.web("#546e7a"));
        g.fillText("time (s)  packet", 8, top + header() / 2);
    }

    private void drawRow(GraphicsContext g, PacketStep step) {
        double top = header() + step.index() * row();
        Rectangle2D band = new Rectangle2D(0, top, contentWidth, row());
        hits.add(new Hit(band, step.index()));
        if (step.index() == current) {
            g.setFill(CURRENT);
            g.fillRect(0, top, Math.max(contentWidth, viewLeft + getWidth()), row());
        }
        Color colour = step.lane() == Lane.FORWARD ? FORWARD : RETURN;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font("Monospaced", 12 * scale));
        g.setFill(Color.web("#37474f"));
        g.fillText(String.format(Locale.ROOT, "%8.3f", step.seconds()), 4, top + row() / 2);
        g.setFont(Font.font("System", step.index() == current ? FontWeight.BOLD : FontWeight.NORMAL, 12 * scale));
        g.setFill(colour);
        g.fillText(step.label(), 72 * scale, top + row() / 2);

        List<String> seen = step.seen();
        if (seen.isEmpty()) {
            return;
        }
        double y1 = top + row() * 0.22;
        double y2 = top + row() * 0.78;
        double xa = x(seen.get(0));
        double xb = x(step.lastSeen().orElse(seen.get(seen.size() - 1)));
        g.setStroke(colour);
        g.setLineWidth(step.index() == current ? 3.5 : 2.2);
        g.setLineDashes();
        double r = 4.5 * scale;
        if (xa != xb) {
            double shorten = (r + 2) / Math.hypot(xb - xa, y2 - y1);
            double tipX = xb - (xb - xa) * shorten;
            double tipY = y2 - (y2 - y1) * shorten;
            g.strokeLine(xa, y1, tipX, tipY);
            arrowHead(g, xa, y1, tipX, tipY, colour);
        }
        g.setFill(colour);
        for (String p : seen) {
            double px = x(p);
            double py = xa == xb ? (y1 + y2) / 2 : y1 + (y2 - y1) * (px - xa) / (xb - xa);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
        for (String p : step.onLane()) {
            boolean between = (x(p) - xa) * (x(p) - xb) < 0;
            if (between && step.visibility().get(p) == Visibility.NOT_SEEN) {
                double py = y1 + (y2 - y1) * (x(p) - xa) / (xb - xa);
                cross(g, x(p), py, 4 * scale, 2);
            }
        }
        if (step.stoppedAt().isEmpty() && step.diedAt().flatMap(n -> step.lastSeen().filter(n.value()::equals)).isPresent()) {
            cross(g, xb + 12 * scale, y2, 6 * scale, 3);
        }
        step.stoppedAt().ifPresent(stop -> {
            double sx = x(stop.point());
            boolean proven = stop.visibility() == Visibility.NOT_SEEN;
            g.setStroke(proven ? DEATH : UNKNOWN);
            g.setLineWidth(1.5);
            g.setLineDashes(4, 4);
            g.strokeLine(xb, y2, sx, y2);
            g.setLineDashes();
            if (proven) {
                cross(g, sx, y2, 6 * scale, 3);
            } else {
                g.setFill(UNKNOWN);
                g.setTextAlign(TextAlignment.CENTER);
                g.setFont(Font.font("System", FontWeight.BOLD, 14 * scale));
                g.fillText("?", sx, y2);
            }
        });
    }

    /** A red ✕: where a packet provably was not, or was dropped. */
    private static void cross(GraphicsContext g, double x, double y, double d, double width) {
        g.setStroke(DEATH);
        g.setLineDashes();
        g.setLineWidth(width);
        g.strokeLine(x - d, y - d, x + d, y + d);
        g.strokeLine(x - d, y + d, x + d, y - d);
    }

    private void arrowHead(GraphicsContext g, double x1, double y1, double x2, double y2, Color colour) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double head = 10 * scale;
        g.setFill(colour);
        g.fillPolygon(
                new double[] {x2, x2 - head * Math.cos(angle - Math.PI / 7), x2 - head * Math.cos(angle + Math.PI / 7)},
                new double[] {y2, y2 - head * Math.sin(angle - Math.PI / 7), y2 - head * Math.sin(angle + Math.PI / 7)}, 3);
    }
}
