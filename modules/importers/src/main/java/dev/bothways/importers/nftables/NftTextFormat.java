package dev.bothways.importers.nftables;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.netfilter.FirewallRuleset;
import java.util.regex.Pattern;

/** {@code nft list ruleset} (and {@code nft list table}) text: tables, chains, rules with counters. */
public final class NftTextFormat implements ArtifactFormat<FirewallRuleset> {
    private static final Pattern TABLE = Pattern.compile("^table\\s+(ip|ip6|inet|arp|bridge|netdev)\\s+\\S+\\s*\\{.*");
    private static final Pattern COMMAND = Pattern.compile("^(?:sudo\\s+)?(?:timeout\\s+(?:-s\\s+\\S+\\s+)?\\S+\\s+)?nft\\s+(?:-[a-zA-Z]+\\s+)*list\\s+.*");
    private static final Pattern JSON_FLAG = Pattern.compile("\\s(?:-[a-zA-Z]*j[a-zA-Z]*|--json)\\b");

    @Override
    public String id() {
        return "nft-ruleset";
    }

    @Override
    public String title() {
        return "nft list ruleset";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        String command = head.commandLine();
        if (COMMAND.matcher(command).matches() && !JSON_FLAG.matcher(command).find()) {
            return MatchStrength.FULL;
        }
        String first = head.firstLine();
        if (TABLE.matcher(first).matches()) {
            return head.head().contains("chain ") ? MatchStrength.FULL : MatchStrength.SOLID;
        }
        if (first.startsWith("table ") && first.endsWith("{")) {
            return MatchStrength.WEAK;
        }
        return MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<FirewallRuleset> parse(ArtifactSource source, Progress progress) {
        return new NftTextParser(source).parse();
    }
}
