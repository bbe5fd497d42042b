package io.clarity.testing;

import static io.clarity.testing.ClarityAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.clarity.Cl;
import io.clarity.Simnet;
import io.clarity.coverage.LcovCheck;
import io.clarity.error.ClarityError;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

@ClarityTest
@Deploy(name = "counter", source = ExtensionFixtures.COUNTER)
@Deploy(name = "hello", resource = "testing/hello.clar", sender = "wallet_2")
class SimnetExtensionTest {

    private Simnet fromBeforeEach;

    @BeforeEach
    void remember(Simnet simnet) {
        fromBeforeEach = simnet;
    }

    @RepeatedTest(3)
    void everyTestStartsFromTheDeployedState(Simnet simnet) {
        assertThat(simnet.epoch()).isEqualTo(Epoch.E3_2);
        assertThat(simnet.getDataVar("counter", "n")).isUint(0);
        assertThat(simnet.callPublic("counter", "add", List.of(Cl.uint(2)), "wallet_1")).isOk().isUint(2);
    }

    @Test
    void theTestAndItsBeforeEachShareOneChain(Simnet a, Simnet b) {
        assertThat(a).isSameAs(b).isSameAs(fromBeforeEach);
    }

    @Test
    void accountsComeAsAddressesOrPrincipals(@Account("wallet_1") String address,
                                             @Account("wallet_1") StandardPrincipalValue principal,
                                             @Account("deployer") PrincipalValue deployer,
                                             @Account("wallet_8") Value last) {
        assertThat(address).isEqualTo("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5");
        assertThat(principal).isPrincipal(address);
        assertThat(deployer).isPrincipal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");
        assertThat(last).isPrincipal("ST3NBRSFKX28FQ2ZJ1MAKX58HKHSDGNV5N7R21XCP");
    }

    @Test
    void resourcesDeployAsTheirSender(Simnet simnet) {
        assertThat(simnet.callReadOnly("hello", "greet", List.of(), "wallet_3"))
                .isOk().isAscii("hello from ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG");
    }

    @Test
    @Deploy(name = "extra", source = "(define-read-only (k) u7)")
    void aMethodCanDeployMore(Simnet simnet) {
        assertThat(simnet.callReadOnly("extra", "k", List.of(), "deployer")).value().isUint(7);
    }

    @Test
    void whatOneMethodDeploysOthersDoNotSee(Simnet simnet) {
        assertThat(simnet.getContractSource("extra")).isEmpty();
    }

    @Nested
    @Deploy(name = "inner", source = "(define-read-only (k) u8)")
    class Nesting {
        @Test
        void seesTheOuterAndTheInnerContracts(Simnet simnet) {
            assertThat(simnet.getContractSource("counter")).isPresent();
            assertThat(simnet.callReadOnly("inner", "k", List.of(), "deployer")).value().isUint(8);
        }
    }

    /** What happened when a fixture class ran; {@code stdout}: the output of each test that printed, when captured. */
    private record Outcome(List<Throwable> failures, List<String> traces, List<String> stdout) {
    }

    /** JUnit's own capture of what tests print, handed over as report entries. */
    private static final Map<String, String> CAPTURE = Map.of("junit.platform.output.capture.stdout", "true");

    private static Outcome run(Class<?> fixture) {
        return run(fixture, Map.of());
    }

    private static Outcome run(Class<?> fixture, Map<String, String> configuration) {
        List<Throwable> failures = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        List<String> stdout = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                result.getThrowable().ifPresent(failures::add);
            }

