#!/usr/bin/env python3
"""Mutation fuzzer for the deploy-time static analysis: differential test against the oracle.

Takes the contracts the oracle accepts from the conformance corpus (every `*.clar` under
interpreter/src/test/resources/conformance, the `deploy-inline` bodies whose recorded transcript
says `deployed`, and the seed contract, read in place from ../shared/seed), makes many small
mutations of them (literal swaps, dropped or duplicated arguments, swapped arms, wrapped values,
natives swapped for others of similar arity, undefined names, writes in read-only functions,
reordered or duplicated definitions, changed type sizes, ...) and deploys every mutant on the
oracle (the real VM) and on our CLI, one scenario per batch, one deploy step per mutant under
distinct contract names, spread over several epochs and Clarity versions. It compares whether
each side accepts the deploy and, where both refuse it, our diagnostic kind with the kind the
oracle's message stands for (the shapes of OracleMessages.java, read from the test sources, so
the table is kept in one place). A case where our last diagnostic is a parse error and the
oracle's is an analysis error counts as agreement (as in DeployKindsTest).

This is a separate command, not part of the build or the default test run. Build the CLI first
(`mvn -q -o -B -DskipTests package`), and set the oracle up (`../shared/oracle/setup`).

usage: scripts/analysis-fuzz.py [--mutants N | --arity] [--batch B] [--seed S] [--out DIR] [--keep]
       scripts/analysis-fuzz.py --check FILE.scn...

  --mutants N   how many mutants to run (default 2000)
  --batch B     deploy steps per scenario (default 150)
  --seed S      random seed (default 1): the same seed makes the same mutants, so a run after a
                fix can be compared with the run before it
  --out DIR     where the disagreements go (default /tmp/analysis-fuzz): DIR/disagreements.txt
                lists each with its configuration, both transcript lines and the mutant's source;
                DIR/NNN.scn are the failing mutants as ready-to-run one-step scenarios
  --keep        keep the batch scenarios and both transcripts in DIR/batches
  --arity       instead of --mutants random mutants, every seed's first call of each native with
                one argument more and one less (a few thousand mutants)
  --check       run the given scenarios on both sides instead and print each step's verdict
                (a quick way to try a reduced case before recording it)

The oracle's transcripts are cached in DIR/oracle-cache by the batch's content: rerunning the
same seed after a fix (or with CLARITY_JAR pointing at an older build) only runs our CLI.

Environment: CLARITY_SHARED is the shared folder holding oracle/ (default ../shared beside the
repository); CLARITY_JAR is our CLI (default cli/target/clarity.jar).

Prints one line per batch and a summary: mutants run, disagreements (accept/reject, and kind),
and the agreement rate. Exit status 0 whatever the agreement (it is a measuring tool).
"""
import argparse
import random
import re
import tempfile
from pathlib import Path

from both_sides import ROOT, Sides, run, step_lines
CORPUS = ROOT / "interpreter/src/test/resources/conformance"
MESSAGES = ROOT / "interpreter/src/test/java/io/clarity/conformance/OracleMessages.java"
PARSE_KINDS = ROOT / "interpreter/src/main/java/io/clarity/error/ParseErrorKind.java"

# Epoch and the Clarity versions it allows: the configurations mutants are deployed under.
CONFIGS = [("2.05", 1), ("2.1", 2), ("2.4", 1), ("2.5", 2), ("3.0", 3), ("3.2", 1), ("3.2", 2), ("3.2", 3),
           ("3.3", 3), ("3.3", 4), ("3.4", 2), ("3.4", 4), ("3.4", 5)]

# ---------------------------------------------------------------------------------------------
# S-expressions: just enough of Clarity's syntax to mutate and print it back.


class Node:
    """A list `(...)`, a tuple literal `{...}` or an atom (text kept verbatim)."""
    __slots__ = ("kind", "items", "text")

    def __init__(self, kind, items=None, text=None):
        self.kind, self.items, self.text = kind, items, text

    def copy(self):
        if self.kind == "atom":
            return Node("atom", text=self.text)
        return Node(self.kind, [i.copy() for i in self.items])

    def __str__(self):
        if self.kind == "atom":
            return self.text
        if self.kind == "list":
            return "(" + " ".join(str(i) for i in self.items) + ")"
        # tuple literals need their commas (from parser v2 on)
        pairs = [self.items[k:k + 2] for k in range(0, len(self.items), 2)]
        return "{" + ", ".join(" ".join(str(i) for i in pair) for pair in pairs) + "}"


