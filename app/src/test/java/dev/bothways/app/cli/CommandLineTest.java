package dev.bothways.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.bothways.app.SampleCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    static final Path SAMPLE = SampleCases.DEFAULT;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** As {@code Main} runs it. */
    private int run(String... args) {
        return BothwaysCommand.run(args);
    }

    @Test
    void eachCommandExplainsItselfWithHelp() {
        assertEquals(0, run("flows", "--help"));
        assertEquals(0, run("analyze", "-h"));
        assertEquals(0, run("help", "inspect"));
        List<String> usages = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Usage:")).toList();
        assertEquals(List.of("Usage: bothways flows [-h] [--json] CAPTURE", "Usage: bothways analyze [-h] [--json] [--flow=FLOW] CASE",
                "Usage: bothways inspect [-h] [--json] [--format=ID] FILE"), usages);
    }

    @Test
    void theHelpListsEveryCommandWithWhatItDoes() {
        assertEquals(0, run("--help"));
        List<String> commands = out.toString(StandardCharsets.UTF_8).lines().dropWhile(l -> !l.equals("Commands:"))
                .skip(1).filter(l -> l.startsWith("  ") && !l.startsWith("    ")).map(l -> l.strip().split(" +")[0]).toList();
        assertEquals(List.of("open", "analyze", "inspect", "flows", "help"), commands);
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().allMatch(l -> l.length() <= 80), out::toString);
    }

    @Test
    void theVersionIsPrinted() {
        assertEquals(0, run("-V"));
        assertEquals("Bothways 0.1.0\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertEquals(2, run("flows", "--bogus", "x.pcap"));
        assertEquals("bothways flows: Unrecognized option: --bogus\n"
                + "Try 'bothways --help' or 'bothways help flows'.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondOperandIsRefused() {
        assertEquals(2, run("analyze", "a", "b"));
        assertEquals("bothways analyze: takes one CASE, not 2: a b\n"
                + "Try 'bothways --help' or 'bothways help analyze'.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertEquals(2, run("analyze", SAMPLE.toString(), "--flow"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bothways analyze: Missing argument for option: flow\n"),
                err::toString);
    }

    @Test
    void helpOfAnUnknownCommandIsRefused() {
        assertEquals(2, run("help", "analyse"));
        assertEquals("bothways: help takes one of the commands open, analyze, inspect, flows, help, not analyse\n"
                + "Try 'bothways --help'.\n", err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> nodes(JsonNode lane) {
        List<String> names = new ArrayList<>();
        lane.forEach(hop -> names.add(hop.get("node").asText()));
        return names;
    }

    @Test
    void analyzeJsonPrintsBothLanesBetweenClientAndServer() throws Exception {
        assertEquals(0, run("analyze", SAMPLE.toString(), "--json"));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("tcp 10.0.1.10:40001 > 10.0.2.10:8080", report.get("flow").asText());
        List<String> forward = nodes(report.get("forward"));
        List<String> back = nodes(report.get("return"));
        assertEquals("client", forward.get(0));
        assertEquals("server", forward.get(forward.size() - 1));
        assertEquals("server", back.get(0));
        assertEquals("client", back.get(back.size() - 1));
        assertTrue(forward.size() > 2 && back.size() > 2, "both lanes pass hops: " + forward + " / " + back);
        assertTrue(report.get("findings").size() >= 1);
        JsonNode finding = report.get("findings").get(0);
        for (String field : List.of("kind", "confidence", "evidence", "against", "next")) {
            assertTrue(finding.has(field), "a finding has " + field);
        }
    }

    @Test
    void analyzeRefusesAFlowItCannotRead() {
        assertEquals(2, run("analyze", SAMPLE.toString(), "--flow", "tcp nowhere"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--flow 'tcp nowhere' is not of the form"));
    }

    @Test
    void aBadPathIsAClearMessageAndNonZero() {
        assertEquals(2, run("analyze", "/no/such/case"));
        assertEquals("bothways: /no/such/case: no such folder\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("inspect", "/no/such/file.txt"));
    }

    @Test
    void anUnknownSubcommandIsRefused() {
        assertEquals(2, run("analyse", SAMPLE.toString()));
        assertEquals("bothways: unknown command 'analyse'; the commands are open, analyze, inspect, flows, help\n"
                + "Try 'bothways --help'.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingArgumentNamesTheCommandAndTheParameter() {
        assertEquals(2, run("analyze"));
        assertEquals("bothways analyze: missing CASE: a case folder: one subfolder per host\n"
                + "Try 'bothways --help' or 'bothways help analyze'.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inspectJsonNamesTypeConfidenceAndItems() throws Exception {
        assertEquals(0, run("inspect", SAMPLE.resolve("server/traceroute-udp.txt").toString(), "--json"));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("traceroute", report.get("type").asText());
        assertEquals(0.97, report.get("confidence").asDouble());
        assertEquals(4, report.get("items").asInt());
        assertEquals(0, report.get("diagnostics").size());
    }

    @Test
    void inspectReadsACaptureAsPackets() throws Exception {
        assertEquals(0, run("inspect", SAMPLE.resolve("client/capture.pcapng").toString(), "--json"));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("pcapng", report.get("type").asText());
        assertTrue(report.get("items").asInt() > 0);
        assertEquals(0, report.get("diagnostics").size());
    }

    @Test
    void analyzeTextNamesTheVerdictAndWhereThePacketDied() {
        assertEquals(0, run("analyze", SAMPLE.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("asymmetric-stateful-drop (confidence 0.95) at fw2"), text);
        assertTrue(text.contains("died:    the SYN-ACK (return lane) was seen at [server, r2, fw2]"), text);
    }
}
