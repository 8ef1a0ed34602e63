package dev.bothways.capture.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, realistic-looking Ethernet pcap: tens of thousands of interleaved flows with
 * full handshakes and closes, unanswered SYNs with retransmissions, refused connections (RST),
 * retransmitted data and DNS over UDP. Deterministic for a given seed. Every client port is used
 * once, so each flow is one tshark conversation.
 */
public final class SyntheticCapture {
    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final int FIN = 0x01;
    private static final int RST = 0x04;
    private static final int PSH = 0x08;
    private static final int CONCURRENT = 256;
    private static final int CLIENTS = 4000;

    private final Random random;
    private final byte[] payload = new byte[1500];
    private final ByteBuffer frame = ByteBuffer.allocate(1600).order(ByteOrder.BIG_ENDIAN);
    private final ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    private long nanos = 1_763_990_400_000_000_000L;
    private int ipId;
    private long flowsStarted;
    private long tcpFlows;
    private long packets;
    private long written;

    public SyntheticCapture(long seed) {
        this.random = new Random(seed);
        random.nextBytes(payload);
    }

    /** What was written: the counts a reader must find again. */
    public record Written(long bytes, long packets, long flows, long tcpFlows) {
    }

    /** One flow as the list of packets still to send; each packet is {from client?, flags, seq, ack, length}. */
    private record Step(boolean fromClient, int flags, long seq, long ack, int length, boolean udp) {
    }

    private final class FlowScript {
        final int client;
        final int server;
        final int clientPort;
        final int serverPort;
        final List<Step> steps = new ArrayList<>();
        int next;

        FlowScript(long index) {
            this.client = 0x0A000000 | (int) (index % CLIENTS) + 1;
            this.server = 0xC6336400 | random.nextInt(200) + 1;
            this.clientPort = 1024 + (int) (index / CLIENTS);
            this.serverPort = random.nextInt(10) == 0 ? 53 : 443;
            long c = random.nextInt() & 0xFFFFFFFFL;
            long s = random.nextInt() & 0xFFFFFFFFL;
            int kind = random.nextInt(100);
            if (serverPort == 53) {
                steps.add(new Step(true, 0, 0, 0, 40, true));
                steps.add(new Step(false, 0, 0, 0, 120, true));
            } else if (kind < 8) {
                steps.add(new Step(true, SYN, c, 0, 0, false));
                steps.add(new Step(true, SYN, c, 0, 0, false));
                steps.add(new Step(true, SYN, c, 0, 0, false));
            } else if (kind < 16) {
                steps.add(new Step(true, SYN, c, 0, 0, false));
                steps.add(new Step(false, RST | ACK, 0, c + 1, 0, false));
            } else {
                steps.add(new Step(true, SYN, c, 0, 0, false));
                steps.add(new Step(false, SYN | ACK, s, c + 1, 0, false));
                steps.add(new Step(true, ACK, c + 1, s + 1, 0, false));
                long cs = c + 1;
                long ss = s + 1;
                int request = 200 + random.nextInt(400);
                steps.add(new Step(true, PSH | ACK, cs, ss, request, false));
                cs += request;
                // Most connections are short (a page, an API call), a few are long downloads.
                int segments = random.nextInt(10) < 8 ? 1 + random.nextInt(3) : 4 + random.nextInt(50);
                for (int i = 0; i < segments; i++) {
                    int len = i == segments - 1 ? 100 + random.nextInt(1300) : 1448;
                    steps.add(new Step(false, ACK, ss, cs, len, false));
                    if (kind < 22 && i == 1) {
                        steps.add(new Step(false, ACK, ss, cs, len, false));
                    }
                    ss += len;
                    if (i % 2 == 1) {
                        steps.add(new Step(true, ACK, cs, ss, 0, false));
                    }
                }
                if (kind < 26) {
                    steps.add(new Step(true, RST | ACK, cs, ss, 0, false));
                } else {
                    steps.add(new Step(true, FIN | ACK, cs, ss, 0, false));
                    steps.add(new Step(false, FIN | ACK, ss, cs + 1, 0, false));
                    steps.add(new Step(true, ACK, cs + 1, ss + 1, 0, false));
                }
            }
            if (serverPort != 53) {
                tcpFlows++;
            }
        }
    }

    public Written write(Path file, long targetBytes) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(65535).putInt(1);
            out.write(header.array());
            written = 24;
            List<FlowScript> active = new ArrayList<>();
            while (written < targetBytes || !active.isEmpty()) {
                while (written < targetBytes && active.size() < CONCURRENT) {
                    active.add(new FlowScript(flowsStarted++));
                }
                int pick = random.nextInt(active.size());
                FlowScript flow = active.get(pick);
                emit(out, flow, flow.steps.get(flow.next++));
                if (flow.next == flow.steps.size()) {
                    active.set(pick, active.get(active.size() - 1));
                    active.remove(active.size() - 1);
                }
            }
        }
        return new Written(written, packets, flowsStarted, tcpFlows);
    }

    private void emit(OutputStream out, FlowScript flow, Step step) throws IOException {
        nanos += 1_000 + random.nextInt(20_000);
        int src = step.fromClient ? flow.client : flow.server;
        int dst = step.fromClient ? flow.server : flow.client;
        int sport = step.fromClient ? flow.clientPort : flow.serverPort;
        int dport = step.fromClient ? flow.serverPort : flow.clientPort;
        // TCP options as Linux sends them: MSS, SACK permitted, timestamps and window scale on
        // SYNs, timestamps on everything else.
        int options = step.udp ? 0 : (step.flags & SYN) != 0 ? 20 : 12;
        int l4 = step.udp ? 8 : 20 + options;
        int ipLength = 20 + l4 + step.length;
        frame.clear();
        frame.putShort((short) 0x0200).putInt(src).putShort((short) 0x0200).putInt(dst).putShort((short) 0x0800);
        frame.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) ipId++).putShort((short) 0x4000)
                .put((byte) 64).put((byte) (step.udp ? 17 : 6)).putShort((short) 0).putInt(src).putInt(dst);
        if (step.udp) {
            frame.putShort((short) sport).putShort((short) dport).putShort((short) (8 + step.length)).putShort((short) 0);
        } else {
            frame.putShort((short) sport).putShort((short) dport).putInt((int) step.seq).putInt((int) step.ack)
                    .put((byte) ((20 + options) / 4 << 4)).put((byte) step.flags).putShort((short) 65535).putInt(0);
            int stamp = (int) (nanos / 1_000_000);
            if (options == 20) {
                frame.put((byte) 2).put((byte) 4).putShort((short) 1460).put((byte) 4).put((byte) 2)
                        .put((byte) 8).put((byte) 10).putInt(stamp).putInt(0).put((byte) 1).put((byte) 3).put((byte) 3).put((byte) 7);
            } else {
                frame.put((byte) 1).put((byte) 1).put((byte) 8).put((byte) 10).putInt(stamp).putInt(stamp - 20);
            }
        }
        frame.put(payload, 0, step.length);
        int length = frame.position();
        record.clear();
        record.putInt((int) (nanos / 1_000_000_000L)).putInt((int) (nanos % 1_000_000_000L / 1000))
                .putInt(length).putInt(length);
        out.write(record.array());
        out.write(frame.array(), 0, length);
        written += 16 + length;
        packets++;
    }
}
