#!/usr/bin/env bash
# Times generating the whole CS API (119 operations) through each of ackgen's three entry points,
# each in a fresh JVM as users run it, median of 5:
#   - the command line (dev.ackgen.generator.Main, writing into an empty directory);
#   - the annotation processor (javac -proc:only over a package-info.java annotated with
#     @GenerateAckClient: generation and javac's own start, no compilation of the output);
#   - the Maven plugin (generate-sources after removing target/, next to `mvn validate`, the
#     floor; see plugin-timing.sh, which this calls for the plugin figures).
# Needs ackgen installed: ./mvnw -B -q -DskipTests install
# Usage: bench/entry-points-timing.sh [work directory, default target/entry-points-timing]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$root/target/entry-points-timing}"
mvn="$root/mvnw"
spec="$root/generator/src/test/resources/specs/ack-cs-2015-12-15.openapi.json"
rm -rf "$work" && mkdir -p "$work"

classpath() { # module -> its runtime class path with its own jar, from the local repository
  "$mvn" -B -q -o -f "$root/$1/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/$1.cp" -Dmdep.includeScope=runtime > /dev/null
  local version jar
  version=0.1.0-SNAPSHOT
  jar="$HOME/.m2/repository/dev/ackgen/ackgen-$1/$version/ackgen-$1-$version.jar"
  echo "$jar:$(cat "$work/$1.cp")"
}

seconds() { # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" > "$work/last.log" 2>&1
  end=$(date +%s%N)
  awk -v n=$((end - start)) 'BEGIN { printf "%.2f", n / 1e9 }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

generator_cp=$(classpath generator)
processor_cp=$(classpath processor)
runtime_jar="$HOME/.m2/repository/dev/ackgen/ackgen-runtime/0.1.0-SNAPSHOT/ackgen-runtime-0.1.0-SNAPSHOT.jar"

cli=()
for _ in 1 2 3 4 5; do
  rm -rf "$work/cli-out"
  cli+=("$(seconds java -cp "$generator_cp" dev.ackgen.generator.Main "$spec" com.example.ack "$work/cli-out")")
done
files=$(find "$work/cli-out" -name '*.java' | wc -l)

mkdir -p "$work/processor/src/com/example/ack"
cat > "$work/processor/src/com/example/ack/package-info.java" <<JAVA
@GenerateAckClient(spec = "$spec")
package com.example.ack;

import dev.ackgen.runtime.annotations.GenerateAckClient;
JAVA
processor=()
for _ in 1 2 3 4 5; do
  rm -rf "$work/processor/gen" "$work/processor/classes" && mkdir -p "$work/processor/gen" "$work/processor/classes"
  processor+=("$(seconds javac -proc:only -processorpath "$processor_cp" -cp "$runtime_jar" \
    -s "$work/processor/gen" -d "$work/processor/classes" "$work/processor/src/com/example/ack/package-info.java")")
done
generated=$(find "$work/processor/gen" -name '*.java' | wc -l)
cmp -s <(cd "$work/cli-out" && find . -name '*.java' -exec sha256sum {} + | sort -k2) \
       <(cd "$work/processor/gen" && find . -name '*.java' -exec sha256sum {} + | sort -k2) \
  && same="byte-identical" || same="DIFFERENT"

echo "CS API, command line: $(median "${cli[@]}") s ($files files)"
echo "CS API, annotation processor (javac -proc:only): $(median "${processor[@]}") s ($generated files, $same to the command line's)"
"$root/bench/plugin-timing.sh" "$work/plugin" | grep '^cs-api'
