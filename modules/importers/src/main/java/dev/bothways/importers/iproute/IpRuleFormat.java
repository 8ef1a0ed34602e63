package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Progress;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code ip rule} and {@code ip -6 rule} as text. */
public final class IpRuleFormat implements ArtifactFormat<Evidence<PolicyRule>> {
    private static final Pattern RULE = Pattern.compile("^\\d+:\\s+(not\\s+)?from\\s+\\S+.*");
    @Override
    public String id() {
        return "ip-rule";
    }

    @Override
    public String title() {
        return "ip rule";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        IpTextShape shape = IpTextShape.of(head);
        Optional<MatchStrength> known = shape.textVerdict(c -> c.object() == IpCommand.IpObject.RULE);
        if (known.isPresent()) {
            return known.get();
        }
        return RULE.matcher(shape.lines().getFirst()).matches() ? MatchStrength.FULL : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<PolicyRule>> parse(ArtifactSource source, Progress progress) {
        return new IpRuleParser(source, progress).parse();
    }
}