TOKEN = re.compile(r'''\s+|;[^\n]*|u?"(?:[^"\\]|\\.)*"|[(){}]|,|[^\s(){},;"]+''', re.S)


def parse(src):
    stack, top = [], []
    pos = 0
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ValueError("cannot tokenize at %d" % pos)
        t = m.group(0)
        pos = m.end()
        if t[0].isspace() or t[0] == ";" or t == ",":
            continue
        if t in "({":
            stack.append((t, []))
        elif t in ")}":
            if not stack:
                raise ValueError("unbalanced")
            opener, items = stack.pop()
            node = Node("list" if opener == "(" else "tuple", items)
            (stack[-1][1] if stack else top).append(node)
        else:
            (stack[-1][1] if stack else top).append(Node("atom", text=t))
    if stack:
        raise ValueError("unbalanced")
    return top


def render(forms):
    return "\n".join(str(f) for f in forms)


def walk(node, parent=None, index=None, depth=0):
    """Every (node, parent, index-in-parent, depth)."""
    yield node, parent, index, depth
    if node.kind != "atom":
        for i, child in enumerate(node.items):
            yield from walk(child, node, i, depth + 1)


def head(node):
    if node.kind == "list" and node.items and node.items[0].kind == "atom":
        return node.items[0].text
    return None

# ---------------------------------------------------------------------------------------------
# Mutations. Each takes the parsed forms (already a private copy) and an RNG, changes them in
# place and returns a short description, or None when it does not apply.


INT = re.compile(r"-?[0-9]+$")
UINT = re.compile(r"u[0-9]+$")

# natives grouped by arity and rough shape, so that a swap keeps the call well-formed
SIMILAR = [
    ["+", "-", "*", "/", "mod", "pow", "xor", "bit-and", "bit-or", "bit-xor", "bit-shift-left", "bit-shift-right"],
    ["<", ">", "<=", ">=", "is-eq"],
    ["and", "or"],
    ["not", "is-some", "is-none", "is-ok", "is-err", "unwrap-panic", "unwrap-err-panic", "len", "sqrti", "log2",
     "to-int", "to-uint", "bit-not", "hash160", "sha256", "sha512", "keccak256", "print", "some", "ok", "err",
     "to-consensus-buff?", "string-to-int?", "string-to-uint?", "int-to-ascii", "int-to-utf8", "is-standard",
     "principal-destruct?", "stx-get-balance", "stx-account", "var-get", "try!"],
    ["unwrap!", "unwrap-err!", "asserts!", "default-to", "concat", "append", "element-at", "element-at?",
     "index-of", "index-of?", "get", "map-get?", "map-delete", "ft-get-balance", "nft-get-owner?", "var-set"],
    ["map-set", "map-insert", "replace-at?", "slice?", "if", "ft-mint?", "ft-burn?", "nft-mint?", "nft-burn?",
     "stx-transfer?", "stx-burn?", "fold", "secp256k1-verify"],
    ["define-public", "define-private", "define-read-only"],
    ["define-data-var", "define-map", "define-constant"],
    ["let", "begin", "map", "filter"],
    ["tx-sender", "contract-caller", "block-height", "stacks-block-height", "burn-block-height", "tenure-height",
     "chain-id", "stx-liquid-supply", "is-in-mainnet", "is-in-regtest", "tx-sponsor?", "none", "true", "false",
     "current-contract", "stacks-block-time"],
]
SIMILAR_OF = {name: group for group in SIMILAR for name in group}
TYPES = ["int", "uint", "bool", "principal", "(buff 1)", "(buff 32)", "(string-ascii 10)", "(string-utf8 10)",
         "(optional int)", "(response int int)", "(list 5 uint)", "{a: int}", "(tuple (a uint))"]
WORDS = ["block-height", "list", "map", "get", "let", "ok", "tx-sender", "stx-transfer?", "burn-block-height",
         "true", "none", "x", "f", "define-public", "print", "contract-caller", "current-contract", "tuple",
         "element-at", "is-eq", "+", "secp256r1-verify", "at-block", "to-ascii?", "restrict-assets?", "as-contract"]
