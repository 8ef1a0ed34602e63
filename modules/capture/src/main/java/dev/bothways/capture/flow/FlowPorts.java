package dev.bothways.capture.flow;

/**
 * The ports a flow is keyed on, as the flow index and Community ID keep them: TCP and UDP ports;
 * for ICMP the type and its counterpart (echo request and reply share a flow), or the code when the
 * type has no counterpart; 0 for every other protocol.
 */
public final class FlowPorts {
    private FlowPorts() {
    }

    public static int source(int protocol, int sourcePort) {
        return protocol == 6 || protocol == 17 || protocol == 1 || protocol == 58 ? sourcePort : 0;
    }

    public static int destination(int protocol, int sourcePort, int destinationPort) {
        if (protocol == 1 || protocol == 58) {
            int counterpart = CommunityId.counterpart(protocol, sourcePort);
            return counterpart >= 0 ? counterpart : destinationPort;
        }
        return protocol == 6 || protocol == 17 ? destinationPort : 0;
    }
}
