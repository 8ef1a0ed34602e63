package dev.bothways.capture.flow;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Community ID v1 flow hashing (github.com/corelight/community-id-spec): SHA-1 over seed,
 * the ordered addresses, protocol, a zero byte and the ordered ports, base64, prefixed "1:".
 * ICMP and ICMPv6 use type and code as ports, paired request/reply types hash alike, and
 * one-way ICMP messages keep their direction.
 */
public final class CommunityId {
    private final MessageDigest sha1;
    private final int seed;

    /** A hasher with seed 0, reusable for many flows (not thread-safe). */
    public CommunityId() {
        this(0);
    }

    public CommunityId(int seed) {
        this.seed = seed;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** The Community ID with seed 0 of a packet from {@code source}:{@code sourcePort}. */
    public static String of(int protocol, InetAddress source, int sourcePort, InetAddress destination, int destinationPort) {
        return new CommunityId().hash(protocol, source, sourcePort, destination, destinationPort);
    }

    /** The Community ID of a packet from {@code source}:{@code sourcePort} with this hasher's seed. */
    public String hash(int protocol, InetAddress source, int sourcePort, InetAddress destination, int destinationPort) {
        byte[] src = source.getAddress();
        byte[] dst = destination.getAddress();
        int sport = sourcePort;
        int dport = destinationPort;
        boolean hasPorts = protocol == 6 || protocol == 17 || protocol == 132 || protocol == 1 || protocol == 58;
        boolean oneWay = false;
        if (protocol == 1 || protocol == 58) {
            int counterpart = counterpart(protocol, sourcePort);
            if (counterpart >= 0) {
                dport = counterpart;
            } else {
                oneWay = true;
            }
        }
        if (!oneWay && !ordered(src, sport, dst, dport)) {
            byte[] t = src;
            src = dst;
            dst = t;
            int p = sport;
            sport = dport;
            dport = p;
        }
        ByteBuffer input = ByteBuffer.allocate(2 + src.length + dst.length + 2 + (hasPorts ? 4 : 0));
        input.putShort((short) seed).put(src).put(dst).put((byte) protocol).put((byte) 0);
        if (hasPorts) {
            input.putShort((short) sport).putShort((short) dport);
        }
        return "1:" + Base64.getEncoder().encodeToString(sha1.digest(input.array()));
    }

    private static boolean ordered(byte[] src, int sport, byte[] dst, int dport) {
        int c = Arrays.compareUnsigned(src, dst);
        return c < 0 || (c == 0 && sport <= dport);
    }

    /**
     * The type answering ICMP {@code type} (echo request and reply, and the like), or -1 when
     * the message has no counterpart.
     */
    public static int counterpart(int protocol, int type) {
        if (protocol == 1) {
            return switch (type) {
                case 8 -> 0;
                case 0 -> 8;
                case 13 -> 14;
                case 14 -> 13;
                case 15 -> 16;
                case 16 -> 15;
                case 10 -> 9;
                case 9 -> 10;
                case 17 -> 18;
                case 18 -> 17;
                default -> -1;
            };
        }
        return switch (type) {
            case 128 -> 129;
            case 129 -> 128;
            case 133 -> 134;
            case 134 -> 133;
            case 135 -> 136;
            case 136 -> 135;
            case 130 -> 131;
            case 131 -> 130;
            case 139 -> 140;
            case 140 -> 139;
            case 144 -> 145;
            case 145 -> 144;
            default -> -1;
        };
    }
}
