package io.clarity.fuzz;

import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One public call of a fuzz run: the function, its arguments, and the name of the account that
 * sends it.
 */
public record Call(String function, List<Value> args, String sender) {

    public Call {
        args = List.copyOf(args);
    }

    /** This call with argument {@code index} replaced. */
    Call withArg(int index, Value value) {
        List<Value> a = new ArrayList<>(args);
        a.set(index, value);
        return new Call(function, a, sender);
    }

    /** The arguments as a scenario step writes them. */
    String argsText() {
        return args.stream().map(Value::toString).map(s -> " " + s).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return "(" + function + argsText() + ") as " + sender;
    }
}
