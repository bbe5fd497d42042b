package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.error.CheckErrorKind;
import io.clarity.natives.BlockProperty;
import io.clarity.type.BufferType;
import io.clarity.type.TypeSignature;
import io.clarity.type.Types;
import java.util.List;

/**
 * The type rules of block and tenure information, and at-block. Each information native takes a
 * property name and a uint height, and returns the property's type wrapped in an optional.
 */
final class BlockInfoTypes {

    private static final BufferType BUFF_32 = new BufferType(32);

    private BlockInfoTypes() {
    }

    /** {@code (at-block id-header-hash expr)}: refused from epoch 3.4; the type of {@code expr}. */
    static TypeSignature atBlock(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        if (!tc.epoch().supportsAtBlock()) {
            throw CheckErrorKind.AtBlockUnavailable.error();
        }
        tc.typeCheckExpects(args.get(0), ctx, BUFF_32);
        return tc.typeCheck(args.get(1), ctx);
    }

    /** {@code get-block-info?}: the reference checks only that there are at least two arguments. */
    static TypeSignature getBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.atLeast(2, args);
        String name = NativeTypeRules.atom(args.get(0), CheckErrorKind.GetBlockInfoExpectPropertyName);
        BlockProperty p = BlockProperty.ofBlockInfo(name, tc.version());
        if (p == null) {
            throw CheckErrorKind.NoSuchBlockInfoProperty.error(name).at(args.get(0).span());
        }
        return heightAndResult(tc, args, ctx, p);
    }

    /** {@code get-burn-block-info?}. */
    static TypeSignature getBurnBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        String name = NativeTypeRules.atom(args.get(0), CheckErrorKind.GetBurnBlockInfoExpectPropertyName);
        BlockProperty p = BlockProperty.ofBurnBlockInfo(name);
        if (p == null) {
            throw CheckErrorKind.NoSuchBlockInfoProperty.error(name).at(args.get(0).span());
        }
        return heightAndResult(tc, args, ctx, p);
    }

    /** {@code get-stacks-block-info?}. */
    static TypeSignature getStacksBlockInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        String name = NativeTypeRules.atom(args.get(0), CheckErrorKind.GetStacksBlockInfoExpectPropertyName);
        BlockProperty p = BlockProperty.ofStacksBlockInfo(name);
        if (p == null) {
            throw CheckErrorKind.NoSuchStacksBlockInfoProperty.error(name).at(args.get(0).span());
        }
        return heightAndResult(tc, args, ctx, p);
    }

    /** {@code get-tenure-info?}. */
    static TypeSignature getTenureInfo(TypeChecker tc, ListExpr call, List<Expr> args, TypingContext ctx) {
        NativeTypeRules.count(2, args);
        String name = NativeTypeRules.atom(args.get(0), CheckErrorKind.GetTenureInfoExpectPropertyName);
        BlockProperty p = BlockProperty.ofTenureInfo(name);
        if (p == null) {
            throw CheckErrorKind.NoSuchTenureInfoProperty.error(name).at(args.get(0).span());
        }
        return heightAndResult(tc, args, ctx, p);
    }

    private static TypeSignature heightAndResult(TypeChecker tc, List<Expr> args, TypingContext ctx, BlockProperty p) {
        tc.typeCheckExpects(args.get(1), ctx, TypeSignature.UINT);
        return Types.optional(p.type());
    }
}
