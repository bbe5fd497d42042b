package io.clarity.natives;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.chain.AssetIdentifier;
import io.clarity.chain.AssetMap;
import io.clarity.error.ClarityError;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.CallContext;
import io.clarity.eval.Evaluator;
import io.clarity.eval.Locals;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.Int128;
import io.clarity.value.ListValue;
import io.clarity.value.PrincipalValue;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.Names;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluated allowance list of an asset guard, and the reference's check of an owner's
 * outflows against it ({@code check_allowances} in post_conditions.rs): the result is the
 * smallest index of a violated allowance, or {@value #NO_ALLOWANCE} when an asset moved that no
 * allowance covers.
 */
final class Allowances {

    /** The index reported for an asset that moved without any allowance for it. */
    static final int NO_ALLOWANCE = 128;
    /** No violation. */
    static final int NONE = -1;

    /** An allowance with its position in the list. */
    private record Limit(int index, UIntValue amount) {
    }

    /** The ids that the {@code with-nft} allowances of one token permit; the first one's index. */
    private record NftIds(int index, List<Value> ids) {
    }

    private final List<Limit> stx = new ArrayList<>(2);
    private final Map<AssetIdentifier, List<Limit>> tokens = new HashMap<>(4);
    private final Map<AssetIdentifier, NftIds> nfts = new HashMap<>(4);
    private boolean all;

    private Allowances() {
    }

    /** Evaluates the allowance list in order (the type checker has vetted its shape). */
    static Allowances evaluate(ListExpr list, CallContext ctx, Locals locals) {
        Allowances a = new Allowances();
        for (int i = 0; i < list.size(); i++) {
            ListExpr allowance = (ListExpr) list.get(i);
            try {
                a.add(i, allowance, ctx, locals);
            } catch (ClarityError e) {
                throw e.at(allowance.span());
            }
        }
        return a;
    }

    private void add(int i, ListExpr allowance, CallContext ctx, Locals locals) {
        NativeFunction f = NativeFunction.lookup(allowance.headName(), ctx.contract().version());
        List<Expr> args = allowance.args();
        if (f == NativeFunction.WITH_STX) {
            // the amount is only looked at; the other allowances keep their arguments
            stx.add(new Limit(i, (UIntValue) Evaluator.evalBorrowed(args.get(0), ctx, locals)));
        } else if (f == NativeFunction.WITH_FT) {
            AssetIdentifier asset = asset(args, ctx, locals);
            UIntValue amount = (UIntValue) Evaluator.eval(args.get(2), ctx, locals);
            tokens.computeIfAbsent(asset, k -> new ArrayList<>(1)).add(new Limit(i, amount));
        } else if (f == NativeFunction.WITH_NFT) {
            AssetIdentifier asset = asset(args, ctx, locals);
            ListValue ids = (ListValue) Evaluator.eval(args.get(2), ctx, locals);
            // the ids of every with-nft of a token are pooled under the first one's index
            nfts.computeIfAbsent(asset, k -> new NftIds(i, new ArrayList<>())).ids().addAll(ids.items());
        } else if (f == NativeFunction.WITH_STACKING || f == NativeFunction.WITH_STAKING) {
            // nothing is ever stacked on this chain, so the amount can never be exceeded
            Evaluator.eval(args.get(0), ctx, locals);
        } else if (f == NativeFunction.WITH_ALL_ASSETS_UNSAFE) {
            all = true;
        }
        // with-pox permits position-altering PoX actions, which never happen here
    }

    /** The token of {@code with-ft} or {@code with-nft}: a contract principal and a token name. */
    private static AssetIdentifier asset(List<Expr> args, CallContext ctx, Locals locals) {
        Value contract = Evaluator.eval(args.get(0), ctx, locals);
        if (!(contract instanceof ContractPrincipalValue c)) {
            throw RuntimeErrorKind.ExpectedContractPrincipalValue.error(contract);
        }
        String name = ((AsciiStringValue) Evaluator.eval(args.get(1), ctx, locals)).value();
        if (!Names.isValidName(name)) {
            throw RuntimeErrorKind.BadTokenName.error(name);
        }
        return new AssetIdentifier(c, name);
    }

    /**
     * The smallest index of an allowance that {@code owner}'s outflows violate, {@link
     * #NO_ALLOWANCE} for an asset without allowance, or {@link #NONE}.
     */
    int firstViolation(PrincipalValue owner, AssetMap outflows, Epoch epoch) {
        if (all) {
            return NONE;
        }
        int earliest = NONE;
        UIntValue sent = outflows.stxSent(owner);
        UIntValue burned = outflows.stxBurned(owner);
        // transfers and burns are first checked apart, as before epoch 3.4, then together below
        earliest = earliest(earliest, checkStx(sent));
        earliest = earliest(earliest, checkStx(burned));
        for (Map.Entry<AssetIdentifier, UIntValue> e : outflows.tokensSent(owner).entrySet()) {
            List<Limit> exact = tokens.get(e.getKey());
            List<Limit> wildcard = tokens.get(e.getKey().wildcard());
            if (exact == null && wildcard == null) {
                earliest = earliest(earliest, NO_ALLOWANCE);
                continue;
            }
            earliest = earliest(earliest, firstExceeded(exact, e.getValue()));
            earliest = earliest(earliest, firstExceeded(wildcard, e.getValue()));
        }
        for (Map.Entry<AssetIdentifier, List<Value>> e : outflows.nftsSent(owner).entrySet()) {
            NftIds exact = nfts.get(e.getKey());
            NftIds wildcard = nfts.get(e.getKey().wildcard());
            if (exact == null && wildcard == null) {
                earliest = earliest(earliest, NO_ALLOWANCE);
                continue;
            }
            earliest = earliest(earliest, firstMissing(exact, e.getValue()));
            earliest = earliest(earliest, firstMissing(wildcard, e.getValue()));
        }
        // nothing is ever stacked and no PoX action ever happens here: those checks never fail
        UIntValue total = Int128.add(sent == null ? UIntValue.ZERO : sent, burned == null ? UIntValue.ZERO : burned);
        if (!total.isZero()) {
            for (Limit l : stx) {
                if (Arithmetic.compare(total, l.amount()) > 0) {
                    if (epoch.atLeast(Epoch.E3_4)) {
                        earliest = earliest(earliest, l.index());
                        break;
                    }
                    if (earliest == NONE) {
                        // before epoch 3.4 (handles_with_stx_combined_check) the VM fails this as an internal error
                        throw RuntimeErrorKind.Internal.error(
                                "the STX sent and burned together (" + total + ") exceed a with-stx allowance of "
                                        + l.amount() + "; before epoch 3.4 the VM aborts on this");
                    }
                }
            }
        }
        return earliest;
    }

    /** One kind of STX outflow against the with-stx allowances: the first one it exceeds. */
    private int checkStx(UIntValue moved) {
        if (moved == null) {
            return NONE;
        }
        if (stx.isEmpty()) {
            return NO_ALLOWANCE;
        }
        return firstExceeded(stx, moved);
    }

    private static int firstExceeded(List<Limit> limits, UIntValue moved) {
        if (limits != null) {
            for (Limit l : limits) {
                if (Arithmetic.compare(moved, l.amount()) > 0) {
                    return l.index();
                }
            }
        }
        return NONE;
    }

    private static int firstMissing(NftIds allowed, List<Value> moved) {
        if (allowed != null) {
            for (Value id : moved) {
                if (!allowed.ids().contains(id)) {
                    return allowed.index();
                }
            }
        }
        return NONE;
    }

    private static int earliest(int current, int candidate) {
        if (candidate == NONE) {
            return current;
        }
        return current == NONE || candidate < current ? candidate : current;
    }
}
