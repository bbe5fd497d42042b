package io.clarity.analysis;

import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.ErrorKind;
import io.clarity.value.CallableType;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.ListType;
import io.clarity.value.ListUnionType;
import io.clarity.value.OptionalType;
import io.clarity.value.ResponseType;
import io.clarity.value.TraitIdentifier;
import io.clarity.value.TupleType;
import io.clarity.value.TypeSignature;
import io.clarity.value.Types;
import io.clarity.version.Epoch;
import java.util.Map;

/**
 * Clarity 2's admission rules for callable types. Where a trait reference is expected, a
 * contract principal literal is admitted if its contract implements the trait, and a reference
 * to another trait if that trait is compatible (has every method, with compatible types); the
 * rule applies inside optionals, responses, lists and tuples too. Everything else is admitted
 * as {@link Types#admits} says.
 */
final class CallableTypes {

    private CallableTypes() {
    }

    /**
     * Checks that a value of type {@code actual} may be used where {@code expected} is required,
     * {@code depth} levels into the types (the reference stops at 32).
     */
    static void check(TypeChecker tc, TypeSignature actual, TypeSignature expected, int depth) {
        if (depth > Types.MAX_TYPE_DEPTH) {
            throw CheckErrorKind.TypeSignatureTooDeep.error();
        }
        if (actual instanceof OptionalType a && expected instanceof OptionalType e) {
            check(tc, a.inner(), e.inner(), depth + 1);
        } else if (actual instanceof ResponseType a && expected instanceof ResponseType e) {
            check(tc, a.ok(), e.ok(), depth + 1);
            check(tc, a.err(), e.err(), depth + 1);
        } else if (actual instanceof ListType a && expected instanceof ListType e) {
            if (a.maxLength() > e.maxLength()) {
                throw CheckErrorKind.TypeError.error(expected, actual);
            }
            check(tc, a.elementType(), e.elementType(), depth + 1);
        } else if (actual instanceof TupleType a && expected instanceof TupleType e) {
            if (a.names().size() != e.names().size()) {
                throw CheckErrorKind.TypeError.error(expected, actual);
            }
            for (int i = 0; i < e.names().size(); i++) {
                TypeSignature field = a.field(e.names().get(i));
                if (field == null) {
                    throw CheckErrorKind.TypeError.error(expected, actual);
                }
                check(tc, field, e.types().get(i), depth + 1);
            }
        } else if (actual instanceof CallableType a && a.isTrait() && expected instanceof CallableType e && e.isTrait()) {
            if (!a.trait().equals(e.trait())) {
                checkCompatible(tc, a.trait(), lookupTrait(tc, a.trait()), e.trait(), lookupTrait(tc, e.trait()), depth);
            }
        } else if (actual instanceof CallableType a && !a.isTrait() && expected instanceof CallableType e && e.isTrait()) {
            checkImplements(tc, a.contract(), e.trait(), lookupTrait(tc, e.trait()));
        } else if (actual instanceof ListUnionType u && expected instanceof CallableType e && e.isTrait()) {
            for (CallableType member : u.members()) {
                check(tc, member, expected, depth + 1);
            }
        } else if (!(actual instanceof TypeSignature.NoType) && !Types.admits(Epoch.E2_1, expected, actual)) {
            throw CheckErrorKind.TypeError.error(expected, actual);
        }
    }

    /** Refuses {@code contract} unless it implements {@code trait} (which has {@code sig}). */
    static void checkImplements(TypeChecker tc, ContractPrincipalValue contract, TraitIdentifier trait, TraitSignature sig) {
        ContractAnalysis callee = tc.deployed(contract);
        callee.checkTraitCompliance(Epoch.E2_1, trait, sig);
    }

    /**
     * Refuses trait {@code actual} where {@code expected} is required unless it has each of
     * the expected trait's methods with compatible types.
     */
    private static void checkCompatible(TypeChecker tc, TraitIdentifier actualId, TraitSignature actual,
                                        TraitIdentifier expectedId, TraitSignature expected, int depth) {
        if (depth > Types.MAX_TYPE_DEPTH) {
            throw CheckErrorKind.TraitReferenceChainTooDeep.error();
        }
        if (actualId.equals(expectedId)) {
            return;
        }
        for (Map.Entry<String, TraitSignature.Method> m : expected.methods().entrySet()) {
            TraitSignature.Method found = actual.method(m.getKey());
            if (found == null || !compatible(tc, m.getValue(), found, depth)) {
                throw CheckErrorKind.IncompatibleTrait.error(expectedId, actualId);
            }
        }
    }

    /**
     * Whether a method of one trait may stand for the same method of another. A failure deep
     * in the types means "not compatible", except a chain of trait references too deep to
     * follow, which the reference reports as such.
     */
    private static boolean compatible(TypeChecker tc, TraitSignature.Method expected, TraitSignature.Method actual, int depth) {
        if (expected.args().size() != actual.args().size()) {
            return false;
        }
        try {
            for (int i = 0; i < expected.args().size(); i++) {
                check(tc, actual.args().get(i), expected.args().get(i), depth + 1);
            }
            check(tc, actual.returns(), expected.returns(), depth + 1);
            return true;
        } catch (ClarityError e) {
            ErrorKind kind = e.kind();
            if (kind == CheckErrorKind.TraitReferenceChainTooDeep || kind == CheckErrorKind.TypeSignatureTooDeep) {
                throw CheckErrorKind.TraitReferenceChainTooDeep.error();
            }
            return false;
        }
    }

    /**
     * The signature of a trait that the contract being checked may use: one it defines or
     * imports, else one defined by a deployed contract (NoSuchTrait when there is none).
     */
    static TraitSignature lookupTrait(TypeChecker tc, TraitIdentifier id) {
        ContractAnalysis self = tc.contract();
        TraitSignature sig = self.knownTrait(id, true);
        if (sig != null) {
            return sig;
        }
        if (id.contract().equals(self.contract())) {
            throw CheckErrorKind.NoSuchTrait.error(id.contract().address(), id.name());
        }
        sig = tc.deployedTrait(id);
        if (sig == null) {
            throw CheckErrorKind.NoSuchTrait.error(id.contract().address(), id.name());
        }
        return sig;
    }
}
