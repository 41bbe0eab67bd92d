// `npm start`: the CLI on the bundled examples - the lecture's circuits traced, the rest checked.
import { spawnSync } from 'node:child_process';

const cli = ['dist/cli.js'];
const say = (s) => process.stdout.write(`\n\x1b[1m$ gradlens ${s}\x1b[0m\n`);
const run = (args) => {
  say(args.join(' '));
  const r = spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' });
  return r.status ?? 1;
};

for (const f of ['examples/lecture/circuit.py', 'examples/lecture/neuron.py', 'examples/lecture/gates.py', 'examples/lecture/vectorized.py', 'examples/cs231n/two_layer_step.py', 'examples/micrograd/package.py', 'examples/torch/mlp_training.py'])
  run(['trace', f]);
const status = run(['check', 'examples']);
process.stdout.write(
  status === 1
    ? '\n(gradlens check exits 1 above because examples/ plants four wrong gradients on purpose.)\n'
    : '',
);
// The main job succeeded when the CLI ran: the planted bugs are the point of the examples.
process.exit(status === 0 || status === 1 ? 0 : status);
