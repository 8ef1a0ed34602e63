package dev.bothways.importers.iptables;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.netfilter.FirewallRuleset;
import java.util.regex.Pattern;

/** {@code iptables -L [-v] [-n] [-x] [--line-numbers] [-t TABLE]} listings. */
public final class IptablesListFormat implements ArtifactFormat<FirewallRuleset> {
    private static final Pattern COMMAND = Pattern.compile("^(?:sudo\\s+)?ip6?tables(?:-legacy|-nft)?\\s+(?:.*\\s)?-[a-zA-Z]*L.*");

    @Override
    public String id() {
        return "iptables-list";
    }

    @Override
    public String title() {
        return "iptables -L";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        if (COMMAND.matcher(head.commandLine()).matches()) {
            return MatchStrength.FULL;
        }
        return IptablesListParser.CHAIN.matcher(head.firstLine()).matches() ? MatchStrength.FULL
                : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<FirewallRuleset> parse(ArtifactSource source, Progress progress) {
        return new IptablesListParser(source, source.commandLine().orElse("")).parse();
    }
}
