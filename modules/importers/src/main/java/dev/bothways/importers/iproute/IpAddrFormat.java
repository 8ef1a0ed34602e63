package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.Progress;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code ip addr} (and {@code ip -o addr}) as text. */
public final class IpAddrFormat implements ArtifactFormat<Evidence<InterfaceAddress>> {
    private static final Pattern INTERFACE = Pattern.compile("^\\d+: [^\\s:]+:? (<[A-Z0-9_,-]*>|\\s*inet6? ).*");
    @Override
    public String id() {
        return "ip-addr";
    }

    @Override
    public String title() {
        return "ip addr";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        IpTextShape shape = IpTextShape.of(head);
        Optional<MatchStrength> known = shape.textVerdict(c -> c.object() == IpCommand.IpObject.ADDRESS);
        if (known.isPresent()) {
            return known.get();
        }
        return INTERFACE.matcher(shape.lines().getFirst()).matches() ? MatchStrength.FULL : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<InterfaceAddress>> parse(ArtifactSource source, Progress progress) {
        return new IpAddrParser(source, progress).parse();
    }
}