LITERALS = ["1", "u1", "-1", "0", "u0", '"x"', 'u"x"', "0x01", "0x", "true", "none", "(some u1)", "(ok 1)",
            "(err u1)", "(list)", "(list 1)", "tx-sender", "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
            "{a: 1}", "340282366920938463463374607431768211455", "u340282366920938463463374607431768211456"]


def nodes(forms, pred=lambda n, p, i, d: True):
    out = []
    for f in forms:
        out.extend(x for x in walk(f) if pred(*x))
    return out


def pick(rng, seq):
    return seq[rng.randrange(len(seq))] if seq else None


def atom(text):
    return Node("atom", text=text)


def m_literal(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: n.kind == "atom" and (INT.match(n.text) or UINT.match(n.text)
                                                                       or n.text.startswith('"') or n.text.startswith("0x")
                                                                       or n.text in ("true", "false", "none"))))
    if not c:
        return None
    n = c[0]
    old = n.text
    if INT.match(old) and rng.random() < 0.5:
        n.text = "u" + old.lstrip("-")
    elif UINT.match(old) and rng.random() < 0.5:
        n.text = old[1:]
    else:
        n.text = pick(rng, LITERALS)
    return "literal %s -> %s" % (old, n.text)


def m_drop_or_dup_arg(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: n.kind == "list" and len(n.items) >= 2))
    if not c:
        return None
    n = c[0]
    i = rng.randrange(1, len(n.items))
    if rng.random() < 0.5:
        del n.items[i]
        return "drop argument %d of %s" % (i, head(n))
    n.items.insert(i, n.items[i].copy())
    return "duplicate argument %d of %s" % (i, head(n))


def m_swap_args(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: n.kind == "list" and len(n.items) >= 3))
    if not c:
        return None
    n = c[0]
    if head(n) == "if" and len(n.items) == 4:
        i, j = 2, 3
    else:
        i, j = rng.sample(range(1, len(n.items)), 2)
    n.items[i], n.items[j] = n.items[j], n.items[i]
    return "swap arguments %d and %d of %s" % (i, j, head(n))


def m_wrap(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: p is not None and i > 0 and p.kind == "list"
                        and head(p) not in ("define-public", "define-private", "define-read-only")))
    if not c:
        return None
    n, p, i, _ = c
    w = pick(rng, ["some", "ok", "err", "list", "begin", "unwrap-panic", "try!", "not", "print", "len", "is-some"])
    p.items[i] = Node("list", [atom(w), n])
    return "wrap argument %d of %s in %s" % (i, head(p), w)


def m_native(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: n.kind == "atom" and n.text in SIMILAR_OF))
    if not c:
        return None
    n = c[0]
    old = n.text
    n.text = pick(rng, [x for x in SIMILAR_OF[old] if x != old])
    return "native %s -> %s" % (old, n.text)


def defined_names(forms):
    names = []
    for f in forms:
        h = head(f)
        if h and h.startswith("define-") and len(f.items) > 1:
            target = f.items[1]
            if target.kind == "list" and target.items and target.items[0].kind == "atom":
                names.append(target.items[0].text)
            elif target.kind == "atom":
                names.append(target.text)
    return names


def m_undefined(forms, rng):
    names = set(defined_names(forms))
    c = pick(rng, nodes(forms, lambda n, p, i, d: n.kind == "atom" and p is not None and
                        (n.text in names or re.match(r"[a-z][a-z0-9-]*$", n.text)) and n.text not in SIMILAR_OF))
    if not c:
        return None
    n = c[0]
    old = n.text
    n.text = pick(rng, [old + "-nope", "nope", "undefined-name"])
    return "rename %s -> %s" % (old, n.text)


