package io.clarity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clarity scenario --html}: the page is written, and the transcript stays as it was. */
class HtmlPageCommandTest {

    private static final Path DEMO = Path.of("../contracts/demo/tip-jar.scn");

    @TempDir
    Path dir;

    @Test
    void thePageIsWrittenAndTheTranscriptIsUnchanged() throws IOException {
        Path page = dir.resolve("pages/report.html");
        CliRunner.Result r = CliRunner.run("scenario", "--html", page.toString(), DEMO.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("../contracts/demo/tip-jar.out")));
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>clarity scenario " + DEMO + "</title>");
        // one entry per step of the scenario, three of them rolled back (as the transcript's (err ..) calls)
        assertThat(html.split("<li class=\"entry ", -1)).hasSize(15);
        assertThat(html.split("data-status=\"rolled-back\"", -1)).hasSize(4);
    }

    @Test
    void severalScenariosMakeOnePageWithASectionEach() throws IOException {
        Files.writeString(dir.resolve("a.scn"), "eval (+ 1 2)\n");
        Files.writeString(dir.resolve("b.scn"), "eval (/ 1 0)\nmine 2\n");
        CliRunner.Result r = CliRunner.runIn(dir, "", "scenario", "--html", "both.html", "a.scn", "b.scn");
        assertThat(r.status()).isZero();
        String html = Files.readString(dir.resolve("both.html"));
        assertThat(html).contains("<h3>a.scn</h3>", "<h3>b.scn</h3>");
        assertThat(html.split("<li class=\"entry ", -1)).hasSize(4);
        assertThat(html.split("data-status=\"failed\"", -1)).hasSize(2);
    }

    @Test
    void anUnwritablePageIsAClearError() throws IOException {
        Files.writeString(dir.resolve("a.scn"), "eval (+ 1 2)\n");
        Files.writeString(dir.resolve("file"), "not a folder");
        CliRunner.Result r = CliRunner.runIn(dir, "", "scenario", "--html", "file/page.html", "a.scn");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("clarity scenario: cannot write file/page.html: ");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
