package io.clarity.testing;

import io.clarity.ContractInterface;
import io.clarity.Deployment;
import io.clarity.Simnet;
import io.clarity.Snapshot;
import io.clarity.Tx;
import io.clarity.TxResult;
import io.clarity.coverage.Coverage;
import io.clarity.error.ClarityError;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.syntax.SourceText;
import io.clarity.value.OkValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs unit tests written in Clarity, with the conventions of clarunit: every contract file
 * named {@code *_test.clar} ({@code *_flow_test.clar} excepted) is a test contract, and each of
 * its public functions named {@code test-...}, without parameters, is a test that passes when
 * it returns {@code (ok true)}. A public {@code prepare} function runs before each test, as the
 * deployer, in the same block. Annotations in comments above a test change that:
 * {@code ;; @name text} (shown after the function's name), {@code ;; @caller wallet_1} or
 * {@code ;; @caller 'ST...} (tx-sender of the test; the deployer by default),
 * {@code ;; @mine-blocks-before N} (the prepare call, if any, gets a block of its own, then the
 * rest of the N blocks are mined before the test's), {@code ;; @prepare other-function} and
 * {@code ;; @no-prepare}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> clarityTests(Simnet simnet) {
 *     return ClarityUnitTests.from(simnet, Path.of("src/test/clarity"));
 * }
 * }</pre>
 *
 * Each test contract is deployed on a copy of the given chain, and each test runs on a copy of
 * that, so tests do not see each other's effects. A failing test reports the value returned or
 * the error, with the trace of the call. When the given chain keeps a costs report (as the one
 * that {@link ClarityTest#costsReport()} gives a test factory does), the calls of every test are
 * reported with it. The listeners attached to the given chain ({@link Simnet#instruments()}) are
 * attached to every test's chain: a coverage ({@link ClarityTest#coverage()}) counts the tests'
 * contracts, the test contracts under their files.
 */
public final class ClarityUnitTests {

    private ClarityUnitTests() {
    }

    /** One container per test contract under {@code directory} (searched recursively, in path order). */
    public static Stream<DynamicNode> from(Simnet base, Path directory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(ClarityUnitTests::isTestContract).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the test contracts in " + directory, e);
        }
        Snapshot start = base.snapshot();
        // the tests run on copies: their calls go to the given chain's costs report, when it keeps one
        Simnet reportTo = base.isCostReporting() ? base : null;
        List<ExecutionListener> instruments = base.instruments();
        return files.stream().map(f -> container(start, f, reportTo, instruments));
    }

    private static boolean isTestContract(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("_test.clar") && !name.endsWith("_flow_test.clar");
    }

    private static DynamicNode container(Snapshot start, Path file, Simnet reportTo, List<ExecutionListener> instruments) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".clar".length());
        Simnet simnet = Simnet.from(start);
        instruments.forEach(simnet::instrument);
        Deployment deployment;
        String source;
        try {
            source = SourceText.read(file);
            for (ExecutionListener listener : instruments) {
                if (listener instanceof Coverage coverage) {
                    coverage.locate(source, file);
                }
            }
            deployment = simnet.deploy(name, source, null, simnet.deployer());
        } catch (IOException e) {
            return failing(name, file, "cannot read " + file + ": " + e.getMessage());
        } catch (ClarityError e) {
            return failing(name, file, "the test contract does not deploy: " + e.in(file.toString()).explained());
        }
        ContractInterface contract = simnet.getContractInterface(deployment.contract());
        Map<String, Map<String, String>> annotations = TestAnnotations.read(source);
        boolean hasPrepare = contract.functions().stream()
                .anyMatch(f -> f.name().equals("prepare") && f.access() == ContractInterface.Access.PUBLIC);
        Snapshot deployed = simnet.snapshot();
        List<DynamicNode> tests = new ArrayList<>();
        for (ContractInterface.Function f : contract.functions()) {
            if (f.access() != ContractInterface.Access.PUBLIC || !f.name().startsWith("test-")) {
                continue;
            }
            Map<String, String> a = annotations.getOrDefault(f.name(), Map.of());
            String display = f.name() + (a.containsKey("name") ? ": " + a.get("name") : "");
            String prepare = a.containsKey("no-prepare") ? null
                    : a.containsKey("prepare") ? a.get("prepare") : hasPrepare ? "prepare" : null;
            Run run = new Run(deployed, reportTo, instruments, name, f.name(), f.args().size(), prepare,
                    a.get("caller"), a.get("mine-blocks-before"));
            tests.add(DynamicTest.dynamicTest(display, file.toUri(), run::execute));
        }
        return DynamicContainer.dynamicContainer(name, file.toUri(), tests.stream());
    }

    private static DynamicNode failing(String name, Path file, String message) {
        return DynamicTest.dynamicTest(name, file.toUri(), () -> {
            throw new ClarityTestFailure(message);
        });
    }

    /** One test function, with what its annotations ask for; {@code reportTo} gets its calls' costs, when not null. */
    private record Run(Snapshot deployed, Simnet reportTo, List<ExecutionListener> instruments, String contract,
                       String function, int parameters, String prepare, String caller, String mineBlocksBefore) {

        void execute() {
            if (parameters > 0) {
                throw new ClarityTestFailure(function + ": a test function takes no parameters");
            }
            Simnet simnet = Simnet.from(deployed);
            instruments.forEach(simnet::instrument);
            simnet.setTracing(true);
            simnet.setCostReporting(reportTo != null);
            try {
                run(simnet);
            } finally {
                if (reportTo != null) {
                    reportTo.reportCallCosts(simnet.collectCallCosts());
                }
            }
        }

        private void run(Simnet simnet) {
            String sender = sender(simnet);
            int blocks = blocksBefore();
            String deployer = simnet.deployer().address();
            try {
                if (prepare != null && blocks > 0) {
                    expectOkTrue(simnet, prepare, simnet.mineBlock(Tx.callPublic(contract, prepare, List.of(), deployer)).get(0));
                    simnet.mineEmptyBlocks(blocks - 1);
                    expectOkTrue(simnet, function, simnet.mineBlock(Tx.callPublic(contract, function, List.of(), sender)).get(0));
                } else if (prepare != null) {
                    List<TxResult> block = simnet.mineBlock(Tx.callPublic(contract, prepare, List.of(), deployer),
                            Tx.callPublic(contract, function, List.of(), sender));
                    expectOkTrue(simnet, prepare, block.get(0));
                    expectOkTrue(simnet, function, block.get(1));
                } else {
                    simnet.mineEmptyBlocks(blocks);
                    expectOkTrue(simnet, function, simnet.mineBlock(Tx.callPublic(contract, function, List.of(), sender)).get(0));
                }
            } catch (ClarityError e) {
                throw new ClarityTestFailure(e.explained() + trace(simnet));
            }
        }

        private String sender(Simnet simnet) {
            if (caller == null) {
                return simnet.deployer().address();
            }
            try {
                return simnet.sender(caller).address();
            } catch (IllegalArgumentException e) {
                throw new ClarityTestFailure(function + ": @caller " + caller + " is neither an account ("
                        + String.join(", ", simnet.accounts().keySet()) + ") nor an address");
            }
        }

        private int blocksBefore() {
            if (mineBlocksBefore == null) {
                return 0;
            }
            try {
                int n = Integer.parseInt(mineBlocksBefore);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ClarityTestFailure(function + ": @mine-blocks-before needs a number of blocks, not \""
                    + mineBlocksBefore + "\"");
        }

        private static void expectOkTrue(Simnet simnet, String function, TxResult result) {
            if (!result.result().equals(OkValue.TRUE)) {
                throw new ClarityTestFailure(function + " returned " + result.result() + ", expected (ok true)"
                        + trace(simnet));
            }
        }

        private static String trace(Simnet simnet) {
            return simnet.lastTrace().map(t -> "\n" + t).orElse("");
        }
    }
}