def m_write_in_read_only(forms, rng):
    ros = [f for f in forms if head(f) == "define-read-only" and len(f.items) == 3]
    if not ros:
        ros = [f for f in forms if head(f) in ("define-private", "define-public") and len(f.items) == 3]
        if not ros:
            return None
        f = pick(rng, ros)
        old = head(f)
        f.items[0].text = "define-read-only"
        return "%s -> define-read-only" % old
    f = pick(rng, ros)
    body = f.items[2]
    write = pick(rng, ["(var-set fz-v 1)", "(map-set fz-m 1 1)", "(stx-transfer? u1 tx-sender tx-sender)",
                       "(ft-mint? fz-t u1 tx-sender)", "(map-delete fz-m 1)", "(stx-burn? u1 tx-sender)",
                       "(nft-mint? fz-n u1 tx-sender)", "(map-insert fz-m 2 2)"])
    forms.insert(0, parse("(define-data-var fz-v int 0) (define-map fz-m int int) (define-fungible-token fz-t)"
                          " (define-non-fungible-token fz-n uint)")[rng.randrange(4)])
    wrapper = pick(rng, ["begin", "let", "if", "and", "asserts", "match"])
    w = parse(write)[0]
    if wrapper == "begin":
        f.items[2] = Node("list", [atom("begin"), w, body])
    elif wrapper == "let":
        f.items[2] = Node("list", [atom("let"), Node("list", [Node("list", [atom("fz-w"), w])]), body])
    elif wrapper == "if":
        f.items[2] = Node("list", [atom("if"), atom("true"), body, Node("list", [atom("begin"), w, body])])
    elif wrapper == "and":
        f.items[2] = Node("list", [atom("begin"), Node("list", [atom("and"), atom("false"),
                                                                Node("list", [atom("is-ok"), w])]), body])
    elif wrapper == "asserts":
        f.items[2] = Node("list", [atom("begin"), Node("list", [atom("unwrap-panic"), w]), body])
    else:
        f.items[2] = Node("list", [atom("begin"), Node("list", [atom("print"), w]), body])
    return "write %s via %s in read-only %s" % (write, wrapper, f.items[1])


def m_reorder(forms, rng):
    if len(forms) < 2:
        return None
    i, j = rng.sample(range(len(forms)), 2)
    forms[i], forms[j] = forms[j], forms[i]
    return "swap top-level forms %d and %d" % (i, j)


def m_dup_name(forms, rng):
    defs = [k for k, f in enumerate(forms) if (head(f) or "").startswith("define-") and len(f.items) > 1]
    if not defs:
        return None
    k = pick(rng, defs)
    r = rng.random()
    if r < 0.3:
        forms.insert(rng.randrange(len(forms) + 1), forms[k].copy())
        return "duplicate definition %d" % k
    target = forms[k].items[1]
    name_node = target.items[0] if target.kind == "list" and target.items else target
    if name_node.kind != "atom":
        return None
    old = name_node.text
    if r < 0.6:
        others = [n for n in defined_names(forms) if n != old]
        if not others:
            return None
        name_node.text = pick(rng, others)
    elif r < 0.8:
        name_node.text = pick(rng, WORDS)
    else:
        # a parameter or let binding named like something else
        binds = nodes([forms[k]], lambda n, p, i, d: n.kind == "list" and len(n.items) == 2
                      and n.items[0].kind == "atom" and p is not None and p.kind == "list" and p is not forms[k])
        b = pick(rng, binds)
        if not b:
            return None
        old = b[0].items[0].text
        b[0].items[0].text = pick(rng, WORDS + defined_names(forms))
        return "binding %s -> %s" % (old, b[0].items[0].text)
    return "definition name %s -> %s" % (old, name_node.text)


def m_type(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: (n.kind == "list" and head(n) in
                                                   ("buff", "string-ascii", "string-utf8", "list")
                                                   and len(n.items) >= 2 and n.items[1].kind == "atom")
                        or (n.kind == "atom" and n.text in ("int", "uint", "bool", "principal") and p is not None
                            and head(p) != n.text)))
    if not c:
        return None
    n, p, i, _ = c
    if n.kind == "atom":
        old = n.text
        new = pick(rng, TYPES)
        p.items[i] = parse(new)[0]
        return "type %s -> %s" % (old, new)
    size = n.items[1]
    old = size.text
    size.text = pick(rng, ["0", "1", "2", "-1", "u5", "1048576", "1048577", "100000000", str(int(old) + 1)
                           if old.isdigit() else "3", str(max(int(old) - 1, 0)) if old.isdigit() else "4"])
    return "type size %s -> %s in %s" % (old, size.text, head(n))


def m_crossover(forms, rng):
    all_nodes = nodes(forms, lambda n, p, i, d: p is not None and i > 0)
    a, b = pick(rng, all_nodes), pick(rng, all_nodes)
    if not a or not b:
        return None
    a[1].items[a[2]] = b[0].copy()
    return "replace %s by %s" % (str(a[0])[:40], str(b[0])[:40])


def m_delete_form(forms, rng):
    if len(forms) < 2:
        return None
    k = rng.randrange(len(forms))
    f = forms.pop(k)
    return "delete top-level form %s" % str(f)[:50]


