package io.clarity.testing;

import io.clarity.Simnet;
import io.clarity.Snapshot;
import io.clarity.coverage.Coverage;
import io.clarity.error.ClarityError;
import io.clarity.eval.instrument.ExecutionListener;
import io.clarity.page.Page;
import io.clarity.page.PageRecorder;
import io.clarity.page.ScenarioRecording;
import io.clarity.project.ClarinetProject;
import io.clarity.project.DeploymentPlan;
import io.clarity.project.Deployments;
import io.clarity.project.ProjectException;
import io.clarity.syntax.SourceText;
import io.clarity.trace.PrintRecorder;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ClarityTest}: resolves {@link Simnet} and {@link Account}
 * parameters, sets up the Clarinet project and deploys the {@link Deploy} contracts, shows every
 * {@code print} of a test's calls in its output (unless {@link ClarityTest#prints()} or the
 * {@code clarity.prints} configuration parameter turns them off), and attaches the trace of the
 * last contract call of a failed test to its failure ({@link LastContractCall}), printing it too. The contracts of a class are deployed once; each test gets a chain of
 * its own restored from that snapshot, so tests are isolated and may run in parallel. The
 * constructor of a test class gets the chain of the test it is created for (JUnit creates an
 * instance per test by default, and the extension asks for the test's context while it does);
 * where a chain would be shared by the tests of a class (the constructor under
 * {@code @TestInstance(PER_CLASS)}, {@code @BeforeAll}, {@code @AfterAll}), a {@link Simnet}
 * parameter is refused with the reason, since a chain is not safe to share. Everything
 * it keeps lives in the JUnit store of the class or the test; a costs report and coverage, when
 * asked for ({@link ClarityTest#costsReport()}, {@link ClarityTest#coverage()}), and the pages
 * ({@link ClarityTest#page()}) in the store of the whole run, which writes them at the end.
 */
public final class SimnetExtension implements ParameterResolver, TestExecutionExceptionHandler, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SimnetExtension.class);

    /** The epoch of a chain without a project. */
    private static final Epoch DEFAULT_EPOCH = Epoch.E3_2;

    /** A constructor's parameters are resolved in the context of the test the instance is for. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (parameter.isAnnotated(Account.class)) {
            return type == String.class || type.isAssignableFrom(StandardPrincipalValue.class);
        }
        return type == Simnet.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        boolean ofATest = context.getTestMethod().isPresent();
        Optional<Account> account = parameter.findAnnotation(Account.class);
        if (account.isEmpty()) {
            if (!ofATest) {
                throw new ParameterResolutionException("a Simnet for " + parameter.getDeclaringExecutable()
                        + ": each test has a chain of its own, and none is shared by the tests of a class (a chain is"
                        + " not safe to share between tests that may run in parallel); take the Simnet as a parameter"
                        + " of the test method, of @BeforeEach, or of the constructor under the default per-method"
                        + " lifecycle");
            }
            return simnet(context);
        }
        // the accounts are the same on every chain of a class, so a class-level parameter needs no chain
        Map<String, StandardPrincipalValue> accounts = ofATest ? simnet(context).accounts()
                : baseline(classContext(context), coverage(context, classContext(context).getRequiredTestClass())).accounts();
        StandardPrincipalValue p = accounts.get(account.get().value());
        if (p == null) {
            throw new ParameterResolutionException("@Account(\"" + account.get().value() + "\"): no such account (accounts: "
                    + String.join(", ", accounts.keySet()) + ")");
        }
        return parameter.getParameter().getType() == String.class ? p.address() : p;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Simnet simnet = context.getStore(NAMESPACE).get(simnetKey(context), Simnet.class);
        if (simnet != null) {
            simnet.lastTrace().ifPresent(trace -> {
                LastContractCall call = new LastContractCall(context.getDisplayName(), trace);
                failure.addSuppressed(call);
                System.err.println(call.getMessage());
                context.publishReportEntry("clarity.trace", trace.toString());
            });
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        report(context);
    }

    /** Adds the costs of the calls the chain of {@code context} made to the run's report, when one is asked for. */
    private static void report(ExtensionContext context) {
        Simnet simnet = context.getStore(NAMESPACE).get(simnetKey(context), Simnet.class);
        Path file = reportFile(classContext(context).getRequiredTestClass());
        if (simnet == null || file == null) {
            return;
        }
        CostsReport report = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(CostsReport.class, k -> new CostsReport(), CostsReport.class);
        report.add(file, testName(context), simnet.collectCallCosts());
    }

    private static Path reportFile(Class<?> testClass) {
        return CostsReport.requestedFile(settings(testClass).map(ClarityTest::costsReport).orElse(""));
    }

    /**
     * The test's name in the clarinet-sdk's shape, {@code file__describe__test}: the source file
     * of the outermost class (as Maven lays it out), the classes from the outermost to the test's
     * (Vitest's {@code describe} blocks), then the test method's name (its display name if it
     * has one of its own), then the names of its invocations (repetitions, parameters, dynamic tests).
     */
    private static String testName(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        List<Class<?>> classes = nesting(classContext.getRequiredTestClass());
        Class<?> outermost = classes.get(classes.size() - 1);
        List<String> names = new ArrayList<>();
        names.add("src/test/java/" + outermost.getName().replace('.', '/') + ".java");
        for (int i = classes.size() - 1; i >= 0; i--) {
            names.add(classes.get(i).getSimpleName());
        }
        List<String> below = new ArrayList<>();
        for (ExtensionContext c = context; c != classContext; c = c.getParent().orElseThrow()) {
            boolean methodItself = c.getTestMethod().isPresent()
                    && c.getParent().flatMap(ExtensionContext::getTestMethod).isEmpty();
            below.add(0, methodItself ? methodName(c) : c.getDisplayName());
        }
        names.addAll(below);
        return String.join("__", names);
    }

    /** A method's name, or its display name when it was given one ({@code @DisplayName}). */
    private static String methodName(ExtensionContext c) {
        String name = c.getRequiredTestMethod().getName();
        String display = c.getDisplayName();
        return display.startsWith(name + "(") ? name : display;
    }

    /** The chain of this test. */
    private static Simnet simnet(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(simnetKey(context), k -> newSimnet(context), Simnet.class);
    }

    private static String simnetKey(ExtensionContext context) {
        // stores fall back to their parents': the key keeps a test from seeing its class's chain
        return "simnet " + context.getUniqueId();
    }

    private static Simnet newSimnet(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        Baseline baseline = baseline(classContext, coverage(context, testClass));
        Simnet simnet = Simnet.from(baseline.snapshot(), baseline.accounts());
        simnet.setTracing(settings(testClass).map(ClarityTest::trace).orElse(true));
        simnet.setCostReporting(reportFile(testClass) != null);
        Coverage coverage = coverage(context, testClass);
        if (coverage != null) {
            simnet.instrument(coverage);
        }
        if (printing(context, testClass)) {
            // System.out read at each print: where the test's output goes then (JUnit may capture it)
            simnet.instrument(new PrintRecorder(p -> System.out.println(p.valueThenPlace())));
        }
        // one page per outermost class: a nested class's tests are sections of its page
        List<Class<?>> classes = nesting(testClass);
        Class<?> outermost = classes.get(classes.size() - 1);
        Path pageFile = PageReport.requestedFile(settings(testClass).map(ClarityTest::page).orElse(""), outermost);
        if (pageFile != null) {
            Page page = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(PageReport.class, k -> new PageReport(), PageReport.class)
                    .page(pageFile, outermost.getName());
            StringBuilder title = new StringBuilder();
            for (int i = classes.size() - 2; i >= 0; i--) {
                title.append(classes.get(i).getSimpleName()).append(" > ");
            }
            Page.Section section = page.section(title.append(context.getDisplayName()).toString());
            PageRecorder recorder = new PageRecorder();
            recorder.onCall(call -> {
                recorder.contracts().values().forEach(c -> ScenarioRecording.show(section, c));
                section.add(ScenarioRecording.entry(call));
            });
            simnet.instrument(recorder);
        }
        context.getTestMethod().ifPresent(m -> {
            for (Deploy d : AnnotationSupport.findRepeatableAnnotations(m, Deploy.class)) {
                deploy(simnet, d, testClass);
            }
        });
        return simnet;
    }

    private static Baseline baseline(ExtensionContext classContext, Coverage coverage) {
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(
                "baseline " + classContext.getUniqueId(), k -> baseline(testClass, coverage), Baseline.class);
    }

    /** The run's coverage that the tests of {@code testClass} add to, or null when they ask for none. */
    private static Coverage coverage(ExtensionContext context, Class<?> testClass) {
        Path file = CoverageReport.requestedFile(settings(testClass).map(ClarityTest::coverage).orElse(""));
        if (file == null) {
            return null;
        }
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(CoverageReport.class, k -> new CoverageReport(), CoverageReport.class)
                .coverage(file);
    }

    /** The configuration parameter (or system property) that turns the prints of every test off. */
    static final String PRINTS = "clarity.prints";

    /** Whether the prints of the calls of a test of {@code testClass} go to its output. */
    private static boolean printing(ExtensionContext context, Class<?> testClass) {
        Optional<String> run = context.getConfigurationParameter(PRINTS).map(String::strip);
        if (run.isPresent() && !run.get().equalsIgnoreCase("true") && !run.get().equalsIgnoreCase("false")) {
            throw new ClaritySetupException(PRINTS + " must be true or false, not \"" + run.get() + "\"");
        }
        boolean off = run.isPresent() && run.get().equalsIgnoreCase("false");
        return !off && settings(testClass).map(ClarityTest::prints).orElse(true);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() || c.getTestClass().isEmpty()) {
            c = c.getParent().orElseThrow();
        }
        return c;
    }

    /** The class itself, then the classes it is nested in. */
    private static List<Class<?>> nesting(Class<?> testClass) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            out.add(c);
        }
        return out;
    }

    private static Optional<ClarityTest> settings(Class<?> testClass) {
        for (Class<?> c : nesting(testClass)) {
            Optional<ClarityTest> found = AnnotationSupport.findAnnotation(c, ClarityTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The state every test of a class starts from, and the names of its accounts. */
    private record Baseline(Snapshot snapshot, Map<String, StandardPrincipalValue> accounts) {
    }

    /** The chain with the project and the class's contracts deployed, their top-level code counted by {@code coverage} (null: none). */
    private static Baseline baseline(Class<?> testClass, Coverage coverage) {
        String label = settings(testClass).map(ClarityTest::epoch).orElse("");
        Epoch epoch = label.isEmpty() ? null : Epoch.of(label);
        if (!label.isEmpty() && epoch == null) {
            throw new ClaritySetupException("@ClarityTest(epoch = \"" + label + "\"): unknown epoch (known: "
                    + Epoch.knownLabels() + ")");
        }
        Optional<ClarinetProject> project = project(testClass);
        Simnet simnet = project.isPresent() ? project.get().chain() : Simnet.inEpoch(epoch == null ? DEFAULT_EPOCH : epoch);
        if (coverage != null) {
            simnet.instrument(coverage);
        }
        if (project.isPresent()) {
            deployProject(simnet, project.get(), epoch);
        }
        List<Class<?>> classes = nesting(testClass);
        for (int i = classes.size() - 1; i >= 0; i--) {
            for (Deploy d : AnnotationSupport.findRepeatableAnnotations(classes.get(i), Deploy.class)) {
                deploy(simnet, d, testClass);
            }
        }
        return new Baseline(simnet.snapshot(), simnet.accounts());
    }

    /** The project of {@link ClarityTest#manifest()}, or of the nearest Clarinet.toml, unless switched off. */
    private static Optional<ClarinetProject> project(Class<?> testClass) {
        Optional<ClarityTest> settings = settings(testClass);
        if (settings.isPresent() && !settings.get().project()) {
            return Optional.empty();
        }
        String named = settings.map(ClarityTest::manifest).orElse("");
        Optional<Path> manifest;
        if (named.isEmpty()) {
            manifest = ClarinetProject.find(Path.of(""));
        } else {
            Path file = Path.of(named);
            if (!Files.isRegularFile(file)) {
                throw new ClaritySetupException("@ClarityTest(manifest = \"" + named + "\"): no file "
                        + file.toAbsolutePath() + " (a path is relative to the working directory)");
            }
            manifest = Optional.of(file);
        }
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClarinetProject.read(manifest.get()));
        } catch (ProjectException e) {
            throw new ClaritySetupException("the Clarinet project of " + manifest.get().toAbsolutePath().normalize()
                    + ": " + e.getMessage());
        }
    }

    /** Deploys the project as clarinet-sdk does; the first contract or plan call that fails fails the setup. */
    private static void deployProject(Simnet simnet, ClarinetProject project, Epoch epoch) {
        Path root = project.manifest().getParent();
        for (Deployments.Outcome o : Deployments.deploy(simnet, project, List.of(), epoch)) {
            if (o instanceof Deployments.Rejected r) {
                throw r.error().in(root.relativize(r.file().path()).toString()).withoutJavaStack();
            } else if (o instanceof Deployments.Unreadable u) {
                throw new ClaritySetupException("the contract " + u.file().name() + " of " + project.manifest() + ": "
                        + u.reason());
            } else if (o instanceof Deployments.CallFailed f) {
                throw new ClaritySetupException(DeploymentPlan.FILE + " of " + root + ": " + f.call() + ": " + f.reason());
            }
        }
    }

    private static void deploy(Simnet simnet, Deploy d, Class<?> testClass) {
        String what = "@Deploy(name = \"" + d.name() + "\")";
        int given = (d.path().isEmpty() ? 0 : 1) + (d.resource().isEmpty() ? 0 : 1) + (d.source().isEmpty() ? 0 : 1);
        if (given != 1) {
            throw new ClaritySetupException(what + " needs exactly one of path, resource and source");
        }
        ClarityVersion version = null;
        if (d.clarityVersion() != 0) {
            version = ClarityVersion.of(d.clarityVersion());
            if (version == null) {
                throw new ClaritySetupException(what + ": clarityVersion must be 1 to 5 (or 0, the epoch's default)");
            }
        }
        StandardPrincipalValue sender = sender(simnet, d.sender(), what);
        String label = d.name();
        String source = d.source();
        Path located = null;
        if (!d.path().isEmpty()) {
            Path file = Path.of(d.path());
            if (!Files.isRegularFile(file)) {
                throw new ClaritySetupException(what + ": no file " + file.toAbsolutePath()
                        + " (a path is relative to the working directory)");
            }
            label = d.path();
            source = read(file, what);
            located = file;
        } else if (!d.resource().isEmpty()) {
            label = d.resource();
            source = resource(testClass, d.resource(), what);
            located = resourceFile(testClass, d.resource());
        }
        if (located != null) {
            for (ExecutionListener listener : simnet.instruments()) {
                if (listener instanceof Coverage coverage) {
                    coverage.locate(source, located);
                }
            }
        }
        try {
            simnet.deploy(d.name(), source, version, sender);
        } catch (ClarityError e) {
            // the setup's mistake, at no line of the test's
            throw e.in(label).withoutJavaStack();
        }
    }

    private static StandardPrincipalValue sender(Simnet simnet, String name, String what) {
        try {
            return simnet.sender(name);
        } catch (IllegalArgumentException e) {
            throw new ClaritySetupException(what + ": sender \"" + name + "\" is neither an account ("
                    + String.join(", ", simnet.accounts().keySet()) + ") nor an address");
        }
    }

    private static String read(Path file, String what) {
        try {
            return SourceText.read(file);
        } catch (IOException e) {
            throw new ClaritySetupException(what + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The file of class-path resource {@code name}, or null when it is not a file (in a jar). */
    private static Path resourceFile(Class<?> testClass, String name) {
        URL url = testClass.getClassLoader().getResource(name.startsWith("/") ? name.substring(1) : name);
        if (url == null || !url.getProtocol().equals("file")) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String resource(Class<?> testClass, String name, String what) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = testClass.getClassLoader().getResourceAsStream(n)) {
            if (in == null) {
                throw new ClaritySetupException(what + ": no class-path resource " + n);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaritySetupException(what + ": cannot read resource " + n + ": " + e.getMessage());
        }
    }
}
