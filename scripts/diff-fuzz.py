#!/usr/bin/env python3
"""Differential fuzzer for evaluation: random well-typed expressions and short transaction
sequences, run on the oracle (the real Clarity VM) and on our CLI, every mismatch reduced.

Generates random well-typed Clarity expressions, each one `eval` step, in categories that aim at
the edges: integers near 2^127 and 2^128 (int and uint), `pow`/`sqrti`/`log2` with extreme
exponents, shifts and bitwise operations, sequences (lists, buffers, ASCII and UTF-8 strings:
concat, append, slice?, replace-at?, element-at?, index-of?, as-max-len?, map/filter/fold),
consensus buffers (to-consensus-buff?, from-consensus-buff? of valid and damaged serializations),
string conversions, unwrap!/unwrap-err!/match/asserts!/try! on optionals and responses, tuples
(merge, get), comparisons and hashing; and short transaction sequences (public calls of a small
contract with boundary arguments, reads of its state). The expressions of a batch run in one
epoch, at its Clarity version (2.05 to 3.4, so Clarity 1 to 5), and use only the natives that
version has (reference/natives.tsv). Batches run as scenario files on both sides
(scripts/both_sides.py), compared step by step by the rule of the conformance test: lines equal,
except that a failure needs the same category and, where the oracle names a bare error kind, the
same kind.

Every mismatch and every internal error of ours (`!! internal error`, exit status 70) is reduced
to a minimal case: the expression tree shrinks (a node replaced by a child of its type or by a
small literal) while the step still differs, and a transaction sequence loses the steps it does
not need. The reduced cases are written as ready-to-run scenarios.

This is a separate command, not part of the build. Build the CLI first
(`mvn -q -o -B -DskipTests package`), and set the oracle up (`../shared/oracle/setup`).

usage: scripts/diff-fuzz.py [--exprs N] [--seed S] [--batch B] [--files F] [--out DIR | --emit DIR]
       scripts/diff-fuzz.py --check FILE.scn...

  --exprs N   how many steps to generate (default 2000): expressions and transactions
  --seed S    random seed (default 1); the same seed generates the same steps
  --batch B   steps per scenario file (default 400)
  --files F   scenario files per run of each side (default 10; the oracle's boot is paid once)
  --out DIR   where the results go (default /tmp/diff-fuzz): DIR/mismatches.txt lists each
              mismatch with both lines, before and after reduction; DIR/NNNN.scn are the reduced
              cases; DIR/oracle-cache keeps the oracle's transcripts, so a rerun of the same seed
              after a fix only runs ours
  --check     run the given scenarios on both sides instead and print each step's verdict
  --emit DIR  only write the generated scenarios to DIR (as fuzz-SEED-NNN.scn), run nothing

Environment: CLARITY_SHARED, CLARITY_JAR (see scripts/both_sides.py).

Prints one line per run of both sides and a summary: steps per category, internal errors,
mismatches (by category). Exit status 0 when there is neither, 1 otherwise.
"""
import argparse
import random
import re
import struct
import sys
import tempfile
import time
from pathlib import Path

from both_sides import Sides, blocks

# Epoch -> the Clarity version `eval` runs at there (the epoch's default).
EPOCHS = {"2.05": 1, "2.1": 2, "2.4": 2, "2.5": 2, "3.0": 3, "3.2": 3, "3.3": 4, "3.4": 5}

BARE_KIND = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")

# ---------------------------------------------------------------------------------------------
# Types and values.
#
# A type is a tuple: ("int",) ("uint",) ("bool",) ("principal",) ("buff", n) ("ascii", n)
# ("utf8", n) ("list", T, n) ("opt", T) ("resp", T, E) ("tuple", ((name, T), ...)).
# A value is a tuple too: ("int", n) ("uint", n) ("bool", b) ("buff", bytes) ("ascii", str)
# ("utf8", str) ("none",) ("some", v) ("ok", v) ("err", v) ("list", [v...]) ("tuple", [(k, v)...])
# ("principal", text).

INT, UINT, BOOL, PRINCIPAL = ("int",), ("uint",), ("bool",), ("principal",)
I128_MAX, I128_MIN, U128_MAX = 2 ** 127 - 1, -2 ** 127, 2 ** 128 - 1

INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 100, 255, 256, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 63 - 1, 2 ** 63, -2 ** 63,
        2 ** 64 - 1, 2 ** 64, -2 ** 64, 2 ** 126, -2 ** 126, 2 ** 126 + 1, I128_MAX, I128_MAX - 1, I128_MIN,
        I128_MIN + 1, I128_MAX // 2, I128_MIN // 2, 13043817825332782212, -9223372036854775809]
