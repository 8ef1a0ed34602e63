package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.capture.detail.DetailField;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The packet detail tab, opened from the stepper's packet list, on the sample case (firewall-pair-ecmp).
 * Expected values are tshark's for the same packets: the first SYN is client packet 2 (sent,
 * interface 2), r1 packets 4 in and 5 out, fw1 4 and 5, r2 7 and 8, server 3, with
 * {@code tshark -T fields -e frame.number -e sll.pkttype -e ip.ttl -e tcp.seq_raw -e tcp.flags
 * -Y "tcp.seq_raw==1041523783 && tcp.flags==0x002"}: TTL 64 at the client, 61 leaving r2.
 */
@ExtendWith(ApplicationExtension.class)
class PacketDetailViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = SampleCaseWindow.show(stage).window();
    }

    private PacketDetailView detail() {
        return window.packetDetail();
    }

    /** Double-clicks the first packet of the stepper's list, which opens its detail. */
    private void clickFirstPacket(FxRobot robot) {
        Node first = robot.lookup(".packet-list .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0).findFirst().orElseThrow();
        robot.doubleClickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> layers(PacketDetailView view) {
        return view.tree().getRoot().getChildren().stream().map(i -> i.getValue().text()).toList();
    }

    private static TreeItem<DetailField> layer(PacketDetailView view, String name) {
        return view.tree().getRoot().getChildren().stream().filter(i -> i.getValue().name().startsWith(name))
                .findFirst().orElseThrow();
    }

    private static List<String> children(TreeItem<DetailField> item) {
        return item.getChildren().stream().map(i -> i.getValue().text()).toList();
    }

    private static List<String> picked(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream()
                .filter(l -> l.getPseudoClassStates().contains(PacketDetailView.PICKED)).map(Label::getText).toList();
    }

    @Test
    void pickingTheSynInThePacketListShowsItsLayersAsTheClientCapturedIt(FxRobot robot) {
        assertEquals(List.of(), layers(detail()));
        clickFirstPacket(robot);

        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        assertEquals("Packet detail", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals("SYN, forward lane", robot.lookup(".packet-title").queryAs(Label.class).getText());
        assertEquals(List.of("client · packet 2, out", "r1 · packet 4, in", "r1 · packet 5, out", "fw1 · packet 4, in",
                        "fw1 · packet 5, out", "r2 · packet 7, in", "r2 · packet 8, out", "server · packet 3, in"),
                detail().points().getItems().stream().map(PacketDetailViewModel.Pass::label).toList());
        assertEquals("client · packet 2, out", detail().points().getValue().label());
        assertEquals(List.of("Frame 2: 80 bytes on wire (640 bits), 80 bytes captured (640 bits)",
                        "Linux cooked capture v2",
                        "Internet Protocol Version 4, Src: 10.0.1.10, Dst: 10.0.2.10",
                        "Transmission Control Protocol, Src Port: 40001, Dst Port: 8080, Seq: 1041523783, Len: 0"),
                layers(detail()));
        TreeItem<DetailField> tcp = layer(detail(), "Transmission Control Protocol");
        assertTrue(tcp.isExpanded(), "the TCP layer opens first");
        assertEquals(List.of("Source Port: 40001", "Destination Port: 8080", "Sequence Number (raw): 1041523783",
                        "Acknowledgment number (raw): 0", "1010 .... = Header Length: 40 bytes (10)",
                        "Flags: 0x002 (SYN)", "Window: 64240", "Checksum: 0x1742", "Urgent Pointer: 0",
                        "Options: (20 bytes), Maximum segment size, SACK permitted, Timestamps, No-Operation (NOP), "
                                + "Window scale"),
                children(tcp));
        assertEquals(5, detail().hex().getItems().size());
    }

    @Test
    void doubleClickingALadderRowOpensThatPacketsDetail(FxRobot robot) {
        LadderCanvas ladder = window.stepper().ladder();
        javafx.geometry.Rectangle2D row = ladder.rowBounds(1).orElseThrow();
        robot.doubleClickOn(window.stepper().ladderPane().getContent()
                .localToScreen(row.getMinX() + 40, (row.getMinY() + row.getMaxY()) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        assertEquals("Packet detail", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals("SYN-ACK, return lane", robot.lookup(".packet-title").queryAs(Label.class).getText());
    }

    @Test
    void steppingWithTheArrowKeysFollowsInTheDetail(FxRobot robot) {
        clickFirstPacket(robot);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        // the SYN-ACK, first seen by the server: server packet 4 (tshark: tcp.flags 0x0012, ip.ttl 64)
        assertEquals("SYN-ACK, return lane", robot.lookup(".packet-title").queryAs(Label.class).getText());
        assertEquals("server · packet 4, out", detail().points().getValue().label());
        assertEquals("Flags: 0x012 (SYN, ACK)", layer(detail(), "Transmission Control Protocol").getChildren().stream()
                .map(i -> i.getValue().text()).filter(t -> t.startsWith("Flags")).findFirst().orElseThrow());
    }

    @Test
    void pickingAFieldLightsUpItsBytesInTheHexDump(FxRobot robot) {
        clickFirstPacket(robot);
        assertEquals(List.of(), picked(robot, Styles.HEX_BYTE));
        Node sourcePort = robot.lookup(".packet-tree .tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && "Source Port: 40001".equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn(sourcePort);
        WaitForAsyncUtils.waitForFxEvents();
        // port 40001 is 0x9c41, at bytes 40 and 41 (after 20 bytes of cooked header and 20 of IPv4)
        assertEquals(List.of("9c", "41"), picked(robot, Styles.HEX_BYTE));
        assertEquals(List.of(".", "A"), picked(robot, Styles.HEX_CHAR));
    }

    @Test
    void clickingAByteInTheHexDumpPicksItsField(FxRobot robot) {
        clickFirstPacket(robot);
        // byte 28 (row 0x0010, column 12) is the IPv4 TTL: 0x40
        ListCell<?> row = robot.lookup(".hex-dump .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == 1).map(n -> (ListCell<?>) n)
                .findFirst().orElseThrow();
        HBox bytes = (HBox) ((HBox) row.getGraphic()).getChildren().get(1);
        Label ttl = (Label) bytes.getChildren().get(12);
        assertEquals("40", ttl.getText());
        robot.clickOn(ttl);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Time to Live: 64"), detail().viewModel().fieldProperty().get().map(DetailField::text));
        assertEquals("Time to Live: 64", detail().tree().getSelectionModel().getSelectedItem().getValue().text());
        assertEquals(List.of("40"), picked(robot, Styles.HEX_BYTE));
    }

    @Test
    void choosingAnotherCapturePointShowsThePacketAsItLeftThatHost(FxRobot robot) {
        clickFirstPacket(robot);
        robot.interact(() -> detail().points().setValue(detail().points().getItems().get(6)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("r2/capture.pcapng · packet 8 · 80 bytes", robot.lookup(".packet-source").queryAs(Label.class).getText());
        TreeItem<DetailField> ip = layer(detail(), "Internet Protocol Version 4");
        assertTrue(children(ip).contains("Time to Live: 61"), children(ip).toString());
        assertEquals(List.of("Protocol: IPv4 (0x0800)", "Interface index: 4", "Link-layer address type: Ethernet (1)",
                        "Packet type: Sent by us (4)", "Link-layer address length: 6"),
                children(layer(detail(), "Linux cooked capture v2")).subList(0, 5));
    }
}