def m_insert_literal(forms, rng):
    c = pick(rng, nodes(forms, lambda n, p, i, d: p is not None and i > 0 and p.kind == "list"))
    if not c:
        return None
    n, p, i, _ = c
    new = pick(rng, LITERALS + WORDS)
    p.items[i] = parse(new)[0]
    return "replace %s by %s" % (str(n)[:40], new)


def m_public_kind(forms, rng):
    fns = [f for f in forms if head(f) in ("define-public", "define-private", "define-read-only")]
    f = pick(rng, fns)
    if not f:
        return None
    old = head(f)
    f.items[0].text = pick(rng, [x for x in ("define-public", "define-private", "define-read-only") if x != old])
    return "%s -> %s" % (old, f.items[0].text)


def natives(shared):
    """Every native and keyword name of reference/natives.tsv (all versions: the version check is under test too)."""
    table = shared / "reference/natives.tsv"
    if not table.exists():
        return sorted(SIMILAR_OF)
    names = [line.split("\t")[0] for line in table.read_text().splitlines() if line and not line.startswith("#")]
    return [n for n in names[1:] if n and not n.startswith("define-")]


NATIVES = []


def m_random_call(forms, rng):
    """An argument replaced by a call of any native on random literals or nearby expressions."""
    c = pick(rng, nodes(forms, lambda n, p, i, d: p is not None and i > 0 and p.kind == "list"))
    if not c or not NATIVES:
        return None
    n, p, i, _ = c
    local = [x[0] for x in nodes(forms, lambda n, p, i, d: p is not None and i > 0)]
    args = [pick(rng, local).copy() if local and rng.random() < 0.4 else parse(pick(rng, LITERALS + WORDS))[0]
            for _ in range(rng.randrange(4))]
    call = Node("list", [atom(pick(rng, NATIVES))] + args)
    p.items[i] = call
    return "replace %s by %s" % (str(n)[:40], str(call)[:60])


MUTATIONS = [m_random_call, m_random_call, m_random_call, m_literal, m_literal, m_drop_or_dup_arg, m_drop_or_dup_arg, m_swap_args, m_wrap, m_wrap, m_native, m_native,
             m_undefined, m_write_in_read_only, m_write_in_read_only, m_reorder, m_dup_name, m_dup_name, m_type,
             m_type, m_crossover, m_crossover, m_delete_form, m_insert_literal, m_public_kind]


def arity_mutants(forms):
    """For the first call of each native in a contract: one argument more (its last, twice) and one less."""
    seen = set()
    for path, (n, _p, _i, _d) in enumerate([x for f in forms for x in walk(f)]):
        h = head(n)
        if h is None or (h not in NATIVES and not h.startswith("define-")) or h in seen or len(n.items) < 2:
            continue
        seen.add(h)
        copy = [f.copy() for f in forms]
        n = [x for f in copy for x in walk(f)][path][0]
        n.items.append(n.items[-1].copy())
        yield copy, "one more argument of %s" % h
        copy = [f.copy() for f in forms]
        n = [x for f in copy for x in walk(f)][path][0]
        del n.items[-1]
        yield copy, "one argument less of %s" % h


def mutate(forms, rng):
    forms = [f.copy() for f in forms]
    done = []
    for _ in range(1 if rng.random() < 0.7 else rng.randrange(2, 4)):
        for _attempt in range(10):
            d = pick(rng, MUTATIONS)(forms, rng)
            if d:
                done.append(d)
                break
    return forms, "; ".join(done)

# ---------------------------------------------------------------------------------------------
# The seeds: contracts the oracle accepts.


def seeds(shared):
    """(name, forms, prelude): prelude lists the (contract name, source) of the deploys that came
    before the seed in its scenario, so that the contracts it calls or whose traits it uses exist."""
    out = []
    for clar in sorted(CORPUS.rglob("*.clar")):
        text = clar.read_text(errors="replace")
        if len(text) <= 8000:
            out.append((str(clar.relative_to(ROOT)), text, ()))
    seed = shared / "seed/compute-sharing.clar"
    if seed.exists():
        out.append(("seed/compute-sharing.clar", seed.read_text(), ()))
    step = re.compile(r"^deploy-inline (\S+)[^\n]*<<(\w+)\n(.*?)\n\2$", re.S | re.M)
    for scn in sorted(CORPUS.rglob("*.scn")):
        out_file = scn.with_suffix(".out")
        if not out_file.exists():
            continue
        deployed = {m.group(1) for m in re.finditer(r"^deploy-inline (\S+) .*=> deployed", out_file.read_text(), re.M)}
        before = []
        for m in step.finditer(scn.read_text()):
            if m.group(1) in deployed and len(m.group(3)) <= 8000:
                out.append(("%s:%s" % (scn.relative_to(CORPUS), m.group(1)), m.group(3), tuple(before)))
                before.append((m.group(1), m.group(3)))
    parsed = []
    for name, text, prelude in out:
        try:
            forms = parse(text)
        except ValueError:
            continue
        if forms:
            parsed.append((name, forms, prelude))
    return parsed


