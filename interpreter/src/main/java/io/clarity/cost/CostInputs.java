package io.clarity.cost;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import java.util.List;

/**
 * The cost call sites that are not natives, with the input each one passes (the reference's
 * conventions, which the totals depend on to the unit), and the helpers that compute them.
 *
 * <p><b>Evaluation</b> ({@code eval}):
 * <ul>
 *   <li>every application {@code (f ...)}: {@code cost_lookup_function}(0) before anything else;</li>
 *   <li>a variable (a local binding or a contract constant, not a keyword):
 *       {@code cost_lookup_variable_depth}(depth of the local context: 0 in a function body or at the
 *       top level, +1 inside each {@code let} and {@code match} branch), then
 *       {@code cost_lookup_variable_size}({@link ValueSizes#size} of the value) &mdash; from epoch 3.4
 *       only when the consumer copies the value. Consumers that copy: function arguments
 *       (natives and user functions), {@code let} bindings and its last body expression,
 *       {@code if} branches, {@code asserts!} (the condition when true, the thrown value),
 *       {@code match} (input and branches), {@code tuple} values, {@code get}'s tuple,
 *       {@code print}, {@code list}, {@code as-contract}'s body, {@code var-set}'s value,
 *       {@code map-set}/{@code map-insert}'s key and value, a function's result. Consumers that do not:
 *       conditions of {@code if} and {@code asserts!}, {@code and}, {@code or}, comparisons,
 *       the other {@code let} body expressions, {@code map-get?} and {@code map-delete} keys,
 *       the STX natives' arguments;</li>
 *   <li>keywords ({@code tx-sender}, ...) cost nothing, except the block heights,
 *       {@code stx-liquid-supply} and {@code stacks-block-time}: {@code cost_fetch_var}(1).</li>
 * </ul>
 *
 * <p><b>User functions</b>: {@code cost_user_function_application}(number of parameters), then
 * {@code cost_inner_type_check_cost} once per parameter: the size of its declared type
 * ({@code Types.size}) before epoch 3.3, the size of the argument value from 3.3.
 *
 * <p><b>Transactions and contract calls</b>: a function called from outside its contract (a
 * {@code call}, {@code read} or {@code call-private}, or a {@code contract-call?}) first pays
 * {@code cost_load_contract}(the contract's size: the length of its source in bytes; the
 * simulated chain stores a data size of 0) and counts that size in memory while it runs. During
 * the simnet's contract calls (not deploys, not snippets), a {@code contract-call?} whose target
 * is a name first looks the name up as a variable (depth, and its size before 3.4): the clarinet
 * simnet's call tracer evaluates it to print it, and that lookup is metered like any other.
 *
 * <p><b>Deploys</b> pay, in evaluation order: per constant its value and
 * {@code cost_bind_name}(0); per function {@code cost_type_parse_step}(0) per node of each
 * parameter type ({@link #typeParseSteps}) and {@code cost_bind_name}(0); per data-var the type's
 * parse steps, its initial value and {@code cost_create_var}(size of the type); per map the parse
 * steps of both types and {@code cost_create_map}(key type size + value type size); per fungible
 * token its supply and {@code cost_create_ft}(0); per non-fungible token the type's parse steps and
 * {@code cost_create_nft}(size of the type); per trait the parse steps of its methods' types;
 * plain top-level expressions as evaluated. The simulated chain charges no parse, analysis or
 * storage cost for a deploy: the clarinet simnet runs those with a free tracker.
 *
 * <p><b>Storage</b> (from epoch 2.05; in 2.0 the inputs are the declared type sizes, charged before
 * the access): {@code var-get} {@code cost_fetch_var}(serialized size of the stored value);
 * {@code var-set} {@code cost_set_var}(serialized size of the new value); {@code map-get?}
 * {@code cost_fetch_entry}(serialized key + serialized stored {@code (some value)}, or the key alone
 * when absent); {@code map-set} {@code cost_set_entry}(key + {@code (some value)});
 * {@code map-insert} the same, or the key alone when the entry exists; {@code map-delete}
 * {@code cost_set_entry}(key + 1 when it existed, else the key). Writes also count their input in
 * memory for the rest of the transaction.
 *
 * <p><b>Sizes follow types, and lists and tuples carry theirs</b> ({@code ListValue.type()},
 * {@code TupleValue.type()}, maintained in both cost modes): a value read from storage or
 * decoded by {@code from-consensus-buff?} has its declared type ({@code ValueTypes.asDeclared}), so a
 * stored {@code (list 10 uint)} of two items is sized as ten; {@code merge} merges the types;
 * {@code append}, {@code concat}, {@code as-max-len?}, {@code filter} and {@code replace-at?} type
 * their results as the reference does; a Clarity 2 function's arguments take their parameter's
 * tuple type and list item type (the reference's implicit cast). A list built from items
 * ({@code list}, {@code map}, {@code slice?}) is typed by its items as they are, and from epoch 2.4
 * the items are then sanitized ({@code ValueTypes.sanitized}: retyped by contents); so are the
 * arguments and results crossing a contract call, and contract constants when looked up.
 *
 * <p><b>Applying a function to values</b> ({@code map}, {@code filter}, {@code fold}): the function
 * is looked up ({@code cost_lookup_function}); a simple native is charged by its binding in
 * {@code Natives} with the input it has when applied to those arguments, a user function by
 * {@code Evaluator.callFunction}; the arguments of either count in memory while it runs, unless the
 * native is a special form in the reference.
 */
public final class CostInputs {

    /** Memory the reference counts while the body of {@code as-contract} or {@code as-contract?} runs. */
    public static final long AS_CONTRACT_MEMORY = 1;

    /** Memory the reference counts while the body of {@code at-block} runs. */
    public static final long AT_BLOCK_MEMORY = 1;

    /** Memory the reference counts, for the rest of the transaction, for a principal an asset native loads. */
    public static final long PRINCIPAL_MEMORY = 148;

    /** Memory the reference counts for a token balance or supply loaded ({@code uint}'s size). */
    public static final long AMOUNT_MEMORY = 16;

    /** Memory the reference counts for an STX balance loaded (its unlocked amount and lock). */
    public static final long STX_BALANCE_MEMORY = 40;

    /** An STX transfer that gets past its first checks loads both principals and both balances. */
    public static final long STX_TRANSFER_MEMORY = 2 * PRINCIPAL_MEMORY + 2 * STX_BALANCE_MEMORY;

    /** An STX burn that gets past its first checks loads the principal and its balance. */
    public static final long STX_BURN_MEMORY = PRINCIPAL_MEMORY + STX_BALANCE_MEMORY;

    private CostInputs() {
    }

    /**
     * How many steps the reference's type parser takes on a type expression: one per node
     * ({@code uint} 1, {@code (list 5 (optional uint))} 3, {@code {a: uint, b: (buff 2)}} 3).
     */
    public static int typeParseSteps(Expr type) {
        if (!(type instanceof ListExpr list) || list.size() == 0 || !(list.get(0) instanceof AtomExpr head)) {
            return 1;
        }
        List<Expr> items = list.items();
        int steps = 1;
        switch (head.name()) {
            case "list", "optional" -> steps += typeParseSteps(items.get(items.size() - 1));
            case "response" -> {
                for (int i = 1; i < items.size(); i++) {
                    steps += typeParseSteps(items.get(i));
                }
            }
            case "tuple" -> {
                for (int i = 1; i < items.size(); i++) {
                    if (items.get(i) instanceof ListExpr pair && pair.size() == 2) {
                        steps += typeParseSteps(pair.get(1));
                    }
                }
            }
            default -> {
            }
        }
        return steps;
    }
}
