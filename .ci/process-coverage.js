// Checks the flow-node coverage of every process in processes/ from the reports the tests wrote under
// target/process-test-coverage/ (camunda-process-test-coverage). Fails below the minimum (90 %).
const fs = require('fs');
const path = require('path');
const MINIMUM = 0.9;
const root = path.resolve(__dirname, '..');
const reportsDir = path.join(root, 'target', 'process-test-coverage');
const covered = {};
for (const dir of fs.existsSync(reportsDir) ? fs.readdirSync(reportsDir) : []) {
  const file = path.join(reportsDir, dir, 'report.json');
  if (!fs.existsSync(file)) continue;
  for (const suite of JSON.parse(fs.readFileSync(file, 'utf8')).suites) {
    for (const run of suite.runs) {
      for (const event of run.events) {
        if (event.source === 'FLOW_NODE') (covered[event.modelKey] ||= new Set()).add(event.definitionKey);
      }
    }
  }
}
const kinds = 'startEvent|endEvent|userTask|serviceTask|callActivity|exclusiveGateway|parallelGateway|intermediateCatchEvent|boundaryEvent|subProcess';
let failed = false;
for (const file of fs.readdirSync(path.join(root, 'processes')).filter(f => f.endsWith('.bpmn')).sort()) {
  const xml = fs.readFileSync(path.join(root, 'processes', file), 'utf8');
  const key = /<bpmn:process id="([^"]+)"/.exec(xml)[1];
  const nodes = [...xml.matchAll(new RegExp(`<bpmn:(?:${kinds}) id="([^"]+)"`, 'g'))].map(m => m[1]);
  const hit = nodes.filter(n => (covered[key] || new Set()).has(n));
  const ratio = hit.length / nodes.length;
  const missing = nodes.filter(n => !hit.includes(n));
  console.log(`[coverage] ${key}: ${hit.length}/${nodes.length} flow nodes (${Math.round(ratio * 100)} %)` +
    (missing.length ? ` — not covered: ${missing.join(', ')}` : ''));
  if (ratio < MINIMUM) failed = true;
}
if (failed) {
  console.error(`[coverage] below ${MINIMUM * 100} % for at least one process`);
  process.exit(1);
}