# ---------------------------------------------------------------------------------------------
# Running and comparing.


def load_shapes():
    """(regex, kinds template, is-parse) from OracleMessages.java, in its order."""
    src = MESSAGES.read_text()
    shapes = []
    for m in re.finditer(r'(parseShape|shape)\(\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+),\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)\)',
                         src):
        def java_string(s):
            return "".join(bytes(x, "utf-8").decode("unicode_escape") for x in re.findall(r'"((?:[^"\\]|\\.)*)"', s))
        shapes.append((re.compile(java_string(m.group(2))), java_string(m.group(3)), m.group(1) == "parseShape"))
    return shapes


def oracle_kinds(shapes, message):
    for regex, kinds, is_parse in shapes:
        m = regex.fullmatch(message)
        if m:
            return m.expand(kinds.replace("$1", r"\1")).split("|"), is_parse
    return None, False


def parse_kinds():
    return set(re.findall(r"^\s*([A-Z]\w+)[,;(]", PARSE_KINDS.read_text(), re.M)) if PARSE_KINDS.exists() else set()


def outcome(line):
    if " => deployed " in line:
        return "accept", None
    at = line.find(" !! deploy error: ")
    if at >= 0:
        return "reject", line[at + len(" !! deploy error: "):]
    return "other", line


def our_kind(message):
    last = message.split(" / ")[-1]
    if last.startswith("runtime error: "):
        last = last[len("runtime error: "):]
    return last.split(":")[0]


def compare(shapes, parse_set, oracle_line, our_line):
    """None when the two agree, else a short reason."""
    o, om = outcome(oracle_line)
    u, um = outcome(our_line)
    if o == "other" or u == "other":
        return "unexpected step result" if o != u or oracle_line != our_line else None
    if o != u:
        return "oracle %s, ours %s" % (o, u)
    if o == "accept":
        return None if oracle_line == our_line else "accepted differently"
    kinds, is_parse = oracle_kinds(shapes, om)
    ours = our_kind(um)
    if kinds is None:
        return "unknown oracle message shape"
    if ours in kinds or (ours in parse_set and not is_parse):
        return None
    return "kind %s, oracle %s" % (ours, "|".join(kinds))


