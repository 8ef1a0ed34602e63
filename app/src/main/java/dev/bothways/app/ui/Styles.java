package dev.bothways.app.ui;

/** CSS class names used in code, so views and the style sheet agree. */
public final class Styles {
    public static final String LANE_CANVAS = "lane-canvas";
    public static final String NODE_GLYPH = "node-glyph";
    public static final String LINK_FORWARD = "link-forward";
    public static final String LINK_RETURN = "link-return";
    public static final String LANE_TITLE_FORWARD = "lane-title-forward";
    public static final String LANE_TITLE_RETURN = "lane-title-return";
    public static final String CENTRE_LINE = "centre-line";
    public static final String DIVERGENCE_MARK = "divergence-mark";
    public static final String DIVERGENCE_ZONE = "divergence-zone";
    public static final String LEGEND = "legend";
    public static final String INSPECTOR = "inspector";
    public static final String EXCERPT = "excerpt";
    public static final String FINDING_KIND = "finding-kind";
    public static final String PRESENTATION = "presentation";
    public static final String STATE_BOUNDARY = "state-boundary";
    public static final String DEATH_MARK = "death-mark";
    public static final String VERDICT_BANNER = "verdict-banner";
    public static final String PACKET_MARKER = "packet-marker";
    public static final String FLOW_STEPPER = "flow-stepper";
    public static final String TEACHING = "teaching";
    public static final String PACKET_DETAIL = "packet-detail";
    public static final String PACKET_TREE = "packet-tree";
    public static final String HEX_DUMP = "hex-dump";
    public static final String HEX_BYTE = "hex-byte";
    public static final String HEX_CHAR = "hex-char";

    private Styles() {
    }
}
