package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.definitions.Definition;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses read-only functions that write (data-vars, maps, tokens, STX, or calls to functions that
 * may write). Runs before the type checker, as in the reference before epoch 4.1, so some errors
 * (an unknown function, a malformed let) are reported from here.
 */
public final class ReadOnlyChecker {

    private static final int RECURSION_LIMIT = 160;

    private final ClarityVersion version;
    private final TypeChecker.ContractResolver resolver;
    private final Map<String, Boolean> functions = new HashMap<>();
    /** The first expression found to write in the definition being checked, for the error's position. */
    private Expr firstWrite;

    public ReadOnlyChecker(ClarityVersion version, TypeChecker.ContractResolver resolver) {
        this.version = version;
        this.resolver = resolver;
    }

    /** Checks the top-level forms in evaluation order. */
    public void run(List<Definition> sorted) {
        for (Definition d : sorted) {
            try {
                check(d);
            } catch (ClarityError e) {
                throw e.at(d.span());
            }
        }
    }

    private void check(Definition d) {
        firstWrite = null;
        if (d instanceof Definition.Constant c) {
            readOnly(c.value(), 0);
        } else if (d instanceof Definition.DataVar v) {
            readOnly(v.initial(), 0);
        } else if (d instanceof Definition.FungibleToken ft && ft.supply() != null) {
            readOnly(ft.supply(), 0);
        } else if (d instanceof Definition.Function f) {
            boolean ro = readOnly(f.body(), 0);
            if (f.kind() == DefineKind.DEFINE_READ_ONLY && !ro) {
                throw CheckErrorKind.WriteAttemptedInReadOnly.error(f.name()).at((firstWrite == null ? f.body() : firstWrite).span());
            }
            functions.put(f.name(), ro);
        } else if (d instanceof Definition.TopLevel t) {
            readOnly(t.source(), 0);
        }
    }

    private boolean readOnly(Expr e, int depth) {
        if (e instanceof ListExpr list) {
            try {
                return application(list, list.items(), depth);
            } catch (ClarityError err) {
                throw err.at(list.span());
            }
        }
        return true;
    }

    private boolean all(List<Expr> exprs, int depth) {
        boolean result = true;
        for (Expr e : exprs) {
            result &= readOnly(e, depth);
        }
        return result;
    }

    /** Notes {@code node} as a write, if it is the first one found. */
    private boolean write(Expr node) {
        if (firstWrite == null) {
            firstWrite = node;
        }
        return false;
    }

