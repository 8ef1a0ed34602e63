package dev.bothways.importers.sysctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.Golden;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.SysctlSetting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SysctlFormatTest {

    @SuppressWarnings("unchecked")
    private static List<Evidence<SysctlSetting>> settings(ImportedArtifact artifact) {
        return (List<Evidence<SysctlSetting>>) artifact.result().orElseThrow().items();
    }

    private static List<String> rpFilters(ImportedArtifact artifact) {
        return settings(artifact).stream().map(Evidence::fact)
                .filter(s -> s.name().equals(SysctlSetting.RP_FILTER))
                .map(s -> s.interfaceName().orElseThrow() + "=" + s.value()).toList();
    }

    @Test
    void centosSysctlAllGivesEveryInterfaceRpFilter() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("sysctl/jc-centos7-sysctl-a.out"));
        assertEquals("sysctl", artifact.artifact().format());
        assertEquals(List.of(), Imports.problems(artifact, Severity.NOTE));
        assertEquals(918, artifact.understood());
        assertEquals(List.of("all=1", "default=1", "docker0=1", "ens33=1", "lo=0"), rpFilters(artifact));
        assertEquals(new Evidence<>(new SysctlSetting("net.ipv4.conf.all.rp_filter", "1"),
                ArtifactLines.line(artifact.artifact().id(), 275)), settings(artifact).stream()
                .filter(e -> e.fact().key().equals("net.ipv4.conf.all.rp_filter")).findFirst().orElseThrow());
    }

    @Test
    void ubuntuSysctlAllIsReadWithoutProblems() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("sysctl/jc-ubuntu1804-sysctl-a.out"));
        assertEquals("sysctl", artifact.artifact().format());
        assertEquals(List.of(), Imports.problems(artifact, Severity.NOTE));
        assertEquals(878, artifact.understood());
    }

    @Test
    void missingIpv6RpFilterIsANoteNamingTheSetting() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("sysctl/hashbang-131-ipv6-rp-filter-missing.txt"));
        assertEquals("sysctl", artifact.artifact().format());
        assertEquals(List.of("2: this kernel has no net.ipv6.conf.all.rp_filter (No such file or directory)"),
                Imports.problems(artifact, Severity.NOTE));
        assertEquals(0, artifact.understood());
    }

    @Test
    void freeBsdSysctlIsRefusedWithOneClearReason() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("sysctl/jc-freebsd12-sysctl-a.out"));
        assertEquals("sysctl", artifact.artifact().format());
        assertEquals(List.of("1: BSD/macOS sysctl output ('name: value'); Bothways reads Linux settings (rp_filter,"
                + " ip_forward, policy routing), which these systems do not have; not read"),
                Imports.problems(artifact, Severity.NOTE));
        assertEquals(0, artifact.understood());
    }

    @Test
    void procSysPathsAndSingleLinesReadAsTheSameKeys() {
        String text = """
                /proc/sys/net/ipv4/conf/all/rp_filter:2
                /proc/sys/net/ipv4/conf/eth0.100/rp_filter:1
                """;
        ImportedArtifact artifact = Imports.paste(text);
        assertEquals("sysctl", artifact.artifact().format());
        assertEquals(List.of(new SysctlSetting("net.ipv4.conf.all.rp_filter", "2"),
                        new SysctlSetting("net.ipv4.conf.eth0/100.rp_filter", "1")),
                settings(artifact).stream().map(Evidence::fact).toList());
        assertEquals(Optional.of("eth0.100"), settings(artifact).get(1).fact().interfaceName());

        ImportedArtifact single = Imports.paste("root@fw1:~# sysctl net.ipv4.ip_forward\nnet.ipv4.ip_forward = 1\n");
        assertEquals("sysctl", single.artifact().format());
        assertEquals(List.of(new Evidence<>(new SysctlSetting("net.ipv4.ip_forward", "1"),
                ArtifactLines.line(single.artifact().id(), 2))), settings(single));
    }

    @Test
    void namespaceSysctlMatchesItsGoldenFile() {
        ImportedArtifact artifact = Imports.both(Golden.input("sysctl/sysctl-rp-filter"));
        assertEquals(List.of(), Imports.problems(artifact, Severity.NOTE));
        assertEquals(List.of("all=1", "d0=0", "default=0", "lo=0", "v1=1"), rpFilters(artifact));
        Golden.check("sysctl/sysctl-rp-filter", artifact);
    }
}
