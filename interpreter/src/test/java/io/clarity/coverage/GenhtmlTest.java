package io.clarity.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clarity.Cl;
import io.clarity.Simnet;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * genhtml (Debian's lcov package) reads what we write without an error or a warning, branches
 * included. Without genhtml the test is skipped, unless {@code CI} is set (.ci/run installs it):
 * then it fails.
 */
class GenhtmlTest {

    @TempDir
    Path dir;

    private static Path genhtml() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "genhtml");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void genhtmlReadsOurLcovWithoutErrorOrWarning() throws IOException, InterruptedException {
        Path genhtml = genhtml();
        if (genhtml == null) {
            if (System.getenv("CI") != null) {
                fail("genhtml is not on the PATH, and CI is set: install Debian's lcov package (.ci/run does)");
            }
            assumeTrue(false, "genhtml is not on the PATH: install lcov (apt-get install lcov) to run this test");
        }
        Path file = dir.resolve("branchy.clar");
        Files.writeString(file, CoverageTest.BRANCHY);
        Coverage coverage = new Coverage();
        coverage.locate(CoverageTest.BRANCHY, file);
        Simnet simnet = new Simnet();
        simnet.instrument(coverage);
        simnet.deploy("branchy", CoverageTest.BRANCHY);
        simnet.callPublic("branchy", "check", List.of(Cl.uint(10)), "wallet_1");
        simnet.callPublic("branchy", "check", List.of(Cl.uint(0)), "wallet_1");
        Path lcov = dir.resolve("lcov.info");
        Lcov.write(lcov, coverage.report(dir.resolve("sources")));
        assertThat(Files.readString(lcov)).contains("BRDA:14,4,0,-");

        Process p = new ProcessBuilder(genhtml.toString(), "--branch-coverage", "-o", dir.resolve("html").toString(),
                lcov.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("error")
                .contains("branches...: ");
        assertThat(dir.resolve("html/index.html")).exists();
    }
}
