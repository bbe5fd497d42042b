package io.clarity.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Costs.Dimension;
import io.clarity.Simnet;
import io.clarity.chain.ContractStorage;
import io.clarity.chain.DeployedContract;
import io.clarity.cost.ExecutionCost;
import io.clarity.eval.CallContext;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import io.clarity.support.SharedDir;
import io.clarity.value.PrincipalValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page of {@code clarity scenario --html}, read back with an HTML parser: every step is on it
 * with its transcript's result, every state write of the step is in its table with the value
 * before and after, failed and rolled-back steps are marked with the line at fault, costs are the
 * transcript's with their share of the block limit, nothing is loaded from outside, and contract
 * text is escaped.
 */
class ScenarioPageTest {

    private static final Path CONFORMANCE = Path.of("src/test/resources/conformance");

    /** A scenario run with its page, its transcript, and what it wrote step by step as a plain listener saw it. */
    private record Run(Document page, String html, List<Step> steps, List<String> transcript,
                       List<List<StateAccess>> writes, List<Map<String, String>> after, ScenarioRunner runner) {

        Elements entries() {
            return page.select("li.entry");
        }
    }

    /** Hears the state writes, to compare the page with. */
    private static final class Writes implements ExecutionListener {
        final List<StateAccess> current = new ArrayList<>();

        @Override
        public void state(StateAccess access, CallContext ctx) {
            if (access.write()) {
                current.add(access);
            }
        }
    }

    private static Run run(Path scenario) throws IOException {
        String text = Files.readString(scenario);
        List<String> transcript = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(scenario.toAbsolutePath().getParent(), null, transcript::add, true, true);
        Page page = new Page("page of " + scenario.getFileName());
        ScenarioRecording.record(runner, page, scenario.getFileName().toString());
        Writes writes = new Writes();
        runner.simnet().instrument(writes);
        List<List<StateAccess>> perStep = new ArrayList<>();
        List<Map<String, String>> after = new ArrayList<>();
        runner.afterEachStep(s -> {
            perStep.add(List.copyOf(writes.current));
            // what the chain holds after the step at each place the step wrote
            Map<String, String> now = new LinkedHashMap<>();
            for (StateAccess w : writes.current) {
                now.put(place(w), current(s, w));
            }
            after.add(now);
            writes.current.clear();
        });
        runner.run(text);
        String html = page.html();
        return new Run(Jsoup.parse(html), html, ScenarioReader.read(text), transcript, perStep, after, runner);
    }

    private static String place(StateAccess w) {
        return (w.contract() == null ? "" : w.contract().name() + ".") + w.place();
    }

    /** The value at {@code w}'s place on the chain now, read from the chain (not from the seam). */
    private static String current(Simnet simnet, StateAccess w) {
        if (w.store() == StateAccess.Store.STX_BALANCE) {
            return show(simnet.state().stxBalance((PrincipalValue) w.key()));
        }
        DeployedContract c = simnet.contract(w.contract());
        if (c == null) {
            return "(no contract)";
        }
        ContractStorage storage = c.storage();
        return show(switch (w.store()) {
            case DATA_VAR -> storage.dataVar(w.name());
            case MAP_ENTRY -> storage.mapGet(w.name(), w.key());
            case FT_BALANCE -> storage.ftBalance(w.name(), (PrincipalValue) w.key());
            case FT_SUPPLY -> storage.ftSupply(w.name());
            case NFT_OWNER -> storage.nftOwner(w.name(), w.key());
            case STX_BALANCE -> throw new AssertionError("read above");
        });
    }

    /** The transcript's step lines (not the indented event and costs lines). */
    private static List<String> stepLines(Run r) {
        return r.transcript().stream().filter(l -> !l.startsWith("  ")).toList();
    }

    private static Path seedScenario() {
        return SharedDir.require().resolve("oracle/examples/compute-sharing.scn");
    }