            @Override
            public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                Map<String, String> kv = entry.getKeyValuePairs();
                if (kv.containsKey("clarity.trace")) {
                    traces.add(kv.get("clarity.trace"));
                }
                if (kv.containsKey("stdout")) {
                    stdout.add(kv.get("stdout"));
                }
            }
        };
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                        .configurationParameters(configuration).build(), listener);
        return new Outcome(failures, traces, stdout);
    }

    /** Writes a Clarinet project under target/ for the fixtures that name it. */
    private static void writeProject(String manifest, String devnet, Map<String, String> contracts, String toml,
                                     String plan) throws IOException {
        Path root = Path.of(manifest).getParent();
        Files.createDirectories(root.resolve("contracts"));
        Files.writeString(root.resolve("Clarinet.toml"), toml);
        if (devnet != null) {
            Files.createDirectories(root.resolve("settings"));
            Files.writeString(root.resolve("settings/Devnet.toml"), devnet);
        }
        for (Map.Entry<String, String> c : contracts.entrySet()) {
            Files.writeString(root.resolve("contracts/" + c.getKey() + ".clar"), c.getValue());
        }
        if (plan != null) {
            Files.createDirectories(root.resolve("deployments"));
            Files.writeString(root.resolve("deployments/default.simnet-plan.yaml"), plan);
        }
    }

    private static final String DEPLOYER_WORDS = "twice kind fence tip hidden tilt action fragile skin nothing glory cousin"
            + " green tomorrow spring wrist shed math olympic multiply hip blue scout claw";

    @Test
    void theClarinetProjectIsDeployedAsClarinetSdkDeploysIt() throws IOException {
        // the vault names the token and is listed first: deployed in the manifest's order, it would fail
        writeProject(ExtensionFixtures.PROJECT, """
                [accounts.deployer]
                mnemonic = "%s"
                balance = 100_000_000
                [accounts.alice]
                mnemonic = "%s"
                derivation = "m/44'/5757'/0'/0/1"
                balance = 7_000_000
                """.formatted(DEPLOYER_WORDS, DEPLOYER_WORDS), Map.of(
                "vault", """
                        (define-data-var sum uint u0)
                        (define-public (put (n uint))
                          (begin (try! (contract-call? .token check n)) (var-set sum (+ (var-get sum) n)) (ok n)))
                        (define-read-only (total) (var-get sum))
                        """,
                "token", "(define-public (check (n uint)) (if (> n u0) (ok true) (err u1)))\n"), """
                [project]
                name = "vault"
                requirements = []
                [contracts.vault]
                path = "contracts/vault.clar"
                epoch = "latest"
                [contracts.token]
                path = "contracts/token.clar"
                epoch = "latest"
                """, """
                plan:
                  batches:
                  - id: 0
                    transactions:
                    - transaction-type: emulated-contract-call
                      contract-id: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.vault
                      emulated-sender: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM
                      method: put
                      parameters:
                      - u1
                    epoch: '3.4'
                """);
        assertThat(run(ExtensionFixtures.FromTheProject.class).failures()).isEmpty();
    }

    /** The README's example project, read from the README itself: Clarinet.toml and the contract, no @Deploy. */
    @Test
    void theReadmesExampleProjectPassesFromItsManifestAlone() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String example = readme.substring(readme.indexOf("A complete example: a Clarinet project"));
        String toml = block(example, "```toml\n");
        String counter = block(example, "```clarity\n");
        assertThat(toml).contains("[contracts.counter]").doesNotContain("clarity_version");
        writeProject(ExtensionFixtures.README_PROJECT, null, Map.of("counter", counter), toml, null);
        assertThat(run(ExtensionFixtures.ReadmeCounter.class).failures()).isEmpty();
    }

    private static String block(String text, String opening) {
        int start = text.indexOf(opening) + opening.length();
        return text.substring(start, text.indexOf("```", start));
    }

    @Test
    void anInvalidMnemonicFailsTheSetupNamingTheAccountAndFile() throws IOException {
        writeProject(ExtensionFixtures.BROKEN_PROJECT, "[accounts.deployer]\nmnemonic = \""
                + DEPLOYER_WORDS.replace("claw", "twice") + "\"\n", Map.of(), "[project]\nname = \"bad\"\n", null);
        assertThat(run(ExtensionFixtures.FromABrokenProject.class).failures()).singleElement().satisfies(f -> assertThat(f)
                .hasMessageStartingWith("the Clarinet project of " + Path.of(ExtensionFixtures.BROKEN_PROJECT).toAbsolutePath())
                .hasMessageEndingWith(": settings/Devnet.toml [accounts.deployer]: the mnemonic's checksum is wrong (its last"
                        + " word does not match the others): a word is mistyped, missing or in the wrong place"));
    }

    @Test
    void aChainTakenByTheConstructorIsTheTestsOwnEvenInParallel() {
        Outcome o = run(ExtensionFixtures.ConstructorInjected.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));
        assertThat(o.failures()).isEmpty();
    }

    @Test
    void aChainForTheWholeClassIsRefusedWithTheReason() {
        for (Class<?> fixture : List.of(ExtensionFixtures.ConstructorInjectedPerClass.class,
                ExtensionFixtures.BeforeAllInjected.class)) {
            assertThat(run(fixture).failures()).singleElement().satisfies(f -> assertThat(f)
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasMessageContaining("each test has a chain of its own"));
        }
    }

    @Test
    void aFailedTestReportsItsLastCallTrace() {
        Outcome o = run(ExtensionFixtures.FailingAssertion.class);
        assertThat(o.failures()).singleElement().satisfies(f -> assertThat(f)
                .hasMessage("\nExpecting:\n  u4\nbut was:\n  u5\n  at: (ok _)\n  in: (ok u5)"));
        String d = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
        assertThat(o.traces()).containsExactly(String.join("\n",
                "(contract-call? " + d + ".counter add u3)  sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5",
                "|-- (check u3)  counter:4:16",
                "|   `-- => (ok u3)",
                "|-- print_event contract=" + d + ".counter value={ n: u5 }",
                "`-- => (ok u5)",
                ""));
    }

    @Test
    void theFailureItselfCarriesTheTraceOfTheLastCall() {
        Throwable failure = run(ExtensionFixtures.FailingAssertion.class).failures().get(0);
        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getSuppressed()).singleElement().isInstanceOfSatisfying(LastContractCall.class, call -> {
            assertThat(call).hasMessageStartingWith("Last contract call of expectsTheWrongTotal(Simnet):\n"
                    + "(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter add u3)")
                    .hasMessageEndingWith("`-- => (ok u5)\n");
            assertThat(call.getMessage()).endsWith(call.trace().toString());
            assertThat(call.getStackTrace()).isEmpty();
        });
        // what Maven and an IDE print of the failure shows the trace under it
        java.io.StringWriter printed = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(printed));
        assertThat(printed.toString()).contains("Suppressed: Last contract call of expectsTheWrongTotal(Simnet):\n",
                "|-- print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter value={ n: u5 }");
    }

    /** The line of the fixture's source that ends with {@code marker}, counted from 1. */
    private static int fixtureLine(String marker) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/io/clarity/testing/ExtensionFixtures.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(marker)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line ends with " + marker);
    }

    @Test
    void aRuntimeErrorFailsTheTestAtItsLineWithTheTraceOfTheCall() throws IOException {
        Throwable failure = run(ExtensionFixtures.RuntimeErrorUncaught.class).failures().get(0);
        assertThat(failure).isInstanceOf(ClarityError.class)
                .hasToString("DivisionByZero: division by zero at escrow:10:67\n  = see: clarity explain DivisionByZero");
        StackTraceElement first = failure.getStackTrace()[0];
        assertThat(first.getClassName()).isEqualTo(ExtensionFixtures.RuntimeErrorUncaught.class.getName());
        assertThat(first.getMethodName()).isEqualTo("halvesByZero");
        assertThat(first.getLineNumber()).isEqualTo(fixtureLine("// the failing call"));
        assertThat(failure.getSuppressed()).singleElement().isInstanceOfSatisfying(LastContractCall.class, call ->
                assertThat(call.getMessage()).isEqualTo(String.join("\n",
                        "Last contract call of halvesByZero(Simnet):",
                        "(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.escrow halve u0)  sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5",
                        "|-- print_event contract='ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.escrow value={ halving: u0 }",
                        "`-- !! DivisionByZero: division by zero at escrow:10:67",
                        "")));
    }

    @Test
    void anExpectedRuntimeErrorThatDoesNotHappenFailsSayingWhatTheCallReturned() {
        Throwable failure = run(ExtensionFixtures.ExpectedRuntimeErrorMissing.class).failures().get(0);
        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting a runtime error but the call returned:\n  (ok u5)");
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(LastContractCall.class);
    }

    @Test
    void everyPrintOfEveryCallGoesToTheTestsOutputWithItsPlace() {
        Outcome o = run(ExtensionFixtures.Prints.class, CAPTURE);
        assertThat(o.failures()).isEmpty();
        assertThat(o.stdout()).containsExactlyInAnyOrder("u7 (loud:2)\n", String.join("\n",
                "{ amount: u5000, event: \"open\", id: u1 } (escrow:5)",
                "\"peek\" (escrow:8)",
                "-3 (escrow:9)",
                "{ amount: u0, event: \"open\", id: u2 } (escrow:5)",
                "{ amount: u0, event: \"open\", id: u2 } (escrow:5)",
                "{ halving: u0 } (escrow:10)",
                ""));
    }

    @Test
    void oneSwitchTurnsThePrintsOff() {
        Outcome off = run(ExtensionFixtures.PrintsOff.class, CAPTURE);
        assertThat(off.failures()).isEmpty();
        assertThat(off.stdout()).isEmpty();
        Map<String, String> switchedOff = new java.util.HashMap<>(CAPTURE);
        switchedOff.put("clarity.prints", "false");
        Outcome all = run(ExtensionFixtures.Prints.class, switchedOff);
        assertThat(all.failures()).isEmpty();
        assertThat(all.stdout()).isEmpty();
        switchedOff.put("clarity.prints", "no");
        assertThat(run(ExtensionFixtures.Prints.class, switchedOff).failures()).hasSize(2)
                .allSatisfy(f -> assertThat(f).hasMessage("clarity.prints must be true or false, not \"no\""));
    }

    @Test
    void setupMistakesAreReportedWithoutAStackTrace() {
        assertThat(run(ExtensionFixtures.DeployWithoutSource.class).failures()).singleElement().satisfies(f -> {
            assertThat(f).hasMessage("@Deploy(name = \"nothing\") needs exactly one of path, resource and source");
            assertThat(f.getStackTrace()).isEmpty();
        });
        assertThat(run(ExtensionFixtures.DeployOfAMissingFile.class).failures()).singleElement()
                .satisfies(f -> assertThat(f).hasMessageStartingWith("@Deploy(name = \"missing\"): no file ")
                        .hasMessageEndingWith("no/such/file.clar (a path is relative to the working directory)"));
        assertThat(run(ExtensionFixtures.UnknownAccount.class).failures()).singleElement()
                .satisfies(f -> assertThat(f).hasMessageContaining("@Account(\"wallet_42\"): no such account"));
    }

    @Test
    void aContractThatDoesNotDeployFailsWithItsPosition() {
        assertThat(run(ExtensionFixtures.DeployOfABrokenContract.class).failures()).singleElement().satisfies(f -> {
            assertThat(f).isInstanceOf(ClarityError.class)
                    .hasToString("TypeError: expected type 'int' but found 'uint' at broken:1:25\n"
                            + "  = help: u1 is a uint; write 1 for an int (or convert with to-int)\n"
                            + "  = see: clarity explain TypeError");
            assertThat(f.getStackTrace()).isEmpty();
        });
    }

    @Test
    void theCostsOfEveryCallAreReportedAsClarinetReportsThemWhenAskedFor() throws IOException {
        Path file = Path.of(ExtensionFixtures.COSTS_REPORT);
        Files.deleteIfExists(file);
        assertThat(run(ExtensionFixtures.CostsReported.class).failures()).isEmpty();
        String json = Files.readString(file);
        assertThat(json)
                .startsWith("[\n  {\n    \"test_name\": \"src/test/java/io/clarity/testing/ExtensionFixtures.java__ExtensionFixtures__CostsReported__addsTwice\",\n"
                        + "    \"contract_id\": \"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter\",\n"
                        + "    \"method\": \"add\",\n    \"args\": [\"u2\"],\n    \"cost_result\": {\n"
                        + "      \"total\": {\"write_length\": ")
                .contains("\"limit\": {\"write_length\": 15000000, \"write_count\": 15000, \"read_length\": 100000000, "
                        + "\"read_count\": 15000, \"runtime\": 5000000000},\n      \"memory\": ")
                .contains("\"memory_limit\": 100000000\n")
                .contains("\"test_name\": \"src/test/java/io/clarity/testing/ExtensionFixtures.java__ExtensionFixtures__CostsReported__Reads__reads\"", "\"method\": \"check\"")
                .endsWith("}\n]\n");
        // one entry per call: two adds and the private check, never the snippet
        assertThat(json.split("\"test_name\"", -1)).hasSize(4);
    }

    @Test
    void aPageOfTheClasssTestsIsWrittenWhenAskedFor() throws IOException {
        Path file = Path.of(ExtensionFixtures.PAGE);
        Files.deleteIfExists(file);
        assertThat(run(ExtensionFixtures.PageWritten.class).failures()).isEmpty();
        Document page = Jsoup.parse(Files.readString(file));
        // a nested class's tests are sections of its outermost class's page
        assertThat(page.title()).isEqualTo(ExtensionFixtures.class.getName());
        assertThat(page.select("main h3").eachText())
                .containsExactlyInAnyOrder("PageWritten > addsThenFails(Simnet)", "PageWritten > addsOnce(Simnet)");
        Element section = page.select("main h3").stream().filter(h -> h.text().contains("addsThenFails")).findFirst()
                .orElseThrow().nextElementSibling();
        Elements entries = section.select("li.entry");
        assertThat(entries.eachAttr("data-status")).containsExactly("ok", "rolled-back", "failed");
        Element kept = entries.get(0);
        assertThat(kept.selectFirst(".what").text()).isEqualTo("call counter add u2 as 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5");
        assertThat(kept.selectFirst(".result code").text()).isEqualTo("(ok u2)");
        assertThat(kept.select("tr.change").eachText()).containsExactly("data var counter.n u0 u2");
        assertThat(kept.select("ul.events li").text()).contains("value={ n: u2 }");
        assertThat(kept.select("table.costs td")).hasSize(5);
        assertThat(kept.selectFirst("details.trace .t-CALL").text()).startsWith("call counter.add u2");
        assertThat(entries.get(1).selectFirst(".result code").text()).isEqualTo("(err u1)");
        Element failed = entries.get(2);
        assertThat(failed.selectFirst(".reason").text()).startsWith("ArithmeticOverflow");
        String target = failed.selectFirst(".where a").attr("href");
        assertThat(target).isEqualTo("#src-counter-4");
        assertThat(page.getElementById("src-counter-4").hasClass("bad")).isTrue();
        assertThat(page.getElementById("src-counter-4").text()).contains("(var-set n (+ (var-get n) d))");
        assertThat(page.select("[src], script, link")).isEmpty();
        Element other = page.select("main h3").stream().filter(h -> h.text().contains("addsOnce")).findFirst()
                .orElseThrow().nextElementSibling();
        assertThat(other.select(".what").eachText()).containsExactly(
                "call-private boot f as 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
                "call counter add u5 as 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC");
        assertThat(other.select("tr.change").eachText()).containsExactly("data var boot.x u0 u1", "data var counter.n u0 u5");
        assertThat(page.select("#contract-boot, #contract-counter")).hasSize(2);
    }

    @Test
    void coverageOfTheTestsAndOfTheTestsWrittenInClarityIsWrittenAsLcovAndAddsUpAcrossRuns() throws IOException {
        Path file = Path.of(ExtensionFixtures.COVERAGE);
        Files.deleteIfExists(file);
        assertThat(run(ExtensionFixtures.CoverageCounted.class).failures()).isEmpty();
        String once = Files.readString(file);
        assertThat(LcovCheck.faults(once)).isEmpty();
        Path hello = Path.of("target/test-classes/testing/hello.clar").toAbsolutePath();
        Path conventions = Path.of("src/test/resources/testing/clarunit/passing/conventions_test.clar").toAbsolutePath();
        assertThat(once).contains("SF:" + hello + "\n", "SF:" + conventions + "\n",
                "SF:" + Path.of("target/fixture-lcov-sources").toAbsolutePath() + "/counter-",
                "FNDA:2,add\n", "FNDA:1,greet\n", "FNDA:1,test-prepare-ran\n",
                // try! of add: went on once, returned early once
                "BRDA:4,1,0,1\nBRDA:4,1,1,1\n");

        assertThat(run(ExtensionFixtures.CoverageCounted.class).failures()).isEmpty();
        String twice = Files.readString(file);
        assertThat(LcovCheck.faults(twice)).isEmpty();
        assertThat(twice).contains("FNDA:4,add\n", "FNDA:2,greet\n", "FNDA:2,test-prepare-ran\n",
                "BRDA:4,1,0,2\nBRDA:4,1,1,2\n");
    }

    @Test
    void theCallsOfTestsWrittenInClarityAreReportedToo() throws IOException {
        // in parallel too: the dynamic tests hand their calls over before the factory's own test ends
        for (Map<String, String> configuration : List.of(Map.<String, String>of(), Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))) {
            Path file = Path.of(ExtensionFixtures.CLARITY_TESTS_COSTS_REPORT);
            Files.deleteIfExists(file);
            assertThat(run(ExtensionFixtures.ClarityTestsReported.class, configuration).failures()).isEmpty();
            String json = Files.readString(file);
            assertThat(json)
                    .contains("\"test_name\": \"src/test/java/io/clarity/testing/ExtensionFixtures.java__ExtensionFixtures__ClarityTestsReported__clarityTests\"",
                            "\"contract_id\": \"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.conventions_test\"");
            // every one of the nine test functions was called once
            assertThat(json.split("\"method\": \"test-", -1)).hasSize(10);
        }
    }
}
