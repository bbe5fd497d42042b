package io.clarity.value;

/**
 * A Clarity type. Records compare by content; {@link #toString()} prints the type as Clarity
 * source would write it ({@code (list 5 (optional uint))}). Use {@link Types} to build types
 * whose size and depth must be checked, and for admission and unification.
 */
public sealed interface TypeSignature
        permits TypeSignature.NoType, TypeSignature.IntType, TypeSignature.UIntType, TypeSignature.BoolType,
                TypeSignature.PrincipalType, BufferType, StringAsciiType, StringUtf8Type, ListType,
                TupleType, OptionalType, ResponseType, CallableType, ListUnionType, TraitReferenceType {

    NoType NO_TYPE = new NoType();
    IntType INT = new IntType();
    UIntType UINT = new UIntType();
    BoolType BOOL = new BoolType();
    PrincipalType PRINCIPAL = new PrincipalType();

    // The records of no component below write out equals and hashCode (the values that generated
    // ones give): the generated ones are linked at their first call by method handles that the
    // JVM spins classes for, at every start.

    /** The unknown half of {@code none}, {@code (ok x)} or {@code (err y)}; never written in source. */
    record NoType() implements TypeSignature {
        @Override
        public boolean equals(Object o) {
            return o instanceof NoType;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "UnknownType";
        }
    }

    /** {@code int}. */
    record IntType() implements TypeSignature {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntType;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "int";
        }
    }

    /** {@code uint}. */
    record UIntType() implements TypeSignature {
        @Override
        public boolean equals(Object o) {
            return o instanceof UIntType;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "uint";
        }
    }

    /** {@code bool}. */
    record BoolType() implements TypeSignature {
        @Override
        public boolean equals(Object o) {
            return o instanceof BoolType;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "bool";
        }
    }

    /** {@code principal}. */
    record PrincipalType() implements TypeSignature {
        @Override
        public boolean equals(Object o) {
            return o instanceof PrincipalType;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "principal";
        }
    }
}
