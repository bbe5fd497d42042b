#!/usr/bin/env node
// Runs every example and every exercise check of the `clarity learn` lessons
// (cli/src/main/resources/lessons/*.md) on the oracle, the real Clarity VM, and writes the
// results into the lessons ("=> value" or "!! category: message" after each example or check,
// "~~ line" for the events and costs after it), so that what a lesson states is the VM's and
// never typed by hand (../shared/GUIDE.md §3).
//
// usage: node scripts/record-lessons.mjs
//
//   Writes each lesson's scenario to cli/src/test/resources/lessons/<lesson>.scn (one fresh chain
//   per lesson; the lesson on rollback deploys the seed contract, copied beside the scenario for
//   the run), runs them on the oracle (with --costs for a lesson marked "costs: shown"), keeps
//   the transcripts beside them as <lesson>.out and writes the results into the lessons (review
//   the change with git diff). LessonsTest checks that the Java reader makes the same scenarios
//   and that this interpreter gives the recorded results, without Node.
//
// Environment: CLARITY_SHARED points at the shared folder that holds oracle/ and seed/ (default:
// ../shared beside the repository); CLARITY_ORACLE, when set, is the oracle's run-scenario.mjs to
// use instead (a copy whose ./setup has run, where shared/ is read-only).

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CLARITY_SHARED ?? join(root, '..', 'shared');
const oracle = process.env.CLARITY_ORACLE ?? join(shared, 'oracle', 'run-scenario.mjs');
const seed = join(shared, 'seed', 'compute-sharing.clar');
const lessonDir = join(root, 'cli/src/main/resources/lessons');
const outDir = join(root, 'cli/src/test/resources/lessons');

if (process.argv.length > 2) {
  console.error('usage: node scripts/record-lessons.mjs');
  process.exit(2);
}
for (const f of [oracle, seed]) {
  if (!existsSync(f)) {
    console.error(`record-lessons: no ${f} (set CLARITY_SHARED)`);
    process.exit(1);
  }
}

// The same rules as io.clarity.cli.learn.LessonReader.
const COMMANDS = new Set(['epoch', 'deploy', 'deploy-inline', 'call', 'call-private', 'read', 'eval', 'mine',
  'stx-balance', 'stx-transfer', 'var', 'map', 'info']);

function step(lines) {
  const first = lines[0];
  const command = COMMANDS.has(first.split(/\s+/)[0]);
  if (lines.length === 1) return command ? first : `eval ${first}`;
  const body = command ? lines.slice(1) : lines;
  return `${command ? first : 'eval'} <<END\n${body.join('\n')}\nEND`;
}

function answerStep(answer, check) {
  const body = check === null ? answer : `${answer}\n${check}`;
  let tag = 'END';
  while (body.split('\n').some((l) => l.trim() === tag)) tag += '_';
  return `eval <<${tag}\n${body}\n${tag}`;
}

// Returns the lesson's lines without their recorded results, the title, whether costs are shown,
// and its steps in order, each with the index (in those lines) after which its result goes.
function parse(text) {
  const lines = [];
  const steps = [];
  let title = null;
  let costs = false;
  let item = null; // { kind: 'example'|'solution'|'check'|'wrong', code: [], last }
  let exercise = null; // { solution, solutionLast, checks: [{ code, last }] }
  const endItem = () => {
    if (item === null) return;
    const code = item.code.join('\n');
    if (item.kind === 'example') steps.push({ text: step(item.code), after: item.last });
    else if (item.kind === 'solution') { exercise.solution = code; exercise.solutionLast = item.last; }
    else if (item.kind === 'check') exercise.checks.push({ code, last: item.last });
    item = null;
  };
  const endExercise = () => {
    endItem();
    if (exercise === null) return;
    if (exercise.checks.length === 0) steps.push({ text: answerStep(exercise.solution, null), after: exercise.solutionLast });
    for (const c of exercise.checks) steps.push({ text: answerStep(exercise.solution, c.code), after: c.last });
    exercise = null;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('=> ') || line.startsWith('!! ') || line.startsWith('~~ ')) continue;
    lines.push(line);
    const at = lines.length - 1;
    if (title === null) {
      if (line.startsWith('# ')) title = line.slice(2).trim();
      continue;
    }
    if (at === 1 && line === 'costs: shown') { costs = true; continue; }
    if (line.startsWith('.. ') || line === '..') {
      item.code.push(line.length > 3 ? line.slice(3) : '');
      item.last = at;
    } else if (line.startsWith('>> ')) {
      endItem();
      item = { kind: 'example', code: [line.slice(3)], last: at };
    } else if (line.startsWith('exercise:')) {
      endExercise();
      exercise = { solution: null, solutionLast: -1, checks: [] };
    } else if (exercise !== null && /^(solution|check|wrong|hint):/.test(line)) {
      endItem();
      const key = line.slice(0, line.indexOf(':'));
      if (key !== 'hint') item = { kind: key, code: [line.slice(key.length + 1).trim()], last: at };
    } else if (line.trim() === '' || item !== null) {
      endItem();
    }
  }
  endExercise();
  return { lines, title, costs, steps };
}

