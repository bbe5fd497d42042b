package io.clarity.cli.repl;

import io.clarity.Simnet;
import io.clarity.SnippetResult;
import io.clarity.chain.DeployedContract;
import io.clarity.cli.console.ChainViews;
import io.clarity.cli.console.Explanations;
import io.clarity.cli.console.Style;
import io.clarity.debug.Debugger;
import io.clarity.debug.Resume;
import io.clarity.error.ClarityError;
import io.clarity.eval.instrument.Attachment;
import io.clarity.natives.NativeDocs;
import io.clarity.profile.CostProfile;
import io.clarity.syntax.LiteralParser;
import io.clarity.syntax.SourceText;
import io.clarity.value.ConsensusCodec;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jline.utils.Levenshtein;

/**
 * The {@code ::} commands of the REPL: Clarinet console's, with the same names, arguments and
 * answers (see {@code ::help}), and the state inspection Clarinet users asked for
 * ({@code ::get_data_var}, {@code ::get_map}, {@code ::get_constant}). {@code :name} works as
 * {@code ::name}. {@code ::debug}, {@code ::break} and {@code ::watch} drive the debugger (see
 * {@link DebugPrompt}).
 */
final class ConsoleCommands {

    /** Mining more at once than this is surely a typo (and every block costs memory). */
    private static final int MAX_BLOCKS = 1_000_000;

    private record Command(String usage, String description, Consumer<String> action) {
    }

    private final ReplSession session;
    /** The debugger of ::debug, with the breakpoints set by ::break and at its prompt. */
    private final Debugger debugger = new Debugger();
    private final DebugPrompt prompt;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    /** Commands Clarinet has that this REPL answers with why they are missing. */
    private final Map<String, String> missing = new LinkedHashMap<>();

    ConsoleCommands(ReplSession session) {
        this.session = session;
        this.prompt = new DebugPrompt(session, debugger);
        add("help", "", "Display this help", a -> help());
        add("functions", "", "Display all the native functions available in Clarity", a -> functions());
        add("keywords", "", "Display all the native keywords available in Clarity", a -> keywords());
        add("describe", "<function> | <keyword>", "Display documentation for a given native function or keyword",
                this::describe);
        add("explain", "[<error kind>]", "Explain an error kind: what it means, its usual causes and fixes, an example",
                this::explain);
        add("toggle_timings", "", "Display the execution duration",
                a -> out().println(style().green("Always show timings: " + session.toggleTimings())));
        add("mint_stx", "<principal> <amount>", "Mint STX balance for a given principal", this::mintStx);
        add("mint_ft", "<contract>.<token> <principal> <amount>", "Mint FT balance for a given asset and principal",
                this::mintFt);
        add("set_tx_sender", "<principal>", "Set tx-sender variable to principal (an address or an account name)",
                this::setTxSender);
        add("get_assets_maps", "", "Get assets maps for active accounts", a -> out().print(ChainViews.assets(simnet())));
        add("get_contracts", "", "Get contracts", a -> contracts());
        add("get_block_height", "", "Get current block height", a -> height(simnet().stacksBlockHeight()));
        add("get_stacks_block_height", "", "Get current stacks block height", a -> height(simnet().stacksBlockHeight()));
        add("get_burn_block_height", "", "Get current burn block height", a -> height(simnet().burnBlockHeight()));
        add("advance_chain_tip", "<count>", "Simulate mining of <count> blocks", a -> advance(a, Tip.CHAIN));
        add("advance_stacks_chain_tip", "<count>", "Simulate mining of <count> stacks blocks", a -> advance(a, Tip.STACKS));
        add("advance_burn_chain_tip", "<count>", "Simulate mining of <count> burnchain blocks", a -> advance(a, Tip.BURN));
        add("set_epoch", "<epoch>", "Update the current epoch", this::setEpoch);
        add("get_epoch", "", "Get current epoch", a -> out().println("Current epoch: " + simnet().epoch()));
        add("trace", "<expr>", "Generate an execution trace for <expr>", this::trace);
        add("steps", "<expr>", "Show how <expr> evaluates, step by step", this::steps);
        add("reload", "", "Reload the contract(s) of the session on a new chain", a -> session.reload());
        add("read", "<filename>", "Read expressions from a file", this::read);
        add("encode", "<expr>", "Encode an expression to a Clarity Value bytes representation", this::encode);
        add("decode", "<bytes>", "Decode a Clarity Value bytes representation", this::decode);
        add("get_constant", "<contract> <constant>", "Get constant value from a contract", this::getConstant);
        add("get_data_var", "<contract> <var>", "Get data variable value from a contract", this::getDataVar);
        add("get_map", "<contract> <map>", "Get every entry of a map of a contract", this::getMap);
        add("get_map_val", "<contract> <map> <key>", "Get map value from a contract", this::getMapVal);
        add("quit", "", "Leave the REPL (as Ctrl-D does)", a -> session.requestQuit());
        add("get_costs", "<expr>", "Display the cost analysis of <expr>", this::getCosts);
        add("perf", "<expr>", "Display where the costs of <expr> went: the costliest functions and expressions",
                this::perf);
        add("toggle_costs", "", "Display cost analysis after every expression",
                a -> out().println(style().green("Always show costs: " + session.toggleCosts())));
        add("debug", "<expr>", "Start an interactive debug session executing <expr> (h at its prompt for help)",
                this::debug);
        add("break", "<contract>:<line> | <function>", "Set a breakpoint for ::debug (alone: list them)",
                a -> prompt.breakpoint(a));
        add("watch", "<var> | <contract>.<map>", "Stop ::debug after each write of a data var or map entry",
                a -> prompt.watch(a));
    }

