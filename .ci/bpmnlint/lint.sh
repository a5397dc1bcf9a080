#!/usr/bin/env bash
# Lints every BPMN diagram of processes/ (and the test diagrams) for Camunda Platform 7.24.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
if [ ! -x node_modules/.bin/bpmnlint ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
mapfile -t diagrams < <(find "$root/processes" "$root/src/test/resources" -name '*.bpmn' | sort)
if [ "${#diagrams[@]}" -eq 0 ]; then echo "[bpmnlint] no diagrams"; exit 0; fi
echo "[bpmnlint] ${#diagrams[@]} diagram(s), Camunda Platform 7.24 rules"
node_modules/.bin/bpmnlint --config "$here/.bpmnlintrc" "${diagrams[@]}"
echo "[bpmnlint] OK"
