package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.natives.NativeFunction;
import io.clarity.type.TypeSignature;
import java.util.List;

/** The type rules of hashes and signatures. */
final class CryptoTypes {

    private CryptoTypes() {
    }

    /** {@code hash160}. */
    static TypeSignature hash160(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.HASH160);
    }

    /** {@code sha256}. */
    static TypeSignature sha256(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SHA256);
    }

    /** {@code sha512}. */
    static TypeSignature sha512(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SHA512);
    }

    /** {@code sha512/256}. */
    static TypeSignature sha512256(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SHA512_256);
    }

    /** {@code keccak256}. */
    static TypeSignature keccak256(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.KECCAK256);
    }

    /** {@code secp256k1-recover?}. */
    static TypeSignature secp256k1Recover(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SECP256K1_RECOVER);
    }

    /** {@code secp256k1-verify}. */
    static TypeSignature secp256k1Verify(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SECP256K1_VERIFY);
    }

    /** {@code secp256r1-verify}. */
    static TypeSignature secp256r1Verify(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SECP256R1_VERIFY);
    }

    /** {@code ed25519-verify}. */
    static TypeSignature ed25519Verify(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.ED25519_VERIFY);
    }

    /** {@code secp256k1-decompress?}. */
    static TypeSignature secp256k1Decompress(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.SECP256K1_DECOMPRESS);
    }

    /** {@code verify-merkle-proof}. */
    static TypeSignature verifyMerkleProof(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.VERIFY_MERKLE_PROOF);
    }

    /** {@code get-bitcoin-tx-output?}. */
    static TypeSignature getBitcoinTxOutput(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        throw NativeTypeRules.unsupported(NativeFunction.GET_BITCOIN_TX_OUTPUT);
    }
}
