#!/usr/bin/env bash
# Times the ackgen Maven plugin in two downstream projects written as README's "Use it in your
# project" shows (CreateCluster, and the whole CS API), next to `mvn validate` of the same
# project (Maven's own floor): full generation (generate-sources after removing target/) and a
# no-op rebuild (generate-sources again). Median of 5 runs each; the plugin's own milliseconds
# come from its summary line. Needs ackgen installed: ./mvnw -B -q -DskipTests install
# Usage: bench/plugin-timing.sh [work directory, default target/plugin-timing]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=downstream-project.sh
source "$root/bench/downstream-project.sh"
work="${1:-$root/target/plugin-timing}"
mvn="$root/mvnw"
rm -rf "$work" && mkdir -p "$work"

seconds() { # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" > "$work/last.log" 2>&1
  end=$(date +%s%N)
  awk -v n=$((end - start)) 'BEGIN { printf "%.2f", n / 1e9 }'
}

plugin_ms() { grep -o 'ackgen: .* ([0-9]* ms)' "$work/last.log" | grep -o '[0-9]* ms)' | tr -dc '0-9'; }

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ackgen_project "$work/create-cluster" timing-create-cluster "$root/spec/src/main/resources/dev/ackgen/spec/ack-edge-create-cluster.yaml" spec.yaml
ackgen_project "$work/cs-api" timing-cs-api "$root/generator/src/test/resources/specs/ack-cs-2015-12-15.openapi.json" spec.json

for name in create-cluster cs-api; do
  cd "$work/$name"
  "$mvn" -B -o -q generate-sources > /dev/null 2>&1 # warm the local repository and the OS caches
  validate=(); full=(); full_ms=(); noop=(); noop_ms=()
  for _ in 1 2 3 4 5; do validate+=("$(seconds "$mvn" -B -o validate)"); done
  for _ in 1 2 3 4 5; do rm -rf target; full+=("$(seconds "$mvn" -B -o generate-sources)"); full_ms+=("$(plugin_ms)"); done
  summary=$(grep -o 'ackgen: [0-9]* operations\?, [0-9]* written' "$work/last.log")
  for _ in 1 2 3 4 5; do noop+=("$(seconds "$mvn" -B -o generate-sources)"); noop_ms+=("$(plugin_ms)"); done
  grep -q 'ackgen: up to date, nothing written' "$work/last.log"
  echo "$name ($summary): mvn validate $(median "${validate[@]}") s;" \
    "full generation $(median "${full[@]}") s (plugin $(median "${full_ms[@]}") ms);" \
    "no-op rebuild $(median "${noop[@]}") s (plugin $(median "${noop_ms[@]}") ms)"
done