UINTS = [0, 1, 2, 3, 10, 100, 255, 256, 2 ** 32, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 2 ** 126, 2 ** 127 - 1, 2 ** 127,
         2 ** 127 + 1, U128_MAX, U128_MAX - 1, 2 ** 128 // 3, 18446744073709551617]
EXPONENTS = [0, 1, 2, 3, 7, 31, 32, 63, 64, 126, 127, 128, 129, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 - 1,
             2 ** 32, 2 ** 32 + 1, 2 ** 63, 2 ** 64, I128_MAX]
BASES = [0, 1, 2, 3, 10, 2 ** 32, 2 ** 63, 2 ** 64, 2 ** 126, I128_MAX, 11, 16]
SHIFTS = [0, 1, 2, 63, 64, 65, 126, 127, 128, 129, 255, 256, 257, 2 ** 32, 2 ** 64, U128_MAX]
PRINCIPALS = ["'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM", "'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5",
              "'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.fz-c"]
ASCII_CHARS = "abcXYZ019 -+_.!~\\\"\n\t"
UTF8_CHARS = ["a", "Z", "0", " ", "-", "\u00e9", "\u00df", "\u20ac", "\u4e2d", "\U0001F600", "\u0301", "\n"]
NUMERIC_STRINGS = ["0", "1", "-1", "+1", "007", "-0", "", " 1", "1 ", "a", "1a", str(I128_MAX), str(I128_MIN),
                   str(I128_MAX + 1), str(I128_MIN - 1), str(U128_MAX), str(U128_MAX + 1), "9" * 40, "-" + "9" * 39,
                   "u1", "0x10", "1e3", "--1", "-"]
FIELDS = ["a", "b", "c", "id", "a-b", "z"]


def type_text(t):
    k = t[0]
    if k in ("int", "uint", "bool", "principal"):
        return k
    if k == "buff":
        return "(buff %d)" % t[1]
    if k == "ascii":
        return "(string-ascii %d)" % t[1]
    if k == "utf8":
        return "(string-utf8 %d)" % t[1]
    if k == "list":
        return "(list %d %s)" % (t[2], type_text(t[1]))
    if k == "opt":
        return "(optional %s)" % type_text(t[1])
    if k == "resp":
        return "(response %s %s)" % (type_text(t[1]), type_text(t[2]))
    return "{%s}" % ", ".join("%s: %s" % (f, type_text(ft)) for f, ft in t[1])


def is_seq(t):
    return t[0] in ("buff", "ascii", "utf8", "list")


def ascii_lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def utf8_lit(s):
    out = []
    for ch in s:
        if ch == "\\" or ch == '"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return 'u"' + "".join(out) + '"'


def lit(v):
    k = v[0]
    if k == "int":
        return str(v[1])
    if k == "uint":
        return "u%d" % v[1]
    if k == "bool":
        return "true" if v[1] else "false"
    if k == "buff":
        return "0x" + v[1].hex()
    if k == "ascii":
        return ascii_lit(v[1])
    if k == "utf8":
        return utf8_lit(v[1])
    if k == "none":
        return "none"
    if k in ("some", "ok", "err"):
        return "(%s %s)" % (k, lit(v[1]))
    if k == "list":
        return "(list %s)" % " ".join(lit(x) for x in v[1]) if v[1] else "(list)"
    if k == "tuple":
        return "(tuple %s)" % " ".join("(%s %s)" % (f, lit(x)) for f, x in v[1])
    return v[1]


def serialize(v):
    """The value's consensus serialization (SIP-005)."""
    k = v[0]
    if k in ("int", "uint"):
        return bytes([0 if k == "int" else 1]) + (v[1] % 2 ** 128).to_bytes(16, "big")
    if k == "bool":
        return bytes([3 if v[1] else 4])
    if k in ("buff", "ascii", "utf8"):
        data = v[1] if k == "buff" else v[1].encode("utf-8")
        return bytes([{"buff": 2, "ascii": 13, "utf8": 14}[k]]) + struct.pack(">I", len(data)) + data
    if k == "none":
        return bytes([9])
    if k in ("some", "ok", "err"):
        return bytes([{"ok": 7, "err": 8, "some": 10}[k]]) + serialize(v[1])
    if k == "list":
        return bytes([11]) + struct.pack(">I", len(v[1])) + b"".join(serialize(x) for x in v[1])
    if k == "tuple":
        items = sorted(v[1], key=lambda fx: fx[0].encode())
        return bytes([12]) + struct.pack(">I", len(items)) + b"".join(
            bytes([len(f)]) + f.encode() + serialize(x) for f, x in items)
    address, _, name = v[1].lstrip("'").partition(".")
    version = C32.index(address[1])
    n = 0
    for ch in address[2:]:
        n = n * 32 + C32.index(ch)
    out = bytes([6 if name else 5, version]) + n.to_bytes(24, "big")[:20]
    return out + (bytes([len(name)]) + name.encode() if name else b"")


C32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class Gen:
    """Random types, values and expressions for one Clarity version."""

    def __init__(self, rng, natives, version):
        self.rng, self.natives, self.version = rng, natives, version
        self.counter = 0

    def has(self, name):
        span = self.natives.get(name)
        return span is not None and span[0] <= self.version and (span[1] is None or self.version <= span[1])

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    # -- types and values ---------------------------------------------------------------------

    def rtype(self, depth=2, kinds=None):
        kinds = kinds or ["int", "uint", "bool", "buff", "ascii", "utf8", "list", "opt", "resp", "tuple", "principal"]
        if depth <= 0:
            kinds = [k for k in kinds if k not in ("list", "opt", "resp", "tuple")] or ["int"]
        k = self.pick(kinds)
        if k in ("int", "uint", "bool", "principal"):
            return (k,)
        if k == "buff":
            return ("buff", self.pick([1, 2, 4, 8, 16, 20, 32, 64]))
        if k in ("ascii", "utf8"):
            return (k, self.pick([1, 2, 5, 10, 20]))
        if k == "list":
            return ("list", self.rtype(depth - 1), self.pick([1, 2, 3, 5, 8]))
        if k == "opt":
            return ("opt", self.rtype(depth - 1))
        if k == "resp":
            return ("resp", self.rtype(depth - 1), self.rtype(depth - 1))
        names = sorted(self.rng.sample(FIELDS, self.rng.randrange(1, 4)))
        return ("tuple", tuple((f, self.rtype(depth - 1)) for f in names))

    def value(self, t):
        k = t[0]
        r = self.rng
        if k == "int":
            return ("int", self.pick(INTS) if self.chance(0.7) else r.randrange(-1000, 1000))
        if k == "uint":
            return ("uint", self.pick(UINTS) if self.chance(0.7) else r.randrange(0, 2000))
        if k == "bool":
            return ("bool", self.chance(0.5))
        if k == "principal":
            return ("principal", self.pick(PRINCIPALS))
        if k == "buff":
            n = r.randrange(0, t[1] + 1)
            return ("buff", bytes(self.pick([0, 1, 0x7f, 0x80, 0xff, r.randrange(256)]) for _ in range(n)))
        if k in ("ascii", "utf8"):
            if self.chance(0.4 if k == "ascii" else 0.3):
                s = self.pick(NUMERIC_STRINGS)
                if len(s) <= t[1]:
                    return (k, s)
            chars = ASCII_CHARS if k == "ascii" else UTF8_CHARS
            return (k, "".join(self.pick(chars) for _ in range(r.randrange(0, t[1] + 1))))
        if k == "list":
            # mostly not empty: `(list)` has no element type, which most places refuse
            low = 0 if self.chance(0.1) else 1
            return ("list", [self.value(t[1]) for _ in range(r.randrange(low, t[2] + 1))])
        if k == "opt":
            return ("none",) if self.chance(0.3) else ("some", self.value(t[1]))
        if k == "resp":
            return ("ok", self.value(t[1])) if self.chance(0.5) else ("err", self.value(t[2]))
        return ("tuple", [(f, self.value(ft)) for f, ft in t[1]])

    def fresh(self):
        self.counter += 1
        return "v%d" % self.counter


class X:
    """An expression: a template whose `@` are filled with the children, of a known type.

    A leaf's template is its text. `binds` are the names the node binds for its children,
    `var` the name a leaf refers to: a child that uses a name its parent binds cannot replace
    the parent when a case is reduced.
    """
    __slots__ = ("tmpl", "kids", "ty", "binds", "var", "cat")

    def __init__(self, tmpl, kids, ty, cat=None, binds=(), var=None):
        self.tmpl, self.kids, self.ty, self.cat, self.binds, self.var = tmpl, kids, ty, cat, binds, var

    def __str__(self):
        if not self.kids:
            return self.tmpl
        parts = self.tmpl.split("@")
        out = [parts[0]]
        for kid, rest in zip(self.kids, parts[1:]):
            out.append(str(kid))
            out.append(rest)
        return "".join(out)

    def free(self):
        if self.var:
            return {self.var}
        out = set()
        for k in self.kids:
            out |= k.free()
        return out - set(self.binds)

    def size(self):
        return 1 + sum(k.size() for k in self.kids)


def fits(actual, wanted):
    """Whether an expression of the actual type can stand where the wanted type is expected."""
    if actual[0] != wanted[0]:
        return False
    k = actual[0]
    if k in ("buff", "ascii", "utf8"):
        return actual[1] <= wanted[1]
    if k == "list":
        return actual[2] <= wanted[2] and fits(actual[1], wanted[1])
    if k == "opt":
        return fits(actual[1], wanted[1])
    if k == "resp":
        return fits(actual[1], wanted[1]) and fits(actual[2], wanted[2])
    if k == "tuple":
        return len(actual[1]) == len(wanted[1]) and all(
            a[0] == w[0] and fits(a[1], w[1]) for a, w in zip(actual[1], wanted[1]))
    return True


def leaf(v, t):
    return X(lit(v), [], t)


# ---------------------------------------------------------------------------------------------
# Producers: each makes an expression of a requested type (or returns None when it cannot).
# Registered with the category it counts in, the kinds of type it makes and the natives it needs.

PRODUCERS = []


def producer(cat, kinds, *needs):
    def register(fn):
        PRODUCERS.append((cat, kinds, needs, fn))
        return fn
    return register


class Expressions:
    """Generates expressions of a type, recursively, with the producers that the version allows."""

    def __init__(self, g):
        self.g = g
        self.by_kind = {}
        for cat, kinds, needs, fn in PRODUCERS:
            if all(g.has(n) for n in needs):
                for k in kinds:
                    self.by_kind.setdefault(k, []).append((cat, fn))

    def expr(self, t, depth, env, bias=None):
        """An expression of type t. env: [(name, type)] of the names in scope."""
        g = self.g
        if depth <= 0 or g.chance(0.25):
            return self.atom(t, env)
        options = self.by_kind.get(t[0], [])
        if bias:
            options = options + [o for o in options if o[0] == bias] * 2
        for _ in range(4):
            if not options:
                break
            cat, fn = g.pick(options)
            x = fn(self, t, depth - 1, env)
            if x is not None and fits(x.ty, t):
                return x
        return self.atom(t, env)

    def atom(self, t, env):
        names = [n for n, nt in env if nt == t]
        if names and self.g.chance(0.5):
            name = self.g.pick(names)
            return X(name, [], t, var=name)
        return leaf(self.g.value(t), t)

    def top(self, cat):
        """A top-level expression of the category, or None when the version has no producer of it."""
        options = [(kinds, fn) for c, kinds, needs, fn in PRODUCERS if c == cat and all(self.g.has(n) for n in needs)]
        if not options:
            return None
        for _ in range(20):
            kinds, fn = self.g.pick(options)
            t = self.g.rtype(2, list(kinds))
            x = fn(self, t, self.g.pick([1, 2, 2, 3, 3, 4]), [])
            if x is not None:
                x.cat = cat
                return x
        return None


def num_type(g, t):
    return t if t is not None and t[0] in ("int", "uint") else g.pick([INT, UINT])


def num_lit(t, n):
    return leaf((t[0], n), t)


@producer("integers", ("int", "uint"), "+")
def p_arith(e, t, d, env):
    g = e.g
    op = g.pick(["+", "-", "*", "/", "mod", "+", "-", "*"])
    n = 2 if op in ("mod",) else g.pick([1, 2, 2, 2, 3])
    return X("(%s%s)" % (op, " @" * n), [e.expr(t, d, env, "integers") for _ in range(n)], t)


@producer("integers", ("int",), "to-int")
def p_to_int(e, t, d, env):
    return X("(to-int @)", [e.expr(UINT, d, env, "integers")], t)


@producer("integers", ("uint",), "to-uint")
def p_to_uint(e, t, d, env):
    return X("(to-uint @)", [e.expr(INT, d, env, "integers")], t)


@producer("pow-sqrti-log2", ("int", "uint"), "pow")
def p_pow(e, t, d, env):
    g = e.g
    if g.chance(0.6):
        base = g.pick(BASES)
        base = -base if t == INT and g.chance(0.4) else base
        if t == INT and g.chance(0.15):
            base = -1
        exps = [x for x in EXPONENTS if t == UINT or x <= I128_MAX]
        exp = g.pick(exps)
        exp = -exp if t == INT and g.chance(0.1) else exp
        return X("(pow @ @)", [num_lit(t, base), num_lit(t, exp)], t)
    return X("(pow @ @)", [e.expr(t, d, env, "integers"), e.expr(t, d, env, "integers")], t)


@producer("pow-sqrti-log2", ("int", "uint"), "sqrti")
def p_sqrti_log2(e, t, d, env):
    return X("(%s @)" % e.g.pick(["sqrti", "log2"]), [e.expr(t, d, env, "integers")], t)


@producer("bits", ("int", "uint"), "xor")
def p_xor(e, t, d, env):
    return X("(xor @ @)", [e.expr(t, d, env, "bits"), e.expr(t, d, env, "bits")], t)


@producer("bits", ("int", "uint"), "bit-and")
def p_bitwise(e, t, d, env):
    g = e.g
    op = g.pick(["bit-and", "bit-or", "bit-xor"])
    n = g.pick([1, 2, 2, 3])
    return X("(%s%s)" % (op, " @" * n), [e.expr(t, d, env, "bits") for _ in range(n)], t)


@producer("bits", ("int", "uint"), "bit-not")
def p_bit_not(e, t, d, env):
    return X("(bit-not @)", [e.expr(t, d, env, "bits")], t)


@producer("bits", ("int", "uint"), "bit-shift-left")
def p_shift(e, t, d, env):
    g = e.g
    amount = num_lit(UINT, g.pick(SHIFTS)) if g.chance(0.7) else e.expr(UINT, d, env, "integers")
    return X("(%s @ @)" % g.pick(["bit-shift-left", "bit-shift-right"]), [e.expr(t, d, env, "bits"), amount], t)


def seq_type(g, elem=None):
    if elem is not None:
        return ("list", elem, g.pick([1, 2, 3, 5]))
    k = g.pick(["buff", "ascii", "utf8", "list"])
    if k == "list":
        return ("list", g.rtype(1), g.pick([1, 2, 3, 5]))
    return (k, g.pick([1, 2, 4, 8]))


def elem_type(t):
    return t[1] if t[0] == "list" else (t[0], 1)


def index_expr(e, d, env):
    g = e.g
    if g.chance(0.8):
        return num_lit(UINT, g.pick([0, 0, 1, 2, 3, 4, 5, 9, U128_MAX, 2 ** 64, 2 ** 32]))
    return e.expr(UINT, d, env, "integers")


@producer("sequences", ("uint",), "len")
def p_len(e, t, d, env):
    return X("(len @)", [e.expr(seq_type(e.g), d, env, "sequences")], t)


@producer("sequences", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple", "opt", "resp"), "element-at?")
def p_element_at(e, t, d, env):
    g = e.g
    if t[0] in ("buff", "ascii", "utf8"):
        st = (t[0], g.pick([2, 4, 8]))
        t = (t[0], 1)
    else:
        st = ("list", t, g.pick([1, 2, 4]))
    inner = X("(element-at? @ @)", [e.expr(st, d, env, "sequences"), index_expr(e, d, env)], ("opt", t))
    return X("(default-to @ @)", [e.atom(t, env), inner], t)


@producer("sequences", ("opt",), "element-at?")
def p_element_at_opt(e, t, d, env):
    g = e.g
    et = t[1]
    if et[0] in ("buff", "ascii", "utf8"):
        et = (et[0], 1)
        st = (et[0], 4)
    else:
        st = ("list", et, 3)
    return X("(%s @ @)" % g.pick(["element-at?", "element-at"]), [e.expr(st, d, env, "sequences"),
                                                                 index_expr(e, d, env)], ("opt", et))


@producer("sequences", ("opt",), "index-of?")
def p_index_of(e, t, d, env):
    st = seq_type(e.g)
    return X("(%s @ @)" % e.g.pick(["index-of?", "index-of"]),
             [e.expr(st, d, env, "sequences"), e.expr(elem_type(st), d, env)], ("opt", UINT))


@producer("sequences", ("buff", "ascii", "utf8", "list"), "concat")
def p_concat(e, t, d, env):
    half = (t[0], max(1, t[1] // 2)) if t[0] != "list" else ("list", t[1], max(1, t[2] // 2))
    return X("(concat @ @)", [e.expr(half, d, env, "sequences"), e.expr(half, d, env, "sequences")], t)


@producer("sequences", ("list",), "append")
def p_append(e, t, d, env):
    return X("(append @ @)", [e.expr(("list", t[1], max(1, t[2] - 1)), d, env, "sequences"),
                              e.expr(t[1], d, env)], t)


@producer("sequences", ("list",), "list")
def p_list(e, t, d, env):
    n = e.g.rng.randrange(1, t[2] + 1)
    return X("(list%s)" % (" @" * n), [e.expr(t[1], d, env) for _ in range(n)], t)


@producer("sequences", ("buff", "ascii", "utf8", "list"), "slice?")
def p_slice(e, t, d, env):
    g = e.g
    inner = X("(slice? @ @ @)", [e.expr(t, d, env, "sequences"), index_expr(e, d, env), index_expr(e, d, env)],
              ("opt", t))
    return X("(default-to @ @)", [e.atom(t, env), inner], t) if g.chance(0.5) else \
        X("(unwrap-panic @)", [inner], t)


@producer("sequences", ("opt",), "slice?")
def p_slice_opt(e, t, d, env):
    st = t[1] if is_seq(t[1]) else seq_type(e.g)
    return X("(slice? @ @ @)", [e.expr(st, d, env, "sequences"), index_expr(e, d, env), index_expr(e, d, env)],
             ("opt", st))


@producer("sequences", ("opt",), "replace-at?")
def p_replace_at(e, t, d, env):
    st = t[1] if is_seq(t[1]) else seq_type(e.g)
    return X("(replace-at? @ @ @)", [e.expr(st, d, env, "sequences"), index_expr(e, d, env),
                                     e.expr(elem_type(st), d, env)], ("opt", st))


@producer("sequences", ("buff", "ascii", "utf8", "list"), "as-max-len?")
def p_as_max_len(e, t, d, env):
    g = e.g
    n = g.pick([0, 1, 2, 3, 5, 8])
    inner = X("(as-max-len? @ @)", [e.expr(t, d, env, "sequences"), num_lit(UINT, n)], ("opt", t))
    return X("(default-to @ @)", [e.atom(t, env), inner], t)


MAPPABLE = [
    # (native, argument types, result type, arity)
    ("+", INT, INT, 2), ("-", INT, INT, 2), ("*", UINT, UINT, 2), ("+", UINT, UINT, 2), ("not", BOOL, BOOL, 1),
    ("sqrti", UINT, UINT, 1), ("log2", INT, INT, 1), ("to-int", UINT, INT, 1), ("to-uint", INT, UINT, 1),
    ("xor", INT, INT, 2), ("pow", UINT, UINT, 2),
]


@producer("sequences", ("list",), "map")
def p_map(e, t, d, env):
    g = e.g
    options = [m for m in MAPPABLE if m[2] == t[1]]
    if not options:
        if t[1] == ("buff", 32) or t[1][0] == "buff":
            return X("(map sha256 @)", [e.expr(("list", INT, t[2]), d, env, "sequences")], ("list", ("buff", 32), t[2]))
        return None
    name, at, rt, n = g.pick(options)
    return X("(map %s%s)" % (name, " @" * n), [e.expr(("list", at, t[2]), d, env, "sequences") for _ in range(n)], t)


@producer("sequences", ("list",), "filter")
def p_filter(e, t, d, env):
    # filter takes only simple natives: on booleans, `not` (is-some, is-ok ... are special forms)
    if t[1] == BOOL:
        return X("(filter not @)", [e.expr(t, d, env, "sequences")], t)
    return None


@producer("sequences", ("int", "uint", "bool"), "fold")
def p_fold(e, t, d, env):
    g = e.g
    if t == BOOL:
        name = g.pick(["and", "or"])
    else:
        name = g.pick(["+", "-", "*", "/", "mod", "xor", "pow"] + (["bit-and", "bit-or"] if g.has("bit-and") else []))
    return X("(fold %s @ @)" % name, [e.expr(("list", t, g.pick([2, 3, 5])), d, env, "sequences"),
                                       e.expr(t, d, env)], t)


@producer("consensus", ("opt",), "to-consensus-buff?")
def p_to_consensus(e, t, d, env):
    vt = e.g.rtype(2)
    return X("(to-consensus-buff? @)", [e.expr(vt, d, env)], ("opt", ("buff", 256)))


@producer("consensus", ("buff",), "to-consensus-buff?")
def p_to_consensus_buff(e, t, d, env):
    vt = e.g.rtype(2)
    return X("(unwrap-panic (to-consensus-buff? @))", [e.expr(vt, d, env)], ("buff", 256))


def damage(g, data):
    """A serialization with one defect: a byte changed, cut short, lengthened, or two joined."""
    data = bytearray(data)
    r = g.rng.random()
    if r < 0.3 and data:
        i = g.rng.randrange(len(data))
        data[i] = g.pick([0, 1, 0x0f, 0x80, 0xff, (data[i] + 1) % 256, (data[i] - 1) % 256])
    elif r < 0.5 and len(data) > 1:
        del data[g.rng.randrange(1, len(data)):]
    elif r < 0.7:
        data += bytes([g.rng.randrange(256)])
    elif r < 0.8:
        data = bytearray([g.pick(list(range(16)) + [0xff])]) + data[1:]
    else:
        data += bytes(data)
    return bytes(data)


def nearby_type(g, t):
    """The type, or one a little different (a size smaller or larger, another kind)."""
    if g.chance(0.6):
        return t
    k = t[0]
    if k in ("buff", "ascii", "utf8"):
        return (k, max(0, t[1] + g.pick([-1, 1, -t[1]]))) if g.chance(0.7) else g.pick([("buff", 8), ("ascii", 8), INT])
    if k == "list":
        return ("list", nearby_type(g, t[1]), max(0, t[2] + g.pick([-1, 1])))
    if k == "int":
        return UINT
    if k == "uint":
        return INT
    if k == "opt":
        return ("opt", nearby_type(g, t[1]))
    if k == "resp":
        return ("resp", t[2], t[1])
    if k == "tuple":
        fields = list(t[1])
        if len(fields) > 1 and g.chance(0.5):
            fields.pop(g.rng.randrange(len(fields)))
        else:
            fields.append(("zz", INT))
        return ("tuple", tuple(sorted(fields, key=lambda f: f[0].encode())))
    return t


def consensus_value_type(g):
    t = g.rtype(2)
    return t if t[0] != "principal" else INT


@producer("consensus", ("opt",), "from-consensus-buff?")
def p_from_consensus(e, t, d, env):
    g = e.g
    vt = t[1] if t[1][0] != "principal" else consensus_value_type(g)
    if g.chance(0.25):
        # a round trip of a generated expression
        x = e.expr(vt, d, env)
        return X("(from-consensus-buff? %s (unwrap-panic (to-consensus-buff? @)))" % type_text(nearby_type(g, vt)),
                 [x], ("opt", vt))
    data = serialize(g.value(vt))
    if g.chance(0.5):
        data = damage(g, data)
    target = nearby_type(g, vt)
    return X("(from-consensus-buff? %s @)" % type_text(target), [leaf(("buff", data), ("buff", len(data)))],
             ("opt", target))


@producer("strings", ("ascii",), "int-to-ascii")
def p_int_to_ascii(e, t, d, env):
    return X("(int-to-ascii @)", [e.expr(num_type(e.g, None), d, env, "integers")], ("ascii", 40))


@producer("strings", ("utf8",), "int-to-utf8")
def p_int_to_utf8(e, t, d, env):
    return X("(int-to-utf8 @)", [e.expr(num_type(e.g, None), d, env, "integers")], ("utf8", 40))


@producer("strings", ("opt",), "string-to-int?")
def p_string_to_int(e, t, d, env):
    g = e.g
    st = (g.pick(["ascii", "utf8"]), 41)
    arg = leaf((st[0], g.pick(NUMERIC_STRINGS)), st) if g.chance(0.6) else e.expr(st, d, env, "strings")
    name = g.pick(["string-to-int?", "string-to-uint?"])
    return X("(%s @)" % name, [arg], ("opt", INT if name == "string-to-int?" else UINT))


@producer("strings", ("int", "uint"), "buff-to-int-le")
def p_buff_to_int(e, t, d, env):
    g = e.g
    name = "buff-to-%s-%s" % ("int" if t == INT else "uint", g.pick(["le", "be"]))
    return X("(%s @)" % name, [e.expr(("buff", g.pick([1, 2, 8, 16])), d, env, "strings")], t)


@producer("strings", ("resp",), "to-ascii?")
def p_to_ascii(e, t, d, env):
    g = e.g
    at = g.pick([INT, UINT, BOOL, PRINCIPAL, ("buff", 8), ("utf8", 8)])
    return X("(to-ascii? @)", [e.expr(at, d, env)], ("resp", ("ascii", 100), UINT))


@producer("strings", ("resp",), "principal-destruct?")
def p_principal(e, t, d, env):
    g = e.g
    if g.chance(0.5):
        return X("(principal-destruct? @)", [e.expr(PRINCIPAL, d, env)], ("resp", ("tuple", ()), ("tuple", ())))
    version = leaf(("buff", bytes([g.pick([22, 26, 20, 21, 0, 31, 32])])), ("buff", 1))
    hash_bytes = bytes(g.rng.randrange(256) for _ in range(g.pick([20, 20, 20, 19, 21])))
    args = [version, leaf(("buff", hash_bytes), ("buff", 20))]
    tmpl = "(principal-construct? @ @)"
    if g.chance(0.4):
        args.append(leaf(("ascii", g.pick(["fz-c", "a", "", "x" * 40, "bad name", "0a"])), ("ascii", 40)))
        tmpl = "(principal-construct? @ @ @)"
    return X(tmpl, args, ("resp", PRINCIPAL, ("tuple", ())))


@producer("control", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple", "opt", "resp"), "if")
def p_if(e, t, d, env):
    return X("(if @ @ @)", [e.expr(BOOL, d, env, "compare"), e.expr(t, d, env), e.expr(t, d, env)], t)


@producer("control", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple", "opt", "resp"), "let")
def p_let(e, t, d, env):
    g = e.g
    name = g.fresh()
    vt = g.rtype(1) if g.chance(0.5) else t
    return X("(let ((%s @)) @)" % name, [e.expr(vt, d, env), e.expr(t, d, env + [(name, vt)])], t, binds=(name,))


@producer("control", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple", "opt", "resp"), "default-to")
def p_default_to(e, t, d, env):
    return X("(default-to @ @)", [e.expr(t, d, env), e.expr(("opt", t), d, env)], t)


@producer("control", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple"), "match")
def p_match(e, t, d, env):
    g = e.g
    a, b = g.fresh(), g.fresh()
    vt = g.rtype(1) if g.chance(0.5) else t
    if g.chance(0.5):
        return X("(match @ %s @ @)" % a, [full_opt(e, vt, d, env), e.expr(t, d, env + [(a, vt)]), e.expr(t, d, env)],
                 t, binds=(a,))
    et = g.rtype(1)
    return X("(match @ %s @ %s @)" % (a, b), [full_resp(e, vt, et, d, env), e.expr(t, d, env + [(a, vt)]),
                                             e.expr(t, d, env + [(b, et)])], t, binds=(a, b))


def full_opt(e, t, d, env):
    """An optional whose type is known whichever way it goes."""
    if e.g.chance(0.7):
        return X("(if @ (some @) none)", [e.expr(BOOL, d, env, "compare"), e.expr(t, d, env)], ("opt", t))
    return X("(some @)", [e.expr(t, d, env)], ("opt", t))


def full_resp(e, t, et, d, env):
    return X("(if @ (ok @) (err @))", [e.expr(BOOL, d, env, "compare"), e.expr(t, d, env), e.expr(et, d, env)],
             ("resp", t, et))


@producer("control", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple"), "unwrap!")
def p_unwrap(e, t, d, env):
    g = e.g
    form = g.pick(["unwrap!", "unwrap-err!", "unwrap-panic", "unwrap-err-panic", "try!"])
    other = g.rtype(1)
    thrown = e.expr(g.rtype(1), d, env)
    if form == "unwrap!":
        src = full_opt(e, t, d, env) if g.chance(0.5) else full_resp(e, t, other, d, env)
        return X("(unwrap! @ @)", [src, thrown], t)
    if form == "unwrap-err!":
        return X("(unwrap-err! @ @)", [full_resp(e, other, t, d, env), thrown], t)
    if form == "unwrap-panic":
        return X("(unwrap-panic @)", [full_opt(e, t, d, env) if g.chance(0.5) else full_resp(e, t, other, d, env)], t)
    if form == "unwrap-err-panic":
        return X("(unwrap-err-panic @)", [full_resp(e, other, t, d, env)], t)
    return X("(try! @)", [full_opt(e, t, d, env) if g.chance(0.5) else full_resp(e, t, other, d, env)], t)


@producer("control", ("bool",), "asserts!")
def p_asserts(e, t, d, env):
    return X("(asserts! @ @)", [e.expr(BOOL, d, env, "compare"), e.expr(e.g.rtype(1), d, env)], t)


@producer("control", ("bool",), "is-some")
def p_is(e, t, d, env):
    g = e.g
    if g.chance(0.5):
        return X("(%s @)" % g.pick(["is-some", "is-none"]), [full_opt(e, g.rtype(1), d, env)], t)
    return X("(%s @)" % g.pick(["is-ok", "is-err"]), [full_resp(e, g.rtype(1), g.rtype(1), d, env)], t)


@producer("control", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "tuple", "opt", "resp"), "begin")
def p_begin(e, t, d, env):
    # an intermediate response must be checked: the first expression is anything else
    first = e.g.rtype(1, ["int", "uint", "bool", "buff", "ascii", "utf8", "list", "opt", "tuple"])
    if e.g.chance(0.3):
        # a print event: the canonical printing of a value on the event line too
        return X("(begin (print @) @)", [e.expr(first, d, env), e.expr(t, d, env)], t)
    return X("(begin @ @)", [e.expr(first, d, env), e.expr(t, d, env)], t)


@producer("control", ("opt",), "some")
def p_some(e, t, d, env):
    return full_opt(e, t[1], d, env)


@producer("control", ("resp",), "ok")
def p_resp(e, t, d, env):
    return full_resp(e, t[1], t[2], d, env)


@producer("tuples", ("tuple",), "tuple")
def p_tuple(e, t, d, env):
    g = e.g
    kids = [e.expr(ft, d, env) for _, ft in t[1]]
    if g.chance(0.5):
        return X("{%s}" % ", ".join("%s: @" % f for f, _ in t[1]), kids, t)
    return X("(tuple %s)" % " ".join("(%s @)" % f for f, _ in t[1]), kids, t)


@producer("tuples", ("tuple",), "merge")
def p_merge(e, t, d, env):
    g = e.g
    fields = list(t[1])
    cut = g.rng.randrange(0, len(fields) + 1)
    extra = "q%d" % len(fields)  # a field the wanted tuple does not have, overwritten by the right side
    left = fields[:cut] + ([(extra, g.rtype(1))] if g.chance(0.5) else [])
    right = fields[cut:] + [f for f in fields[:cut] if g.chance(0.5)]
    if not left or not right:
        left = left or [(extra, INT)]
        right = right or [(extra, INT)]
    lt = ("tuple", tuple(sorted(left, key=lambda f: f[0].encode())))
    rt = ("tuple", tuple(sorted(right, key=lambda f: f[0].encode())))
    merged = dict(left)
    merged.update(dict(right))
    return X("(merge @ @)", [e.expr(lt, d, env, "tuples"), e.expr(rt, d, env, "tuples")],
             ("tuple", tuple(sorted(merged.items(), key=lambda f: f[0].encode()))))


@producer("tuples", ("int", "uint", "bool", "buff", "ascii", "utf8", "list", "opt", "resp", "tuple"), "get")
def p_get(e, t, d, env):
    g = e.g
    others = [(f, g.rtype(1)) for f in FIELDS if g.chance(0.3)]
    field = g.pick(FIELDS)
    fields = dict(others)
    fields[field] = t
    tt = ("tuple", tuple(sorted(fields.items(), key=lambda f: f[0].encode())))
    return X("(get %s @)" % field, [e.expr(tt, d, env, "tuples")], t)


@producer("compare", ("bool",), "<")
def p_less(e, t, d, env):
    g = e.g
    kinds = [INT, UINT] + ([("buff", 4), ("ascii", 4), ("utf8", 4)] if g.version >= 2 else [])
    at = g.pick(kinds)
    return X("(%s @ @)" % g.pick(["<", ">", "<=", ">="]), [e.expr(at, d, env), e.expr(at, d, env)], t)


@producer("compare", ("bool",), "is-eq")
def p_is_eq(e, t, d, env):
    g = e.g
    at = g.rtype(2)
    n = g.pick([1, 2, 2, 3])
    kids = [e.expr(at, d, env) for _ in range(n)]
    if g.chance(0.3) and n > 1:
        kids[1] = kids[0]
    return X("(is-eq%s)" % (" @" * n), kids, t)


@producer("compare", ("bool",), "and")
def p_logic(e, t, d, env):
    g = e.g
    op = g.pick(["and", "or", "not"])
    n = 1 if op == "not" else g.pick([1, 2, 3])
    return X("(%s%s)" % (op, " @" * n), [e.expr(BOOL, d, env, "compare") for _ in range(n)], t)


@producer("compare", ("bool",), "is-standard")
def p_is_standard(e, t, d, env):
    return X("(is-standard @)", [e.expr(PRINCIPAL, d, env)], t)


@producer("hashing", ("buff",), "sha256")
def p_hash(e, t, d, env):
    g = e.g
    name, size = g.pick([("sha256", 32), ("sha512", 64), ("sha512/256", 32), ("keccak256", 32), ("hash160", 20)])
    at = g.pick([INT, UINT, ("buff", g.pick([0, 1, 32, 64]))])
    return X("(%s @)" % name, [e.expr(at, d, env)], ("buff", size))


CATEGORIES = ["integers", "pow-sqrti-log2", "bits", "sequences", "consensus", "strings", "control", "tuples",
              "compare", "hashing", "transactions"]

# ---------------------------------------------------------------------------------------------
# Transaction sequences: a small contract with state, called with boundary arguments.

CONTRACT = """(define-data-var acc int 0)
(define-data-var uacc uint u1)
(define-map book uint {v: int, s: (string-ascii 20)})
(define-public (add (x int)) (let ((n (+ (var-get acc) x))) (var-set acc n) (ok n)))
(define-public (mul (x uint)) (begin (var-set uacc (* (var-get uacc) x)) (ok (var-get uacc))))
(define-public (sub-pos (x int)) (begin (asserts! (> x 0) (err u1)) (var-set acc (- (var-get acc) x)) (ok (var-get acc))))
(define-public (put (k uint) (v int) (s (string-ascii 20)))
  (begin (map-set book k {v: v, s: s}) (ok (map-insert book (+ k u1) {v: (- v), s: s}))))
(define-public (take (k uint)) (let ((e (unwrap! (map-get? book k) (err u404)))) (map-delete book k) (ok (get v e))))
(define-public (powu (x uint) (y uint)) (begin (var-set uacc (pow x y)) (ok (var-get uacc))))
(define-public (sq (x uint)) (ok (sqrti (+ x (var-get uacc)))))
(define-public (reset-if (x int)) (if (is-eq x (var-get acc)) (begin (var-set acc 0) (ok true)) (err x)))
(define-public (pay (amount uint) (to principal)) (stx-transfer? amount tx-sender to))
(define-public (note (x int) (s (string-ascii 20))) (begin (print {x: x, s: s}) (ok (len s))))
(define-read-only (get-acc) (var-get acc))
(define-read-only (get-uacc) (var-get uacc))
(define-read-only (get-entry (k uint)) (map-get? book k))
"""
WALLETS = ["deployer", "wallet_1", "wallet_2", "wallet_3"]


def transaction(g):
    """One step of a transaction sequence on the contract fz-c."""
    i = lambda: str(g.pick(INTS) if g.chance(0.7) else g.rng.randrange(-50, 50))
    u = lambda: "u%d" % (g.pick(UINTS) if g.chance(0.6) else g.rng.randrange(0, 50))
    small_u = lambda: "u%d" % g.rng.randrange(0, 6)
    s = lambda: ascii_lit("".join(g.pick(ASCII_CHARS[:12]) for _ in range(g.rng.randrange(0, 21))))
    who = " as %s" % g.pick(WALLETS)
    step = g.pick(["add", "add", "mul", "sub-pos", "put", "take", "powu", "sq", "reset-if", "pay", "note",
                   "read get-acc", "read get-uacc", "read get-entry", "var acc", "var uacc", "map book"])
    args = {"add": [i], "mul": [u], "sub-pos": [i], "put": [small_u, i, s], "take": [small_u], "powu": [u, u],
            "sq": [u], "reset-if": [i], "pay": [u, lambda: g.pick(WALLETS)], "note": [i, s]}
    if step.startswith("read "):
        return "read fz-c %s%s" % (step[5:], " " + small_u() if step.endswith("entry") else "")
    if step.startswith("var "):
        return "var fz-c " + step[4:]
    if step.startswith("map "):
        return "map fz-c book " + small_u()
    if step == "pay" and g.chance(0.7):
        args["pay"] = [lambda: "u%d" % g.rng.randrange(0, 1000), lambda: g.pick(WALLETS)]
    return "call fz-c %s %s%s" % (step, " ".join(a() for a in args[step]), who)


# ---------------------------------------------------------------------------------------------
# Scenarios and comparison.


class Case:
    """One generated step: an expression (eval) or a transaction sequence's step."""
    __slots__ = ("id", "cat", "epoch", "expr", "step", "history")

    def __init__(self, id, cat, epoch, expr=None, step=None, history=()):
        self.id, self.cat, self.epoch, self.expr, self.step, self.history = id, cat, epoch, expr, step, history

    def text(self):
        return "eval %s" % self.expr if self.expr is not None else self.step


def scenario_text(epoch, steps, with_contract):
    lines = ["epoch %s" % epoch]
    if with_contract:
        lines += ["deploy-inline fz-c <<FZEND", CONTRACT.rstrip("\n"), "FZEND"]
    return "\n".join(lines + steps) + "\n"


def mismatch(oracle_block, our_block):
    """None when the step's lines agree by the conformance rule, else a short reason."""
    if our_block is None:
        return "no line of ours"
    o0, u0 = oracle_block[0], our_block[0]
    if " !! internal error" in u0:
        return "internal error"
    ob, ub = o0.find(" !! "), u0.find(" !! ")
    if ob >= 0:
        if ub < 0:
            return "oracle fails, ours does not"
        if o0[:ob] != u0[:ub]:
            return "echo differs"
        orest, urest = o0[ob + 4:], u0[ub + 4:]
        ocat, _, omsg = orest.partition(": ")
        ucat, _, umsg = urest.partition(": ")
        if ocat != ucat:
            return "failure category differs"
        if BARE_KIND.match(omsg) and not umsg.startswith(omsg):
            return "error kind differs"
        return None if oracle_block[1:] == our_block[1:] else "event lines differ"
    if ub >= 0:
        return "ours fails, oracle does not"
    if o0 != u0:
        return "value differs"
    return None if oracle_block == our_block else "event lines differ"


def detail(oracle_block, our_block):
    return "  oracle: %s\n  ours:   %s" % ("\n          ".join(oracle_block),
                                          "\n          ".join(our_block or ["(none)"]))


class Runner:
    """Runs groups of scenarios on both sides and compares them step by step."""

    def __init__(self, sides, out):
        self.sides, self.out = sides, out
        self.cache = out / "oracle-cache"
        self.runs = 0

    def compare(self, scenarios):
        """scenarios: [(name, text, header steps)] -> {name: [(oracle block, our block)]} per step
        after the header, and our exit status."""
        with tempfile.TemporaryDirectory(prefix="diff-fuzz.") as tmp:
            files = []
            for name, text, _ in scenarios:
                f = Path(tmp) / (name + ".scn")
                f.write_text(text)
                files.append(f)
            oracle, ours, status = self.sides.run_pair(files, self.cache)
        self.runs += 1
        out = {}
        for name, _, header in scenarios:
            ob, ub = blocks(oracle[name])[header:], blocks(ours[name])[header:]
            out[name] = [(o, ub[i] if i < len(ub) else None) for i, o in enumerate(ob)]
        return out, status


# ---------------------------------------------------------------------------------------------
# Reduction.


def replace_at(root, path, new):
    if not path:
        return new
    kids = list(root.kids)
    kids[path[0]] = replace_at(root.kids[path[0]], path[1:], new)
    return X(root.tmpl, kids, root.ty, root.cat, root.binds, root.var)


def nodes_with_paths(x, path=()):
    yield path, x
    for i, k in enumerate(x.kids):
        yield from nodes_with_paths(k, path + (i,))


def smallest_literal(t):
    k = t[0]
    return {"int": "0", "uint": "u0", "bool": "false", "principal": PRINCIPALS[0], "buff": "0x", "ascii": '""',
            "utf8": 'u""'}.get(k)


def shrink_candidates(x):
    """Expressions one step smaller: a node replaced by a child of its type, or by a small literal."""
    out = []
    for path, n in nodes_with_paths(x):
        if not n.kids:
            continue
        for kid in n.kids:
            if kid.ty == n.ty and not (kid.free() & set(n.binds)):
                out.append(replace_at(x, path, kid))
        small = smallest_literal(n.ty)
        if small is not None:
            out.append(replace_at(x, path, X(small, [], n.ty)))
    seen, unique = set(), []
    for c in out:
        s = str(c)
        if s not in seen and s != str(x):
            seen.add(s)
            unique.append(c)
    return sorted(unique, key=lambda c: len(str(c)))


def reduce_case(runner, case, reason):
    """The smallest case found that still differs for the same reason: (steps, oracle block, our block)."""
    if case.expr is not None:
        best = case.expr
        for _ in range(60):
            cands = shrink_candidates(best)[:60]
            if not cands:
                break
            scen = [("r%d" % k, scenario_text(case.epoch, ["eval %s" % c], False), 1) for k, c in enumerate(cands)]
            results, _ = runner.compare(scen)
            found = None
            for k, c in enumerate(cands):
                pairs = results["r%d" % k]
                if pairs and mismatch(*pairs[0]) == reason:
                    found = c
                    break
            if found is None:
                break
            best = found
        steps, with_contract = ["eval %s" % best], False
    else:
        # the transaction sequence: drop earlier steps while the last one still differs
        steps, with_contract = list(case.history) + [case.step], True
        changed = True
        while changed and len(steps) > 1:
            changed = False
            cands = [steps[:i] + steps[i + 1:] for i in range(len(steps) - 1)]
            scen = [("r%d" % k, scenario_text(case.epoch, c, True), 2) for k, c in enumerate(cands)]
            results, _ = runner.compare(scen)
            for k, c in enumerate(cands):
                pairs = results["r%d" % k]
                if len(pairs) == len(c) and mismatch(*pairs[-1]) == reason:
                    steps, changed = c, True
                    break
    results, _ = runner.compare([("final", scenario_text(case.epoch, steps, with_contract), 1 + with_contract)])
    pairs = results["final"]
    o, u = pairs[-1] if pairs else (["(none)"], None)
    return scenario_text(case.epoch, steps, with_contract), o, u


# ---------------------------------------------------------------------------------------------


def natives_table(shared):
    out = {}
    for line in (shared / "reference/natives.tsv").read_text().splitlines():
        if not line or line.startswith("#") or line.startswith("name\t"):
            continue
        cols = line.split("\t")
        out[cols[0]] = (int(cols[1]), int(cols[2]) if len(cols) > 2 and cols[2] else None)
    return out


def generate(args, natives):
    """The cases, grouped in scenarios of one epoch each: [(epoch, [Case])]."""
    rng = random.Random(args.seed)
    epochs = list(EPOCHS)
    scenarios, made = [], 0
    while made < args.exprs:
        epoch = epochs[len(scenarios) % len(epochs)]
        g = Gen(rng, natives, EPOCHS[epoch])
        e = Expressions(g)
        cases, history = [], []
        n = min(args.batch, args.exprs - made)
        while len(cases) < n:
            # a transaction sequence has about five steps: chosen a fifth as often, it makes as many steps
            cat = rng.choices(CATEGORIES, weights=[1.0] * (len(CATEGORIES) - 1) + [0.2])[0]
            if cat == "transactions":
                # a short sequence: a few steps in a row, each remembering the ones before it
                for _ in range(min(rng.randrange(2, 8), n - len(cases))):
                    step = transaction(g)
                    cases.append(Case(made + len(cases), cat, epoch, step=step, history=tuple(history)))
                    history.append(step)
                continue
            x = e.top(cat)
            if x is None or len(str(x)) > 4000:
                continue
            cases.append(Case(made + len(cases), cat, epoch, expr=x))
        made += len(cases)
        scenarios.append((epoch, cases))
    return scenarios


def check(sides, files):
    from both_sides import run
    for scn in files:
        scn = Path(scn).resolve()
        o = blocks(run(sides.oracle_cmd(scn), str(sides.oracle)))
        u = blocks(run(sides.ours_cmd(scn)))
        for i, ob in enumerate(o):
            ub = u[i] if i < len(u) else None
            why = mismatch(ob, ub)
            print("%s %s" % ("ok  " if why is None else "DIFF", ob[0][:150]))
            if why:
                print("  %s\n%s" % (why, detail(ob, ub)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exprs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=400)
    ap.add_argument("--files", type=int, default=10)
    ap.add_argument("--out", default="/tmp/diff-fuzz")
    ap.add_argument("--check", nargs="+", metavar="SCN")
    ap.add_argument("--emit", metavar="DIR")
    args = ap.parse_args()
    sides = Sides("diff-fuzz")
    if args.check:
        check(sides, args.check)
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("[0-9][0-9][0-9][0-9].scn"):
        old.unlink()
    natives = natives_table(sides.shared)
    start = time.time()
    scenarios = generate(args, natives)
    total = sum(len(c) for _, c in scenarios)
    print("diff-fuzz: seed %d, %d steps in %d scenarios (epochs %s)" % (args.seed, total, len(scenarios),
                                                                       " ".join(EPOCHS)), flush=True)
    if args.emit:
        emit = Path(args.emit)
        emit.mkdir(parents=True, exist_ok=True)
        for k, (epoch, cases) in enumerate(scenarios):
            with_contract = any(c.step is not None for c in cases)
            (emit / ("fuzz-%d-%03d.scn" % (args.seed, k))).write_text(
                "# diff-fuzz --seed %d, scenario %d\n" % (args.seed, k)
                + scenario_text(epoch, [c.text() for c in cases], with_contract))
        print("wrote %d scenarios to %s" % (len(scenarios), emit))
        return
    runner = Runner(sides, out)
    per_cat = {c: 0 for c in CATEGORIES}
    bad_cat = {c: 0 for c in CATEGORIES}
    internal, found, exit70 = 0, [], 0
    for start_at in range(0, len(scenarios), args.files):
        group = scenarios[start_at:start_at + args.files]
        scen = []
        for k, (epoch, cases) in enumerate(group):
            with_contract = any(c.step is not None for c in cases)
            scen.append(("s%05d" % (start_at + k), scenario_text(epoch, [c.text() for c in cases], with_contract),
                         1 + with_contract))
        t0 = time.time()
        results, status = runner.compare(scen)
        exit70 += status == 70
        bad = 0
        for (name, _, _), (epoch, cases) in zip(scen, group):
            pairs = results[name]
            for i, c in enumerate(cases):
                per_cat[c.cat] += 1
                o, u = pairs[i] if i < len(pairs) else (["(no oracle line)"], None)
                if "internal error" in o[0] or "(no oracle line)" in o[0]:
                    continue  # the simulator broke: not a difference of ours
                why = mismatch(o, u)
                if why:
                    bad += 1
                    bad_cat[c.cat] += 1
                    internal += why == "internal error"
                    found.append((c, why, o, u))
        print("run %d: %d scenarios, %d steps, %d differ (%.1f s)" % (runner.runs, len(group),
              sum(len(c) for _, c in group), bad, time.time() - t0), flush=True)

    # reduce each mismatch, keeping one per distinct reduced case
    report = open(out / "mismatches.txt", "w")
    reduced = {}
    for c, why, o, u in found[:200]:
        text, ro, ru = reduce_case(runner, c, why)
        report.write("#%d %s epoch %s: %s\n  step: %s\n%s\n  reduced:\n    %s\n%s\n\n" % (
            c.id, c.cat, c.epoch, why, c.text()[:3000], detail(o, u), text.replace("\n", "\n    "), detail(ro, ru)))
        if text not in reduced:
            reduced[text] = c
            (out / ("%04d.scn" % len(reduced))).write_text(
                "# diff-fuzz seed %d, case %d (%s): %s\n%s" % (args.seed, c.id, c.cat, why, text))
    report.close()
    print("diff-fuzz: %d steps generated, seed %d, %.0f s" % (total, args.seed, time.time() - start))
    for cat in CATEGORIES:
        print("  %-16s %7d generated %5d differ" % (cat, per_cat[cat], bad_cat[cat]))
    print("internal errors: %d (runs of ours with exit status 70: %d)" % (internal, exit70))
    print("mismatches: %d, reduced to %d distinct case(s) in %s" % (len(found), len(reduced), out))
    sys.exit(1 if found or exit70 else 0)


if __name__ == "__main__":
    main()