function blocks(transcript) {
  const out = [];
  for (const line of transcript.split('\n')) {
    if (line.startsWith('  ') && out.length > 0) out[out.length - 1].push(line.trim());
    else if (line !== '') out.push([line]);
  }
  return out;
}

function echoOf(stepText) {
  const [first, ...rest] = stepText.split('\n');
  const m = first.match(/^(.*?)\s*<<(\S+)\s*$/);
  if (!m) return first.trim();
  const body = rest.slice(0, rest.length - 1).map((l) => l.trim()).filter((l) => l !== '');
  return [m[1].trim(), ...body].join(' ');
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'lessons-'));
try {
  copyFileSync(seed, join(work, 'compute-sharing.clar'));
  const lessons = readdirSync(lessonDir).filter((f) => /^\d+-[a-z0-9-]+\.md$/.test(f)).sort();
  const parsed = new Map();
  for (const file of lessons) {
    const base = file.replace(/\.md$/, '');
    const p = parse(readFileSync(join(lessonDir, file), 'utf8'));
    parsed.set(file, p);
    const number = Number(base.split('-')[0]);
    const scn = [`# Lesson ${number}: ${p.title}`, '# Generated from the lesson by scripts/record-lessons.mjs; do not edit.',
      ...p.steps.map((s) => s.text)].join('\n') + '\n';
    writeFileSync(join(outDir, `${base}.scn`), scn);
    writeFileSync(join(work, `${base}.scn`), scn);
  }
  for (const costs of [false, true]) {
    const files = lessons.filter((f) => parsed.get(f).costs === costs).map((f) => join(work, f.replace(/\.md$/, '.scn')));
    if (files.length === 0) continue;
    execFileSync('node', [oracle, ...(costs ? ['--costs'] : []), '--out-dir', work, ...files], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  for (const file of lessons) {
    const base = file.replace(/\.md$/, '');
    const p = parsed.get(file);
    const transcript = readFileSync(join(work, `${base}.out`), 'utf8');
    writeFileSync(join(outDir, `${base}.out`), transcript);
    const bs = blocks(transcript);
    if (bs.length !== p.steps.length) throw new Error(`${file}: ${p.steps.length} steps, ${bs.length} results`);
    const results = new Map();
    p.steps.forEach((s, i) => {
      const echo = echoOf(s.text);
      const head = bs[i][0];
      if (!head.startsWith(echo)) throw new Error(`${file}: result ${i + 1} is not for ${echo}: ${head}`);
      const rest = head.slice(echo.length);
      const result = rest.startsWith(' => ') ? `=> ${rest.slice(4)}` : rest.trim();
      results.set(s.after, [result, ...bs[i].slice(1).map((x) => `~~ ${x}`)]);
    });
    const out = [];
    p.lines.forEach((line, i) => {
      out.push(line);
      if (results.has(i)) out.push(...results.get(i));
    });
    writeFileSync(join(lessonDir, file), out.join('\n'));
    console.log(`${file}: ${p.steps.length} results`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
