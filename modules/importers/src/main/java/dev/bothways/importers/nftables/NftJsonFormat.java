package dev.bothways.importers.nftables;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.netfilter.FirewallRuleset;
import java.util.regex.Pattern;

/** {@code nft -j list ruleset}: the {@code {"nftables": [...]}} document. */
public final class NftJsonFormat implements ArtifactFormat<FirewallRuleset> {
    private static final Pattern START = Pattern.compile("^\\{\\s*\"nftables\"\\s*:\\s*\\[.*", Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:sudo\\s+)?(?:timeout\\s+(?:-s\\s+\\S+\\s+)?\\S+\\s+)?nft\\s+(?:-[a-zA-Z]*j[a-zA-Z]*|--json)\\s+(?:-[a-zA-Z]+\\s+)*list\\s+.*");

    @Override
    public String id() {
        return "nft-ruleset-json";
    }

    @Override
    public String title() {
        return "nft -j list ruleset";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        if (START.matcher(head.head().strip()).matches()) {
            return MatchStrength.FULL;
        }
        if (COMMAND.matcher(head.commandLine()).matches()) {
            return MatchStrength.SOLID;
        }
        return MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<FirewallRuleset> parse(ArtifactSource source, Progress progress) {
        return new NftJsonParser(source).parse();
    }
}
