#!/usr/bin/env node
// Records what the oracle (the real Clarity VM that clarinet-sdk ships) answers
// for every input of the bad-input corpus, so that the expected error kinds come
// from the VM we match and are never typed by hand (see the corpus's README.md).
//
// usage: scripts/record-bad-input.mjs
//
// Each input is deployed alone, in a fresh simnet session, by a one-step scenario
// `deploy CONTRACT NAME.clar` (the oracle reads the file as UTF-8 text, as our
// scenario runner does, so NUL, a BOM, CR and bytes that are not UTF-8 all reach
// the VM). The answer is written to oracle.tsv: `deployed`, or the failure after
// `!! ` (`deploy error: <message>`). Messages over 400 characters keep their first
// and last 180, joined by `...`; control characters are written as \t \n \r \uXXXX.
// Inputs listed in gaps.tsv run in a process of their own, since the answer
// the simnet gives some of them breaks its session.
//
// Environment: CLARITY_SHARED points at the shared folder that holds oracle/
// (default: ../shared beside the repository), set up with oracle/setup.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.join(root, "interpreter/src/test/resources/bad-input");
const shared = process.env.CLARITY_SHARED || path.join(root, "../shared");
const oracle = path.join(shared, "oracle");

if (!fs.existsSync(path.join(oracle, "node_modules/@stacks/clarinet-sdk"))) {
  console.error(`record-bad-input: no set-up oracle at ${oracle} (run its setup, or set CLARITY_SHARED)`);
  process.exit(1);
}

/** Expands a template of generated.tsv: $[TEXT*N], $i inside TEXT, $n, $$. */
function expand(template) {
  let out = "";
  for (let at = 0; at < template.length; ) {
    const c = template[at];
    if (c !== "$") {
      out += c;
      at++;
      continue;
    }
    const next = template[at + 1];
    if (next === "n") {
      out += "\n";
      at += 2;
    } else if (next === "$") {
      out += "$";
      at += 2;
    } else if (next === "[") {
      const end = template.indexOf("]", at);
      const star = template.lastIndexOf("*", end);
      if (end < 0 || star <= at + 1) throw new Error(`malformed repetition in ${template}`);
      const text = template.slice(at + 2, star).replaceAll("$n", "\n");
      const n = Number(template.slice(star + 1, end));
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(text.replaceAll("$i", String(i)));
      out += parts.join("");
      at = end + 1;
    } else {
      throw new Error(`unknown escape $${next} in ${template}`);
    }
  }
  return out;
}

function table(file) {
  return fs
    .readFileSync(path.join(corpus, file), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

const inputs = new Map(); // name -> { contract, bytes }
for (const f of fs.readdirSync(path.join(corpus, "inputs")).sort()) {
  inputs.set(f.replace(/\.clar$/, ""), { contract: "c", bytes: fs.readFileSync(path.join(corpus, "inputs", f)) });
}
for (const [name, template, contract] of table("generated.tsv")) {
  if (inputs.has(name)) throw new Error(`${name} is both a file and a template`);
  inputs.set(name, { contract: contract ? expand(contract) : "c", bytes: Buffer.from(expand(template), "utf8") });
}
const gaps = new Set(table("gaps.tsv").map(([name]) => name));

const work = fs.mkdtempSync(path.join(os.tmpdir(), "bad-input-"));
const out = path.join(work, "out");
fs.mkdirSync(out);
const batches = [[], []];
for (const [name, { contract, bytes }] of inputs) {
  fs.writeFileSync(path.join(work, `${name}.clar`), bytes);
  fs.writeFileSync(path.join(work, `${name}.scn`), `deploy ${contract} ${name}.clar\n`);
  batches[gaps.has(name) ? 1 : 0].push(path.join(work, `${name}.scn`));
}
for (const batch of batches) {
  if (batch.length === 0) continue;
  try {
    execFileSync("node", [path.join(oracle, "run-scenario.mjs"), "--out-dir", out, ...batch], {
      cwd: oracle,
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 1 << 30,
    });
  } catch (e) {
    // exit status 1 marks a broken session (an input of gaps.tsv); the transcripts say what happened
    if (e.status !== 1) throw e;
  }
}

function shorten(s) {
  return s.length > 400 ? `${s.slice(0, 180)}...${s.slice(-180)}` : s;
}

function escape(s) {
  return s.replace(/[\\\u0000-\u001f]/g, (c) =>
    ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const lines = [
  "# What the oracle answers for each input of the corpus: NAME, TAB, `deployed` or the failure.",
  "# Written by scripts/record-bad-input.mjs; never edit by hand.",
];
for (const [name, { contract }] of [...inputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const transcript = fs.readFileSync(path.join(out, `${name}.out`), "utf8").split("\n")[0];
  const echo = `deploy ${contract} ${name}.clar`;
  if (!transcript.startsWith(echo)) throw new Error(`${name}: unexpected transcript ${shorten(transcript)}`);
  const rest = transcript.slice(echo.length);
  let answer;
  if (rest.startsWith(" => deployed ")) answer = "deployed";
  else if (rest.startsWith(" !! ")) answer = shorten(rest.slice(4));
  else throw new Error(`${name}: unexpected transcript ${shorten(transcript)}`);
  lines.push(`${name}\t${escape(answer)}`);
}
fs.writeFileSync(path.join(corpus, "oracle.tsv"), lines.join("\n") + "\n");
fs.rmSync(work, { recursive: true, force: true });
console.log(`record-bad-input: ${inputs.size} inputs recorded in ${path.relative(root, path.join(corpus, "oracle.tsv"))}`);
