package io.clarity.analysis;

import static io.clarity.analysis.NativeTypeRules.count;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.value.BufferType;
import io.clarity.value.ResponseType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.vocabulary.NativeFunction;
import java.util.List;

/**
 * The type rules of hashes and signatures. The hashes are simple natives (so {@code map},
 * {@code filter} and {@code fold} accept them); the signature checks are special forms, as in the
 * reference, whose arguments must be buffers no longer than the exact size they need. A shorter
 * buffer passes analysis and is refused when the native runs.
 */
final class CryptoTypes {

    private static final List<TypeSignature> HASH_INPUTS = List.of(Types.BUFFER_MAX, TypeSignature.UINT, TypeSignature.INT);
    private static final BufferType BUFFER_32 = Types.buffer(32);
    private static final BufferType BUFFER_33 = Types.buffer(33);

    /** {@code hash160}: a buffer, uint or int to {@code (buff 20)}. */
    static final FunctionType HASH160 = new FunctionType.UnionArgs(HASH_INPUTS, Types.buffer(20));
    /** {@code sha256}, {@code sha512/256} and {@code keccak256}: to {@code (buff 32)}. */
    static final FunctionType HASH_32 = new FunctionType.UnionArgs(HASH_INPUTS, BUFFER_32);
    /** {@code sha512}: to {@code (buff 64)}. */
    static final FunctionType SHA512 = new FunctionType.UnionArgs(HASH_INPUTS, Types.buffer(64));

    private CryptoTypes() {
    }

    /** {@code (secp256k1-recover? (buff 32) (buff 65))}: {@code (response (buff 33) uint)}. */
    static TypeSignature secp256k1Recover(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(2, args);
        tc.typeCheckExpects(args.get(0), ctx, BUFFER_32);
        tc.typeCheckExpects(args.get(1), ctx, Types.buffer(65));
        return new ResponseType(BUFFER_33, TypeSignature.UINT);
    }

    /** {@code (secp256k1-verify (buff 32) (buff 65) (buff 33))}: bool. */
    static TypeSignature secp256k1Verify(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        tc.typeCheckExpects(args.get(0), ctx, BUFFER_32);
        tc.typeCheckExpects(args.get(1), ctx, Types.buffer(65));
        tc.typeCheckExpects(args.get(2), ctx, BUFFER_33);
        return TypeSignature.BOOL;
    }

    /** {@code (secp256r1-verify (buff 32) (buff 64) (buff 33))}: bool. */
    static TypeSignature secp256r1Verify(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        count(3, args);
        tc.typeCheckExpects(args.get(0), ctx, BUFFER_32);
        tc.typeCheckExpects(args.get(1), ctx, Types.buffer(64));
        tc.typeCheckExpects(args.get(2), ctx, BUFFER_33);
        return TypeSignature.BOOL;
    }

    static TypeSignature ed25519Verify(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw clarity6Only(NativeFunction.ED25519_VERIFY);
    }

    static TypeSignature secp256k1Decompress(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw clarity6Only(NativeFunction.SECP256K1_DECOMPRESS);
    }

    static TypeSignature verifyMerkleProof(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw clarity6Only(NativeFunction.VERIFY_MERKLE_PROOF);
    }

    static TypeSignature getBitcoinTxOutput(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw clarity6Only(NativeFunction.GET_BITCOIN_TX_OUTPUT);
    }

    /**
     * The refusal of a Clarity 6 native: to Clarity 1 to 5, the versions this interpreter checks,
     * its name is an unknown function, as it is to the reference. Name lookup never finds these
     * natives in those versions, so this only completes the exhaustive binding.
     */
    private static ClarityError clarity6Only(NativeFunction f) {
        return CheckErrorKind.UnknownFunction.error(f.clarityName());
    }
}