    private static final String SEED = "the seed's scenario";

    /** The scenarios of the corpus the page is tried on. */
    static Stream<Path> corpus() {
        return Stream.of("rollback/runtime-error.scn", "rollback/err-result.scn", "rollback/nested-public-call.scn",
                "rollback/private-calls.scn", "tokens/fungible.scn", "tokens/non-fungible.scn", "stx/contract-vault.scn")
                .map(CONFORMANCE::resolve).filter(Files::isRegularFile);
    }

    /** The seed's scenario (found when the test runs: it may be skipped) and the corpus's. */
    static Stream<String> scenarios() {
        return Stream.concat(Stream.of(SEED), corpus().map(Path::toString));
    }

    private static Path scenario(String name) {
        return name.equals(SEED) ? seedScenario() : Path.of(name);
    }

    @Test
    void theCorpusListHasTheScenariosItNames() {
        assertThat(corpus()).hasSize(7);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyStepIsOnThePageWithItsResult(String name) throws IOException {
        Run r = run(scenario(name));
        Elements entries = r.entries();
        List<String> lines = stepLines(r);
        assertThat(entries).hasSize(r.steps().size()).hasSize(lines.size());
        for (int i = 0; i < entries.size(); i++) {
            Element e = entries.get(i);
            Step step = r.steps().get(i);
            String line = lines.get(i);
            assertThat(e.selectFirst(".ln").text()).isEqualTo("line " + step.line());
            String firstLine = step.text().strip().split("\n", 2)[0].strip();
            assertThat(e.selectFirst(".what").text()).startsWith(firstLine.length() > 100 ? firstLine.substring(0, 100) : firstLine);
            String tail = line.substring(step.echo().length());
            if (tail.startsWith(" !! ")) {
                assertThat(e.attr("data-status")).as(line).isEqualTo("failed");
                assertThat(e.selectFirst(".reason").text()).isEqualTo(tail.substring(4));
            } else {
                assertThat(tail).startsWith(" => ");
                assertThat(e.selectFirst(".result code").text()).as(line).isEqualTo(tail.substring(4));
                boolean rolledBack = (step.text().startsWith("call ") || step.text().startsWith("call-private "))
                        && tail.startsWith(" => (err ");
                assertThat(e.attr("data-status")).as(line).isEqualTo(rolledBack ? "rolled-back" : e.attr("data-status"));
                assertThat(e.attr("data-status")).as(line).isNotEqualTo(rolledBack ? "ok" : "rolled-back");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyStateChangeIsOnThePageBeforeAndAfter(String name) throws IOException {
        Run r = run(scenario(name));
        Elements entries = r.entries();
        int changes = 0;
        for (int i = 0; i < entries.size(); i++) {
            // the first value before and the last after, per place, as a plain listener heard them
            Map<String, String[]> written = new LinkedHashMap<>();
            for (StateAccess w : r.writes().get(i)) {
                String[] ba = written.computeIfAbsent(place(w), k -> new String[] {show(w.before()), null});
                ba[1] = show(w.after());
            }
            Map<String, String[]> shown = new LinkedHashMap<>();
            for (Element row : entries.get(i).select("table.changes tr.change")) {
                shown.put(row.selectFirst(".place").text(),
                        new String[] {row.selectFirst(".before").text(), row.selectFirst(".after").text()});
            }
            String status = entries.get(i).attr("data-status");
            if (status.equals("failed") || status.equals("rolled-back")) {
                // undone as a whole: everything it wrote, marked as not kept
                assertThat(shown.keySet()).as("step %d", i + 1).containsExactlyElementsOf(written.keySet());
                written.forEach((place, ba) -> assertThat(shown.get(place)).as(place).containsExactly(ba));
            } else {
                // kept: each place shown ends at what the chain holds, and every place the step
                // changed is shown (a write undone inside it by a public function's (err ..) is not)
                Map<String, String> now = r.after().get(i);
                shown.forEach((place, ba) -> {
                    assertThat(written).as(place).containsKey(place);
                    assertThat(ba[0]).as(place).isEqualTo(written.get(place)[0]);
                    assertThat(ba[1]).as(place).isEqualTo(now.get(place));
                });
                int step = i + 1;
                written.forEach((place, ba) -> {
                    if (!ba[0].equals(now.get(place))) {
                        assertThat(shown).as("step %d changed %s", step, place).containsKey(place);
                    }
                });
            }
            changes += shown.size();
        }
        // a scenario that writes nothing would pass this test without checking anything
        assertThat(changes).isPositive();
    }

    private static String show(Object v) {
        return v == null ? "(none)" : v.toString();
    }

    /**
     * The oracle's own transcript says what a balance or a data var is after a step: the last
     * change shown before a {@code stx-balance} or {@code var} step must end at that value.
     */
    @Test
    void theSeedPagesChangesEndWhereTheOraclesTranscriptSaysTheStateIs() throws IOException {
        Path scn = seedScenario();
        Run r = run(scn);
        List<String> oracle = Files.readAllLines(scn.resolveSibling("compute-sharing.out")).stream()
                .filter(l -> !l.startsWith("  ") && !l.startsWith("#")).toList();
        assertThat(oracle).hasSize(r.steps().size());
        Pattern balance = Pattern.compile("^stx-balance (\\S+) => (\\S+)$");
        Pattern var = Pattern.compile("^var (\\S+) (\\S+) => (.+)$");
        Elements entries = r.entries();
        int checked = 0;
        for (int i = 0; i < oracle.size(); i++) {
            String place = null;
            String value = null;
            Matcher b = balance.matcher(oracle.get(i));
            Matcher v = var.matcher(oracle.get(i));
            if (b.find()) {
                PrincipalValue who = r.runner().simnet().principal(b.group(1));
                place = "stx[" + who + "]";
                value = b.group(2);
            } else if (v.find()) {
                place = v.group(1) + "." + v.group(2);
                value = v.group(3);
            }
            if (place == null) {
                continue;
            }
            String last = null;
            for (int j = 0; j < i; j++) {
                Element e = entries.get(j);
                if (e.attr("data-status").equals("ok")) {
                    for (Element row : e.select("tr.change")) {
                        if (row.selectFirst(".place").text().equals(place)) {
                            last = row.selectFirst(".after").text();
                        }
                    }
                }
            }
            if (last != null) {
                assertThat(last).as(oracle.get(i)).isEqualTo(value);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSeedsWithdrawEarningsIsMarkedRolledBackWithTheShortReturnThatEndedIt() throws IOException {
        Run r = run(seedScenario());
        List<Element> withdraws = r.entries().stream()
                .filter(e -> e.selectFirst(".what").text().contains("withdraw-earnings")).toList();
        // the oracle's transcript: wallet_1 and wallet_2 earned, and still get (err u2)
        List<String> recorded = Files.readAllLines(seedScenario().resolveSibling("compute-sharing.out")).stream()
                .filter(l -> l.contains(" withdraw-earnings ")).toList();
        assertThat(withdraws).hasSize(recorded.size());
        for (int i = 0; i < withdraws.size(); i++) {
            Element e = withdraws.get(i);
            assertThat(e.attr("data-status")).isEqualTo("rolled-back");
            assertThat(recorded.get(i)).endsWith(" => " + e.selectFirst(".result code").text());
            assertThat(e.selectFirst(".reason").text()).contains("rolled back");
        }
        assertThat(withdraws.get(0).selectFirst(".result code").text()).isEqualTo("(err u2)");
        // the trace shows why: inside as-contract the STX transfer goes from the contract to itself
        assertThat(withdraws.get(0).select("details.trace .t-SHORT_RETURN").text()).contains("(err u2)");
    }

    @Test
    void aFailedStepIsMarkedWithItsReasonAndTheSourceLineAtFault() throws IOException {
        Run r = run(CONFORMANCE.resolve("rollback/runtime-error.scn"));
        Elements failed = r.page().select("li.entry.failed");
        assertThat(failed).hasSize((int) stepLines(r).stream().filter(l -> l.contains(" !! ")).count()).hasSize(3);
        Element divide = failed.get(0);
        assertThat(divide.selectFirst(".reason").text()).startsWith("runtime error: DivisionByZero");
        // the link goes to the contract's line, which is marked
        String target = divide.selectFirst(".where a").attr("href");
        assertThat(target).isEqualTo("#src-fragile-8");
        Element line = r.page().getElementById(target.substring(1));
        assertThat(line).isNotNull();
        assertThat(line.hasClass("bad")).isTrue();
        assertThat(line.text()).contains("(ok (/ u100 d))))");
        assertThat(divide.selectFirst("pre.srcline").text()).contains("(ok (/ u100 d))))").contains("^");
        // what it wrote before failing is shown, and shown as not kept
        assertThat(divide.selectFirst("table.changes").hasClass("undone-changes")).isTrue();
        assertThat(divide.select(".part.state h4").text()).contains("not kept");
        assertThat(divide.select("ul.events li").text()).contains("before the error");
        // its trace is open and ends with the error
        Element trace = divide.selectFirst("details.trace");
        assertThat(trace.hasAttr("open")).isTrue();
        assertThat(trace.select(".t-ERROR").text()).contains("DivisionByZero");
        // lines where nothing failed are not marked
        assertThat(r.page().select("pre.code .l.bad")).hasSize(3);
    }

    @Test
    void aDeployThatIsRefusedPointsAtItsLine() throws IOException {
        Path dir = Files.createTempDirectory("page");
        Path scn = dir.resolve("refused.scn");
        Files.writeString(scn, "deploy-inline broken <<CLAR\n(define-data-var n uint u0)\n(define-read-only (get) (var-get m))\nCLAR\n");
        Run r = run(scn);
        Element e = r.entries().get(0);
        assertThat(e.attr("data-status")).isEqualTo("failed");
        assertThat(e.selectFirst(".reason").text()).contains("NoSuchDataVariable");
        assertThat(e.selectFirst(".where a").attr("href")).isEqualTo("#src-broken-2");
        assertThat(r.page().getElementById("src-broken-2").hasClass("bad")).isTrue();
    }

    @Test
    void aStepIsMarkedByWhatHappenedNotByWhatItsTextSays() throws IOException {
        Path dir = Files.createTempDirectory("page");
        Path scn = dir.resolve("looks.scn");
        Files.writeString(scn, "eval (concat \" !! runtime error: \" \"not really\")\nfrobnicate the chain\neval (/ 1 0)\n");
        Run r = run(scn);
        assertThat(r.entries().eachAttr("data-status")).containsExactly("ok", "failed", "failed");
        assertThat(r.entries().get(0).selectFirst(".result code").text()).isEqualTo("\" !! runtime error: not really\"");
        assertThat(r.entries().get(1).selectFirst(".reason").text()).startsWith("scenario error: line 2: unknown command");
        assertThat(r.entries().get(2).selectFirst(".reason").text()).startsWith("runtime error: DivisionByZero");
    }

    @Test
    void twoScenariosWithContractsOfOneNameEachPointAtTheirOwn() throws IOException {
        Page page = new Page("two");
        for (String body : List.of("(define-public (f) (ok (/ u1 u0)))", "\n\n(define-public (f)\n  (ok (/ u2 u0)))")) {
            ScenarioRunner runner = new ScenarioRunner(Path.of("."), null, line -> { });
            ScenarioRecording.record(runner, page, "run");
            runner.run("deploy-inline c <<CLAR\n" + body + "\nCLAR\ncall c f\n");
        }
        Document d = Jsoup.parse(page.html());
        assertThat(d.select("section.contract").eachAttr("id")).containsExactly("contract-c", "contract-c-2");
        assertThat(d.select("li.entry.failed .where a").eachAttr("href")).containsExactly("#src-c-1", "#src-c-2-4");
        assertThat(d.getElementById("src-c-2-4").text()).contains("(ok (/ u2 u0)))");
        assertThat(d.getElementById("src-c-2-4").hasClass("bad")).isTrue();
        assertThat(d.getElementById("src-c-1").hasClass("bad")).isTrue();
        assertThat(d.select(".l.bad")).hasSize(2);
    }

    @Test
    void costsAreTheTranscriptsWithTheirShareOfTheBlockLimit() throws IOException {
        Run r = run(seedScenario());
        List<String> costLines = r.transcript().stream().filter(l -> l.startsWith("  costs ")).toList();
        Elements tables = r.page().select("table.costs");
        assertThat(tables).hasSize(costLines.size()).isNotEmpty();
        for (int i = 0; i < tables.size(); i++) {
            for (Dimension d : Dimension.values()) {
                Element cell = tables.get(i).selectFirst("td[data-dimension=" + d.reportName() + "]");
                Matcher m = Pattern.compile(d.reportName() + "=(\\d+)").matcher(costLines.get(i));
                assertThat(m.find()).isTrue();
                long used = Long.parseLong(m.group(1));
                assertThat(cell.ownText().replace(",", "")).isEqualTo(Long.toString(used));
                long limit = d.of(ExecutionCost.BLOCK_LIMIT);
                assertThat(cell.attr("title")).isEqualTo("block limit " + String.format(Locale.ROOT, "%,d", limit));
                assertThat(cell.selectFirst(".share").text()).isEqualTo(PageWriter.percent(100.0 * used / limit)
                        .replace("&lt;", "<"));
            }
        }
    }

    @Test
    void eachCallsTraceIsOneClickAway() throws IOException {
        Run r = run(seedScenario());
        for (Element e : r.entries()) {
            String what = e.selectFirst(".what").text();
            if (what.startsWith("call ") || what.startsWith("read ")) {
                String function = what.split(" ")[2];
                Element details = e.selectFirst("details.trace");
                assertThat(details).as(what).isNotNull();
                assertThat(details.selectFirst("summary").text()).startsWith("Step-by-step trace");
                assertThat(details.select(".t-CALL").first().text()).as(what)
                        .startsWith("call compute-sharing." + function);
            }
        }
    }

    @Test
    void tokenBalancesAndOwnersAreAmongTheChanges() throws IOException {
        Run fungible = run(CONFORMANCE.resolve("tokens/fungible.scn"));
        assertThat(fungible.page().select("tr.change[data-store=FT_BALANCE]")).isNotEmpty();
        assertThat(fungible.page().select("tr.change[data-store=FT_SUPPLY]")).isNotEmpty();
        Run nft = run(CONFORMANCE.resolve("tokens/non-fungible.scn"));
        assertThat(nft.page().select("tr.change[data-store=NFT_OWNER]")).isNotEmpty();
        Run seed = run(seedScenario());
        assertThat(seed.page().select("tr.change[data-store=STX_BALANCE]")).isNotEmpty();
        assertThat(seed.page().select("tr.change[data-store=MAP_ENTRY]")).isNotEmpty();
        assertThat(seed.page().select("tr.change[data-store=DATA_VAR]")).isNotEmpty();
    }

    @Test
    void theContractsAreHighlightedAndReadAsTheirSource() throws IOException {
        Path scn = seedScenario();
        Run r = run(scn);
        String source = Files.readString(scn.resolveSibling("../../seed/compute-sharing.clar").normalize());
        Element code = r.page().selectFirst("#contract-compute-sharing pre.code");
        Elements lines = code.select(".l");
        String[] expected = source.split("\n", -1);
        int count = source.endsWith("\n") ? expected.length - 1 : expected.length;
        assertThat(lines).hasSize(count);
        for (int i = 0; i < count; i++) {
            Element l = lines.get(i).clone();
            l.select(".n").remove();
            assertThat(l.wholeText()).isEqualTo(expected[i]);
        }
        assertThat(code.select("span.kw").eachText()).contains("define-public", "map-set", "asserts!", "tx-sender", "uint");
        assertThat(code.select("span.com").eachText()).contains(";; Constants");
        assertThat(code.select("span.lit").eachText()).contains("u0", "true");
        assertThat(code.select("span.kw").eachText()).doesNotContain("providers", "existing-provider");
    }

    @Test
    void nothingIsLoadedFromOutsideThePage() throws IOException {
        List<Run> runs = new ArrayList<>();
        runs.add(run(seedScenario()));
        for (Path p : corpus().toList()) {
            runs.add(run(p));
        }
        for (Run r : runs) {
            Document d = r.page();
            assertThat(d.select("script")).isEmpty();
            assertThat(d.select("[src]")).isEmpty();
            assertThat(d.select("link")).isEmpty();
            assertThat(d.select("iframe, object, embed, img, video, audio, source")).isEmpty();
            for (Element a : d.select("[href]")) {
                assertThat(a.attr("href")).startsWith("#");
                assertThat(d.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
            }
            String css = d.select("style").html() + String.join(" ", d.select("[style]").eachAttr("style"));
            assertThat(css).doesNotContain("@import").doesNotContain("url(").doesNotContain("http")
                    .doesNotContain("@font-face");
            assertThat(r.html()).doesNotContain("http://").doesNotContainIgnoringCase("https://");
        }
    }

    @Test
    void contractTextIsEscaped() throws IOException {
        Path dir = Files.createTempDirectory("page");
        Path scn = dir.resolve("escape.scn");
        Files.writeString(scn, """
                deploy-inline tricky <<CLAR
                ;; </pre><script>alert("comment")</script>
                (define-data-var note (string-ascii 60) "<b>bold</b> & <script>alert(1)</script>")
                (define-public (shout (s (string-ascii 60)))
                  (begin (var-set note s) (print s) (ok s)))
                (define-public (fail-with (s (string-ascii 60)))
                  (begin (print s) (err s)))
                CLAR
                call tricky shout "</td></tr></table><img src=x onerror=alert(2)>"
                call tricky fail-with "<a href='http://evil'>x</a>"
                var tricky note
                """);
        Run r = run(scn);
        Document d = r.page();
        assertThat(d.select("script, img, b")).isEmpty();
        assertThat(d.select("a[href^=http]")).isEmpty();
        assertThat(r.entries()).hasSize(4);
        assertThat(d.selectFirst("#contract-tricky pre.code").text())
                .contains(";; </pre><script>alert(\"comment\")</script>")
                .contains("\"<b>bold</b> & <script>alert(1)</script>\"");
        Element shout = r.entries().get(1);
        assertThat(shout.selectFirst(".result code").text()).isEqualTo("(ok \"</td></tr></table><img src=x onerror=alert(2)>\")");
        assertThat(shout.selectFirst("tr.change .after").text()).isEqualTo("\"</td></tr></table><img src=x onerror=alert(2)>\"");
        assertThat(shout.select("ul.events li").text()).contains("<img src=x onerror=alert(2)>");
        assertThat(r.entries().get(2).attr("data-status")).isEqualTo("rolled-back");
        assertThat(r.entries().get(2).select("ul.events li").text()).contains("<a href='http://evil'>x</a>");
        assertThat(r.entries().get(3).selectFirst(".result code").text()).isEqualTo("\"</td></tr></table><img src=x onerror=alert(2)>\"");
        assertThat(d.title()).isEqualTo("page of escape.scn");
    }
}