def scenario(epoch, entries, prelude=()):
    lines = ["epoch %s" % epoch]
    for name, src in prelude:
        lines.append("deploy-inline %s <<FZEND" % name)
        lines.append(src)
        lines.append("FZEND")
    for name, version, src in entries:
        lines.append("deploy-inline %s clarity-version %d <<FZEND" % (name, version))
        lines.append(src)
        lines.append("FZEND")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mutants", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=150)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="/tmp/analysis-fuzz")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--arity", action="store_true",
                    help="instead of random mutants: each native's first call in each seed with one argument more and one less")
    ap.add_argument("--check", nargs="+", metavar="SCN",
                    help="instead of fuzzing, run these scenarios on both and show each deploy's verdict")
    args = ap.parse_args()

    sides = Sides("analysis-fuzz")
    shared = sides.shared
    if args.check:
        shapes, parse_set = load_shapes(), parse_kinds()
        for scn in args.check:
            scn = Path(scn).resolve()
            o_lines = step_lines(run(sides.oracle_cmd(scn), str(sides.oracle)))
            u_lines = step_lines(run(sides.ours_cmd(scn)))
            for i, ol in enumerate(o_lines):
                ul = u_lines[i] if i < len(u_lines) else "(no line of ours)"
                why = compare(shapes, parse_set, ol, ul) if " deploy" in ol else (None if ol == ul else "differs")
                print("%s %-60s %s" % ("ok  " if why is None else "DIFF", ol.split(" ")[1][:60], why or ""))
                if why:
                    print("   oracle: %s\n   ours:   %s" % (ol[-200:], ul[-200:]))
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    shapes, parse_set = load_shapes(), parse_kinds()
    pool = seeds(shared)
    NATIVES.extend(natives(shared))
    rng = random.Random(args.seed)
    print("analysis-fuzz: %d seed contracts, %d mutants, seed %d" % (len(pool), args.mutants, args.seed))

    # mutants, grouped by epoch so that each batch is one scenario
    mutants = []
    if args.arity:
        for name, forms, prelude in pool:
            for mforms, what in arity_mutants(forms):
                epoch, version = pick(rng, CONFIGS)
                mutants.append(dict(id=len(mutants), seed=name, epoch=epoch, version=version, what=what,
                                    src=render(mforms), prelude=prelude))
    for k in range(0 if args.arity else args.mutants):
        name, forms, prelude = pick(rng, pool)
        epoch, version = pick(rng, CONFIGS)
        mforms, what = mutate(forms, rng)
        mutants.append(dict(id=k, seed=name, epoch=epoch, version=version, what=what, src=render(mforms),
                            prelude=prelude))
    by_epoch = {}
    for m in mutants:
        by_epoch.setdefault(m["epoch"], []).append(m)

    total = disagree = 0
    reasons = {}
    report = open(out / "disagreements.txt", "w")
    tmp = Path(tempfile.mkdtemp(prefix="analysis-fuzz."))
    cache = out / "oracle-cache"
    cache.mkdir(exist_ok=True)
    batch_no = 0
    for epoch, group in sorted(by_epoch.items()):
        for start in range(0, len(group), args.batch):
            chunk = group[start:start + args.batch]
            batch_no += 1
            scn = tmp / ("batch%03d.scn" % batch_no)
            # the contracts the seeds depend on, each name once (both sides see the same chain,
            # so a name two scenarios use differently only makes some mutants fail on both)
            prelude = {}
            for m in chunk:
                for name, src in m["prelude"]:
                    prelude.setdefault(name, src)
            scn.write_text(scenario(epoch, [("fz%d" % m["id"], m["version"], m["src"]) for m in chunk],
                                    list(prelude.items())))
            # the oracle's transcripts are kept by content, so a rerun after a fix only runs ours
            o_texts, u_texts, _ = sides.run_pair([scn], cache)
            o_text, u_text = o_texts[scn.stem], u_texts[scn.stem]
            if args.keep:
                (out / "batches").mkdir(exist_ok=True)
                for suffix, text in (("scn", scn.read_text()), ("oracle", o_text), ("ours", u_text)):
                    (out / "batches" / ("batch%03d.%s" % (batch_no, suffix))).write_text(text)
            skip = 1 + len(prelude)
            o_lines, u_lines = step_lines(o_text)[skip:], step_lines(u_text)[skip:]
            bad = 0
            for i, m in enumerate(chunk):
                ol = o_lines[i] if i < len(o_lines) else "(no oracle line)"
                ul = u_lines[i] if i < len(u_lines) else "(no line of ours)"
                if "internal error" in ol or "(no oracle line)" in ol:
                    continue  # the simulator broke; not a difference of ours
                total += 1
                why = compare(shapes, parse_set, ol, ul)
                if why:
                    bad += 1
                    disagree += 1
                    reasons[why] = reasons.get(why, 0) + 1
                    report.write("#%d %s epoch %s clarity %d: %s\n  mutation: %s\n  oracle: %s\n  ours:   %s\n  %s\n\n"
                                 % (m["id"], m["seed"], epoch, m["version"], why, m["what"], ol, ul,
                                    m["src"].replace("\n", "\n  ")))
                    (out / ("%04d.scn" % m["id"])).write_text(
                        scenario(epoch, [("fz%d" % m["id"], m["version"], m["src"])], m["prelude"]))
            print("batch %d (epoch %s): %d mutants (after %d prelude deploys), %d disagreements"
                  % (batch_no, epoch, len(chunk), len(prelude), bad), flush=True)
    report.close()
    print("analysis-fuzz: %d mutants compared, %d disagreements, agreement %.2f%%"
          % (total, disagree, 100.0 * (total - disagree) / max(total, 1)))
    for why, n in sorted(reasons.items(), key=lambda x: -x[1]):
        print("  %5d  %s" % (n, why))
    print("details: %s" % (out / "disagreements.txt"))


if __name__ == "__main__":
    main()