    /** Whether {@code items}, the application written as {@code node}, only reads. */
    private boolean application(ListExpr node, List<Expr> items, int depth) {
        if (items.isEmpty() || !(items.get(0) instanceof AtomExpr head)) {
            throw CheckErrorKind.NonFunctionApplication.error();
        }
        List<Expr> args = items.subList(1, items.size());
        NativeFunction f = NativeFunction.lookup(head.name(), version);
        if (f == null) {
            Boolean ro = functions.get(head.name());
            if (ro == null) {
                throw CheckErrorKind.UnknownFunction.error(head.name()).at(head.span());
            }
            return all(args, depth) && (ro || write(node));
        }
        if (depth > RECURSION_LIMIT) {
            throw CheckErrorKind.MaxContextDepthReached.error();
        }
        int d = depth + 1;
        return switch (f) {
            case STX_TRANSFER, STX_TRANSFER_MEMO, STX_BURN, MAP_SET, MAP_DELETE, MAP_INSERT, VAR_SET, NFT_MINT,
                 FT_MINT, NFT_TRANSFER, FT_TRANSFER, NFT_BURN, FT_BURN -> {
                all(args, d);
                yield write(node);
            }
            case FROM_CONSENSUS_BUFF -> {
                NativeTypeRules.count(2, args);
                yield all(args.subList(1, 2), d);
            }
            case AT_BLOCK -> {
                NativeTypeRules.count(2, args);
                boolean block = readOnly(args.get(0), d);
                if (!readOnly(args.get(1), d)) {
                    throw CheckErrorKind.AtBlockClosureMustBeReadOnly.error().at(args.get(1).span());
                }
                yield block;
            }
            case MAP_GET -> {
                NativeTypeRules.count(2, args);
                yield all(args, d);
            }
            case LET -> {
                NativeTypeRules.atLeast(2, args);
                if (!(args.get(0) instanceof ListExpr bindings)) {
                    throw CheckErrorKind.BadLetSyntax.error();
                }
                for (int i = 0; i < bindings.size(); i++) {
                    ListExpr pair = NativeTypeRules.bindingPair(bindings.get(i), i, "let binding");
                    if (!readOnly(pair.get(1), d)) {
                        yield false;
                    }
                }
                yield all(args.subList(1, args.size()), d);
            }
            case MAP -> {
                NativeTypeRules.atLeast(2, args);
                yield application(node, args, d);
            }
            case FILTER -> {
                NativeTypeRules.count(2, args);
                yield application(node, args, d);
            }
            case FOLD -> {
                NativeTypeRules.count(3, args);
                yield application(node, args, d);
            }
            case TUPLE -> {
                for (int i = 0; i < args.size(); i++) {
                    ListExpr pair = NativeTypeRules.bindingPair(args.get(i), i, "tuple item");
                    if (!readOnly(pair.get(1), d)) {
                        yield false;
                    }
                }
                yield true;
            }
            case CONTRACT_CALL -> {
                NativeTypeRules.atLeast(2, args);
                if (!(args.get(1) instanceof AtomExpr fn)) {
                    throw CheckErrorKind.ContractCallExpectName.error();
                }
                boolean target;
                if (args.get(0) instanceof LiteralExpr lit && lit.value() instanceof ContractPrincipalValue c) {
                    // the reference looks the callee up here, before any type check: a missing one is NoSuchContract
                    ContractAnalysis callee = resolver.contract(c);
                    if (callee == null) {
                        throw CheckErrorKind.NoSuchContract.error(c.address()).at(lit.span());
                    }
                    FunctionSignature sig = callee.function(fn.name());
                    target = sig != null && sig.isReadOnly();
                } else if (args.get(0) instanceof AtomExpr) {
                    // a dynamic call through a trait may reach any implementation: a write
                    target = false;
                } else {
                    throw CheckErrorKind.ContractCallExpectName.error();
                }
                yield all(args.subList(2, args.size()), d) && (target || write(node));
            }
            case RESTRICT_ASSETS -> {
                NativeTypeRules.atLeast(3, args);
                boolean owner = readOnly(args.get(0), d);
                if (!(args.get(1) instanceof ListExpr allowances)) {
                    throw CheckErrorKind.ExpectedListOfAllowances.error("restrict-assets?", 2);
                }
                boolean a = all(allowances.items(), d);
                boolean body = all(args.subList(2, args.size()), d);
                yield owner && a && body;
            }
            case AS_CONTRACT_SAFE -> {
                NativeTypeRules.atLeast(2, args);
                if (!(args.get(0) instanceof ListExpr allowances)) {
                    throw CheckErrorKind.ExpectedListOfAllowances.error("as-contract?", 1);
                }
                boolean a = all(allowances.items(), d);
                boolean body = all(args.subList(1, args.size()), d);
                yield a && body;
            }
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO, POWER, SQRTI, LOG2, TO_INT, TO_UINT, CMP_GEQ,
                 CMP_LEQ, CMP_LESS, CMP_GREATER, XOR, BIT_AND, BIT_OR, BIT_XOR, BIT_NOT, BIT_SHIFT_LEFT,
                 BIT_SHIFT_RIGHT, AND, OR, NOT, IS_EQ, IF, BEGIN, ASSERTS, PRINT, MATCH, TRY, UNWRAP,
                 UNWRAP_ERR, UNWRAP_PANIC, UNWRAP_ERR_PANIC, DEFAULT_TO, OK, ERR, SOME, IS_OK, IS_ERR, IS_SOME,
                 IS_NONE, LIST, APPEND, CONCAT, AS_MAX_LEN, LEN, SLICE, REPLACE_AT, ELEMENT_AT_ALIAS,
                 ELEMENT_AT, INDEX_OF_ALIAS, INDEX_OF, GET, MERGE, BUFF_TO_INT_LE, BUFF_TO_UINT_LE,
                 BUFF_TO_INT_BE, BUFF_TO_UINT_BE, STRING_TO_INT, STRING_TO_UINT, INT_TO_ASCII, INT_TO_UTF8,
                 TO_ASCII, TO_CONSENSUS_BUFF, HASH160, SHA256, SHA512, SHA512_256, KECCAK256,
                 SECP256K1_RECOVER, SECP256K1_VERIFY, SECP256R1_VERIFY, ED25519_VERIFY, SECP256K1_DECOMPRESS,
                 VERIFY_MERKLE_PROOF, GET_BITCOIN_TX_OUTPUT, VAR_GET, FT_GET_BALANCE, FT_GET_SUPPLY,
                 NFT_GET_OWNER, STX_GET_BALANCE, STX_ACCOUNT, IS_STANDARD, PRINCIPAL_DESTRUCT,
                 PRINCIPAL_CONSTRUCT, PRINCIPAL_OF, CONTRACT_OF, AS_CONTRACT, CONTRACT_HASH, GET_BLOCK_INFO,
                 GET_BURN_BLOCK_INFO, GET_STACKS_BLOCK_INFO, GET_TENURE_INFO, WITH_STX, WITH_FT, WITH_NFT,
                 WITH_STACKING, WITH_STAKING, WITH_POX, WITH_ALL_ASSETS_UNSAFE -> all(args, d);
        };
    }
}
