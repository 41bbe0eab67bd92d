// The CLI's machine-readable outputs against their schemas: trace --json against
// schemas/trace.schema.json (CLI.md), check --sarif against the official SARIF 2.1.0 schema.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const ajv = new Ajv({ allErrors: true, strict: false });
const validateTrace = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas/trace.schema.json'), 'utf8')));
const sarifSchema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);

function gradlens(args: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

describe('CLI contract', () => {
  const examples = ['lecture/circuit.py', 'lecture/neuron.py', 'lecture/gates.py', 'lecture/vectorized.py', 'micrograd/handwritten.py', 'cs231n/svm.py', 'cs231n/layers.py', 'cs231n/two_layer_net.py', 'cs231n/two_layer_step.py'];
  for (const ex of examples) {
    it(`trace --json of examples/${ex} matches the schema`, () => {
      const r = gradlens(['trace', `examples/${ex}`, '--json']);
      const json = JSON.parse(r.stdout);
      const ok = validateTrace(json);
      expect(validateTrace.errors ?? [], JSON.stringify(validateTrace.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
      expect(json.file).toBe(`examples/${ex}`);
    });
  }

  it('the schema rejects what CLI.md forbids (it can fail)', () => {
    expect(validateTrace({ version: 1, file: 'x.py', root: null, bindings: [{ name: 'x', line: 0, scope: '<module>', count: 1, value: 1, grad: null }], checks: [], diagnostics: [] })).toBe(false);
    expect(validateTrace({ version: 2, file: 'x.py', root: null, bindings: [], checks: [], diagnostics: [] })).toBe(false);
  });

  it('check --sarif is valid SARIF 2.1.0 and carries the mismatches', () => {
    const r = gradlens(['check', 'examples', '--sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    const files = results.filter((x) => x.ruleId === 'gradient-mismatch').map((x) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(files).toEqual(['examples/cs231n/layers.py', 'examples/cs231n/svm.py', 'examples/micrograd/handwritten.py', 'examples/torch/wrong_function.py']);
    expect(r.status).toBe(1);
  });

  it('check prints file:line:col: severity code: message and exits 1 on errors, 0 without', () => {
    const bad = gradlens(['check', 'examples/cs231n/svm.py']);
    expect(bad.stdout).toMatch(/^examples\/cs231n\/svm\.py:\d+:\d+: error gradient-mismatch: dW disagrees/m);
    expect(bad.status).toBe(1);
    const good = gradlens(['check', 'examples/cs231n/two_layer_net.py']);
    expect(good.status).toBe(0);
  });

  it('--rtol/--atol are the checks\' tolerance: a loose enough one passes the SVM bug', () => {
    expect(gradlens(['check', 'examples/cs231n/svm.py']).status).toBe(1);
    expect(gradlens(['check', 'examples/cs231n/svm.py', '--rtol', '0.5']).status).toBe(0);
    expect(gradlens(['check', 'examples/cs231n/svm.py', '--rtol', '-1']).status).toBe(2);
  });

  it('exit codes: run 0/1/3, usage 2', () => {
    expect(gradlens(['run', 'examples/lecture/circuit.py'])).toMatchObject({ status: 0, stdout: 'q = 3.0, f = -12.0\n' });
    expect(gradlens(['trace'])).toMatchObject({ status: 2 });
    expect(gradlens(['graph', 'examples/lecture/circuit.py', '--format', 'png']).status).toBe(2);
    expect(gradlens(['frobnicate']).status).toBe(2);
    void execFileSync;
  });

  it('graph prints mermaid and dot with every node of the circuit', () => {
    const m = gradlens(['graph', 'examples/lecture/circuit.py']);
    expect(m.stdout.startsWith('flowchart BT\n')).toBe(true);
    expect(m.stdout.match(/^ {2}n\d+\[/gm)).toHaveLength(5);
    const d = gradlens(['graph', 'examples/lecture/circuit.py', '--format', 'dot']);
    expect(d.stdout).toMatch(/^digraph gradlens \{/);
    expect(d.stdout.match(/->/g)).toHaveLength(4);
  });
});