    private void add(String name, String usage, String description, Consumer<String> action) {
        commands.put(name, new Command(usage, description, action));
    }

    /** The names of the commands, with their {@code ::}. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        commands.keySet().forEach(n -> out.add("::" + n));
        return out;
    }

    /** Runs {@code ::name args} (or {@code :name args}). */
    void run(String text) {
        String body = text.startsWith("::") ? text.substring(2) : text.substring(1);
        int space = indexOfWhitespace(body);
        String name = space < 0 ? body : body.substring(0, space);
        String args = space < 0 ? "" : body.substring(space).strip();
        Command c = commands.get(name);
        if (c != null) {
            try {
                c.action().accept(args);
            } catch (IllegalArgumentException | IllegalStateException e) {
                session.error(e.getMessage());
            } catch (ClarityError e) {
                session.error(e.explained());
            }
            return;
        }
        if (missing.containsKey(name)) {
            session.hint(missing.get(name));
            return;
        }
        String near = nearest(name, commands.keySet());
        session.error("Invalid command ::" + name + "." + (near == null ? "" : " Did you mean ::" + near + "?")
                + " Try ::help");
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The closest of {@code names} to a misspelt {@code name}, when close enough to be a typo. */
    static String nearest(String name, Iterable<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            int d = Levenshtein.distance(name, n);
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    // ---------------------------------------------------------------------------------------

    private void help() {
        for (Map.Entry<String, Command> e : commands.entrySet()) {
            String left = "::" + e.getKey() + (e.getValue().usage().isEmpty() ? "" : " " + e.getValue().usage());
            out().println(style().yellow(String.format("%-44s %s", left, e.getValue().description())));
        }
        out().println(style().yellow("Clarity code typed at the prompt runs as the tx-sender; a snippet that defines"));
        out().println(style().yellow("functions is kept as a contract. Ctrl-C twice or Ctrl-D quits."));
    }

    private ClarityVersion version() {
        return simnet().epoch().defaultClarityVersion();
    }

    private void functions() {
        NativeDocs docs = NativeDocs.get();
        docs.functionNames(version()).forEach(n -> out().println(style().yellow(n)));
        docs.defineNames(version()).forEach(n -> out().println(style().yellow(n)));
    }

    private void keywords() {
        NativeDocs.get().keywordNames(version()).forEach(n -> out().println(style().yellow(n)));
    }

    private void describe(String name) {
        if (name.isEmpty()) {
            usage("describe");
            return;
        }
        NativeDocs docs = NativeDocs.get();
        NativeDocs.Entry entry = docs.entry(name, version());
        if (entry != null) {
            out().print(style().yellow(entry.text()));
            return;
        }
        for (NativeDocs.Entry e : docs.entries()) {
            if (e.name().equals(name)) {
                session.hint(name + " does not exist in " + version() + " (the version of epoch " + simnet().epoch()
                        + "); it exists in " + e.versions() + ".");
                out().print(style().yellow(e.text()));
                return;
            }
        }
        List<String> all = docs.entries().stream().map(NativeDocs.Entry::name).toList();
        String near = nearest(name, all);
        session.error("It looks like there aren't matches for your search" + (near == null ? "" : ": did you mean " + near + "?"));
    }

    private void explain(String kind) {
        if (kind.isEmpty()) {
            out().print(Explanations.listing());
            return;
        }
        Explanations.Answer a = Explanations.of(kind);
        if (a.found()) {
            out().print(style().yellow(a.text()));
        } else {
            session.error(a.text().strip());
        }
    }

    private void mintStx(String args) {
        String[] a = args.split("\\s+");
        if (a.length != 2 || args.isEmpty()) {
            usage("mint_stx");
            return;
        }
        PrincipalValue recipient = principal(a[0]);
        UIntValue amount = amount(a[1]);
        if (recipient != null && amount != null) {
            UIntValue balance = simnet().mintStx(recipient, amount);
            out().println(style().green("\u2192 " + recipient.address() + ": " + balance.toBigInteger() + " \u00b5STX"));
        }
    }

    private void mintFt(String args) {
        String[] a = args.split("\\s+");
        int dot = a[0].lastIndexOf('.');
        if (a.length != 3 || dot <= 0 || dot == a[0].length() - 1) {
            usage("mint_ft");
            return;
        }
        ContractPrincipalValue contract = contract(a[0].substring(0, dot));
        PrincipalValue recipient = principal(a[1]);
        UIntValue amount = amount(a[2]);
        if (contract != null && recipient != null && amount != null) {
            String token = a[0].substring(dot + 1);
            UIntValue balance = simnet().mintFt(contract, token, recipient, amount);
            out().println(style().green("\u2192 " + recipient.address() + ": " + balance.toBigInteger() + " "
                    + contract.address() + "::" + token));
        }
    }

    private void setTxSender(String args) {
        if (args.isEmpty() || indexOfWhitespace(args) >= 0) {
            usage("set_tx_sender");
            return;
        }
        PrincipalValue p = principal(args);
        if (p instanceof StandardPrincipalValue s) {
            session.setSender(s);
            out().println("tx-sender switched to " + session.describe(s));
        } else if (p != null) {
            session.error("tx-sender must be a standard principal (an account), not the contract " + p.address());
        }
    }

    private void contracts() {
        var table = ChainViews.contracts(simnet());
        if (table.isEmpty()) {
            out().println("No contract found");
        } else {
            out().print(table);
        }
    }

    private void height(long h) {
        out().println("Current height: " + h);
    }

    private enum Tip { CHAIN, STACKS, BURN }

    private void advance(String args, Tip tip) {
        int count;
        try {
            count = args.isEmpty() ? 1 : Integer.parseInt(args);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0 || count > MAX_BLOCKS) {
            session.error("Unable to parse count: give a number of blocks from 0 to " + MAX_BLOCKS);
            return;
        }
        Simnet s = simnet();
        boolean stacksOnly = tip == Tip.STACKS || (tip == Tip.CHAIN && s.epoch().isNakamoto());
        if (stacksOnly && !s.epoch().isNakamoto()) {
            session.error("advance_stacks_chain_tip can't be called in epoch lower than 3.0");
            return;
        }
        if (stacksOnly) {
            s.mineEmptyStacksBlocks(count);
        } else {
            s.mineEmptyBlocks(count);
        }
        out().println(style().green("new burn height: " + s.burnBlockHeight() + "\nnew stacks height: " + s.stacksBlockHeight()));
    }

    private void setEpoch(String args) {
        Epoch e = Epoch.of(args);
        if (e == null) {
            session.error("Usage: ::set_epoch " + Epoch.knownLabels().replace(", ", " | "));
            return;
        }
        if (e.compareTo(simnet().epoch()) < 0) {
            session.error("epochs only move forward: the chain is in epoch " + simnet().epoch() + " (::reload starts a new chain)");
            return;
        }
        simnet().setEpoch(e);
        out().println(style().green("Epoch updated to: " + e) + " (snippets now run as " + e.defaultClarityVersion() + ")");
    }

    /** {@code ::get_costs EXPR}: runs the expression metered against a block and shows what it spent. */
    private void getCosts(String expr) {
        if (expr.isBlank()) {
            throw new IllegalArgumentException("Usage: ::get_costs <expr>");
        }
        session.runWithCosts(expr);
    }

    /** {@code ::perf EXPR}: runs the expression metered under a cost profile and shows its costliest frames. */
    private void perf(String expr) {
        if (expr.isBlank()) {
            throw new IllegalArgumentException("Usage: ::perf <expr>");
        }
        CostProfile profile = new CostProfile();
        SnippetResult o;
        try (Attachment a = session.instrument(profile)) {
            o = session.evaluate(expr, false, true);
        }
        if (o != null) {
            out().print(ProfileTable.render(profile.entries(), profile.total()));
            out().println(style().green(o.value().map(Value::toString).orElse("")));
        }
    }

    /** {@code ::debug EXPR}: runs it stopping at its first expression, the prompt deciding what follows. */
    private void debug(String expr) {
        if (expr.isEmpty()) {
            usage("debug");
            return;
        }
        debugger.driver(prompt);
        debugger.startWith(Resume.STEP);
        Attachment attached = session.instrument(debugger.listener());
        try {
            session.run(expr);
        } finally {
            attached.close();
            debugger.startWith(Resume.CONTINUE);
        }
    }

    private void trace(String expr) {
        if (expr.isEmpty()) {
            usage("trace");
            return;
        }
        session.trace(expr);
    }

    private void steps(String expr) {
        if (expr.isEmpty()) {
            usage("steps");
            return;
        }
        session.steps(expr);
    }

    private void read(String file) {
        if (file.isEmpty()) {
            usage("read");
            return;
        }
        Path path = session.env().resolve(file);
        String text;
        try {
            text = SourceText.read(path);
        } catch (IOException | RuntimeException e) {
            session.error("unable to read " + file + ": " + e.getMessage());
            return;
        }
        session.run(text);
    }

    private void encode(String expr) {
        if (expr.isEmpty()) {
            usage("encode");
            return;
        }
        SnippetResult o = session.evaluate(expr, false, false);
        if (o == null) {
            out().println("encoding failed");
        } else if (o.value().isEmpty()) {
            out().println("No value");
        } else {
            out().println(style().green(HexFormat.of().formatHex(ConsensusCodec.encode(o.value().get()))));
        }
    }

    private void decode(String args) {
        String hex = args.startsWith("0x") ? args.substring(2) : args;
        hex = hex.replaceAll("\\s+", "");
        if (args.isEmpty()) {
            usage("decode");
            return;
        }
        if (hex.length() % 2 != 0) {
            session.error("Parsing error: odd number of hex digits");
            return;
        }
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            session.error("Parsing error: " + e.getMessage());
            return;
        }
        try {
            out().println(style().green(ConsensusCodec.decode(bytes).toString()));
        } catch (ConsensusCodec.DecodeException e) {
            session.error("Failed to decode clarity value: " + e.getMessage());
        }
    }

    private void getConstant(String args) {
        String[] a = args.split("\\s+");
        if (a.length != 2) {
            usage("get_constant");
            return;
        }
        deployed(a[0]).ifPresent(c -> {
            Value v = c.constant(a[1]);
            if (v == null) {
                session.error("Constant " + a[1] + " not found in contract " + c.id().address());
            } else {
                out().println(style().green(v.toString()));
            }
        });
    }

    private void getDataVar(String args) {
        String[] a = args.split("\\s+");
        if (a.length != 2) {
            usage("get_data_var");
            return;
        }
        deployed(a[0]).ifPresent(c -> {
            if (!c.storage().hasDataVar(a[1])) {
                session.error("Data var " + a[1] + " not found in contract " + c.id().address());
            } else {
                out().println(style().green(c.storage().dataVar(a[1]).toString()));
            }
        });
    }

    private void getMap(String args) {
        String[] a = args.split("\\s+");
        if (a.length != 2) {
            usage("get_map");
            return;
        }
        deployed(a[0]).ifPresent(c -> {
            if (!c.storage().hasMap(a[1])) {
                session.error("Map " + a[1] + " not found in contract " + c.id().address());
                return;
            }
            Map<Value, Value> entries = c.storage().mapEntries(a[1]);
            if (entries.isEmpty()) {
                out().println("(no entries)");
            }
            ChainViews.entries(entries).forEach(line -> out().println(style().green(line.strip())));
        });
    }

    private void getMapVal(String args) {
        String[] a = args.split("\\s+", 3);
        if (a.length != 3) {
            usage("get_map_val");
            return;
        }
        Optional<DeployedContract> c = deployed(a[0]);
        if (c.isEmpty()) {
            return;
        }
        if (!c.get().storage().hasMap(a[1])) {
            session.error("Map " + a[1] + " not found in contract " + c.get().id().address());
            return;
        }
        Value key = literal(a[2]);
        if (key == null) {
            SnippetResult evaluated = session.evaluate(a[2], false, false);
            if (evaluated == null || evaluated.value().isEmpty()) {
                return;
            }
            key = evaluated.value().get();
        }
        out().println(style().green(simnet().getMapEntry(c.get().id(), a[1], key).toString()));
    }

    /**
     * A key written as a literal, where account names stand for their addresses as in
     * {@code ::set_tx_sender} ({@code wallet_1}, {@code { owner: wallet_1 }}); null when the text
     * is no literal (an expression, which is then evaluated).
     */
    private Value literal(String text) {
        try {
            LiteralParser p = new LiteralParser(text, simnet().accounts(), simnet()::contractId);
            Value v = p.value();
            return p.atEnd() ? v : null;
        } catch (LiteralParser.LiteralException | IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------

    private Optional<DeployedContract> deployed(String text) {
        ContractPrincipalValue id = contract(text);
        if (id == null) {
            return Optional.empty();
        }
        DeployedContract c = simnet().contract(id);
        if (c == null) {
            session.error("Contract not found: " + id.address());
        }
        return Optional.ofNullable(c);
    }

    private ContractPrincipalValue contract(String text) {
        try {
            return simnet().contractId(text);
        } catch (IllegalArgumentException e) {
            session.error(e.getMessage());
            return null;
        }
    }

    private PrincipalValue principal(String text) {
        try {
            return simnet().principal(text);
        } catch (IllegalArgumentException e) {
            session.error("Unable to parse the address: " + e.getMessage());
            return null;
        }
    }

    /** A positive amount, {@code 100} or {@code u100}. */
    private UIntValue amount(String text) {
        String digits = text.startsWith("u") ? text.substring(1) : text;
        try {
            BigInteger n = new BigInteger(digits);
            if (n.signum() > 0 && n.compareTo(UIntValue.MAX) <= 0) {
                return UIntValue.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        session.error("Unable to parse the amount: " + text + " (a positive whole number)");
        return null;
    }

    private void usage(String name) {
        session.error("Usage: ::" + name + " " + commands.get(name).usage());
    }

    private Simnet simnet() {
        return session.simnet();
    }

    private PrintWriter out() {
        return session.out();
    }

    private Style style() {
        return session.style();
    }
}
