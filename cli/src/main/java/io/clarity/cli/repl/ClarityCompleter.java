package io.clarity.cli.repl;

import io.clarity.ContractInterface;
import io.clarity.Simnet;
import io.clarity.natives.NativeDocs;
import io.clarity.version.ClarityVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: {@code ::} commands; native functions and keywords of the session's Clarity
 * version; contracts ({@code .name} and full ids); after {@code (contract-call? contract } that
 * contract's public and read-only functions; account names where a command takes a principal.
 */
final class ClarityCompleter implements Completer {

    private static final Pattern CONTRACT_CALL = Pattern.compile(".*\\(\\s*contract-call\\?\\s+(\\S+)\\s+$", Pattern.DOTALL);
    private static final Pattern COMMAND_ARGUMENT = Pattern.compile("^\\s*::?([a-z_]+)\\s+$");

    private final ReplSession session;

    ClarityCompleter(ReplSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates(line).forEach(c -> candidates.add(new Candidate(c, c, null, null, null, null, true)));
    }

    /** What may stand at the cursor of {@code line}. */
    List<String> candidates(ParsedLine line) {
        String before = line.line().substring(0, Math.max(0, line.cursor() - line.wordCursor()));
        String word = line.word();
        Simnet simnet = session.simnet();
        if (before.isBlank() && word.startsWith(":")) {
            return session.commandNames();
        }
        Matcher command = COMMAND_ARGUMENT.matcher(before);
        if (command.matches()) {
            return switch (command.group(1)) {
                case "describe" -> natives(simnet.epoch().defaultClarityVersion());
                case "set_tx_sender", "mint_stx" -> new ArrayList<>(simnet.accounts().keySet());
                case "get_data_var", "get_map", "get_map_val", "get_constant", "mint_ft" -> contracts(simnet);
                default -> List.of();
            };
        }
        Matcher call = CONTRACT_CALL.matcher(before);
        if (call.matches()) {
            return functions(simnet, call.group(1));
        }
        if (word.startsWith(".") || word.startsWith("'")) {
            return contracts(simnet);
        }
        return natives(simnet.epoch().defaultClarityVersion());
    }

    private static List<String> natives(ClarityVersion v) {
        NativeDocs docs = NativeDocs.get();
        List<String> out = new ArrayList<>(docs.functionNames(v));
        out.addAll(docs.defineNames(v));
        out.addAll(docs.keywordNames(v));
        return out;
    }

    /** {@code .name} for the sender's contracts (what {@code .name} means in a snippet), full ids for all. */
    private List<String> contracts(Simnet simnet) {
        List<String> out = new ArrayList<>();
        String own = session.sender().address() + ".";
        for (String id : simnet.getContractInterfaces().keySet()) {
            if (id.startsWith(own)) {
                out.add(id.substring(own.length() - 1));
            }
            out.add("'" + id);
        }
        return out;
    }

    private List<String> functions(Simnet simnet, String contract) {
        String id;
        if (contract.startsWith(".")) {
            id = session.sender().address() + contract;
        } else {
            id = contract.startsWith("'") ? contract.substring(1) : contract;
        }
        List<String> out = new ArrayList<>();
        ContractInterface iface = simnet.getContractInterfaces().get(id);
        if (iface != null) {
            for (ContractInterface.Function f : iface.functions()) {
                if (f.access() != ContractInterface.Access.PRIVATE) {
                    out.add(f.name());
                }
            }
        }
        return out;
    }
}
