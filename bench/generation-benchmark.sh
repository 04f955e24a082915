#!/usr/bin/env bash
# Generation side by side: ackgen's Maven plugin and openapi-generator's (7.25.0, generator `java`,
# library `native`), each in its own downstream project, for two specs: CreateCluster and the
# whole CS API (119 operations). Four projects, one Maven (this repository's ./mvnw, offline),
# one machine, one run. For each spec, N rounds (default 5), each figure measured for ackgen then
# for the peer (A B A B ...):
#   - floor: `mvn -o -q validate` of the same project (Maven's own start-up cost);
#   - full generation: `mvn -o -q generate-sources` after removing target/: wall time and the
#     peak RSS of the Maven JVM (GNU time's %M, or sampling /proc when /usr/bin/time is absent
#     or RSS_BY_PROC=1);
#   - with each Maven run's wall time, its user+sys CPU (bash's time), less disturbed by load;
#   - no-op: `generate-sources` again without cleaning; for the peer also with
#     -Dcodegen.skipIfSpecIsUnchanged=true (its skipIfSpecIsUnchanged option);
#   - clean build: `mvn -o -q compile` after removing target/, what a user waits for on a clean
#     checkout (generation plus javac by maven-compiler-plugin, the same compiler settings on both
#     sides: Maven's default plugin, release 17): wall time and user+sys CPU;
#   - compile: the generated sources compiled by the JDK's javac directly (--release 17,
#     -proc:none) with the project's compile class path (dependency:build-classpath), user+sys
#     CPU seconds of that javac; and the generated lines of Java.
# Prints a table per spec (medians, generation work above the floor, ratios ackgen/peer, the
# goals) and writes every sample to samples.csv in the work directory.
# Needs ackgen installed (./mvnw -B -q -DskipTests install) and, on the first run only, Maven
# Central to download the peer's plugin and its Java output's dependencies.
# It measures the ackgen installed in the local repository; to keep other builds' installs out,
# MAVEN_ARGS=-Dmaven.repo.local=DIR (after an install into DIR).
# Usage: bench/generation-benchmark.sh [-n N] [work directory, default target/generation-benchmark]
#        (N also from the environment: N=3 bench/generation-benchmark.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=downstream-project.sh
source "$root/bench/downstream-project.sh"
n="${N:-5}"
while getopts 'n:' opt; do
  case "$opt" in
    n) n="$OPTARG" ;;
    *) echo "usage: $0 [-n N] [work directory]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive integer, not '$n'" >&2; exit 2; }
work="${1:-$root/target/generation-benchmark}"
mvn="$root/mvnw"
peer_version=7.25.0
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.9.0
rm -rf "$work" && mkdir -p "$work"
work="$(cd "$work" && pwd)"
csv="$work/samples.csv"
echo "spec,tool,round,figure,value,unit" > "$csv"

if [[ -z "${RSS_BY_PROC:-}" ]] && command -v /usr/bin/time > /dev/null; then
  rss_method="GNU time %M of the Maven process"
else
  rss_method="highest VmHWM in /proc of the Maven process tree, sampled every 50 ms"
fi

# ---------------------------------------------------------------------------------------------
# The four projects.

# The peer: no tests, no docs, Jakarta EE, and of the supporting files only the Java classes the
# generated API and models need to compile (no pom/gradle/sbt builds, README, CI files, wrapper).
# It generates both specs without openapiNormalizer rules and with spec validation on.
peer_supporting=ApiClient.java,ApiException.java,ApiResponse.java,Configuration.java,JSON.java,Pair.java,RFC3339DateFormat.java,RFC3339InstantDeserializer.java,RFC3339JavaTimeModule.java,ServerConfiguration.java,ServerVariable.java
peer_project() { # dir, artifactId, spec file, spec name in the project
  project_start "$@"
  cat >> "$1/pom.xml" <<POM
  <dependencies>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.23.0</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.datatype</groupId><artifactId>jackson-datatype-jsr310</artifactId><version>2.23.0</version></dependency>
    <dependency><groupId>org.openapitools</groupId><artifactId>jackson-databind-nullable</artifactId><version>0.2.11</version></dependency>
    <dependency><groupId>jakarta.validation</groupId><artifactId>jakarta.validation-api</artifactId><version>3.1.1</version></dependency>
    <dependency><groupId>jakarta.annotation</groupId><artifactId>jakarta.annotation-api</artifactId><version>2.1.1</version></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.openapitools</groupId><artifactId>openapi-generator-maven-plugin</artifactId><version>$peer_version</version>
      <executions><execution><goals><goal>generate</goal></goals>
        <configuration>
          <inputSpec>\${project.basedir}/src/main/openapi/$4</inputSpec>
          <generatorName>java</generatorName>
          <library>native</library>
          <apiPackage>com.example.ack.api</apiPackage>
          <modelPackage>com.example.ack.model</modelPackage>
          <invokerPackage>com.example.ack</invokerPackage>
          <generateApiTests>false</generateApiTests>
          <generateModelTests>false</generateModelTests>
          <generateApiDocumentation>false</generateApiDocumentation>
          <generateModelDocumentation>false</generateModelDocumentation>
          <supportingFilesToGenerate>$peer_supporting</supportingFilesToGenerate>
          <configOptions><useJakartaEe>true</useJakartaEe></configOptions>
        </configuration>
      </execution></executions></plugin>
  </plugins></build>
</project>
POM
}

specs=(create-cluster cs-api)
declare -A spec_title=([create-cluster]="CreateCluster" [cs-api]="CS API, 119 operations")
ackgen_project "$work/ackgen-create-cluster" ackgen-create-cluster "$root/spec/src/main/resources/dev/ackgen/spec/ack-edge-create-cluster.yaml" spec.yaml
peer_project "$work/peer-create-cluster" peer-create-cluster "$root/spec/src/main/resources/dev/ackgen/spec/ack-edge-create-cluster.yaml" spec.yaml
ackgen_project "$work/ackgen-cs-api" ackgen-cs-api "$root/generator/src/test/resources/specs/ack-cs-2015-12-15.openapi.json" spec.json
peer_project "$work/peer-cs-api" peer-cs-api "$root/generator/src/test/resources/specs/ack-cs-2015-12-15.openapi.json" spec.json

# ---------------------------------------------------------------------------------------------
# Measuring.

# Runs a command in the current directory; sets wall (seconds), cpu (user+sys seconds of it and
# its descendants, from bash's time) and rss (KiB of the largest process); its output goes to
# $work/last.log. Fails the script when the command fails, unless ALLOW_FAILURE is set: then it
# sets failed=yes.
measure() {
  local status=0 TIMEFORMAT='%3R %3U %3S' u s
  if [[ "$rss_method" == GNU* ]]; then
    { time /usr/bin/time -f %M -o "$work/rss" "$@" > "$work/last.log" 2>&1; } 2> "$work/time" || status=$?
    rss=$(tail -n 1 "$work/rss")
  else # the sampler runs in this shell, the command in a subshell that times it alone
    ( { time "$@" > "$work/last.log" 2>&1; } 2> "$work/time" ) &
    local pid=$! peak=0 p k v _
    while kill -0 "$pid" 2> /dev/null; do
      for p in $(tree_pids "$pid"); do
        while read -r k v _; do
          [[ $k == VmHWM: ]] && { ((v > peak)) && peak=$v; break; }
        done 2> /dev/null < "/proc/$p/status" || true
      done
      sleep 0.05
    done
    wait "$pid" || status=$?
    rss=$peak
  fi
  read -r wall u s < <(tail -n 1 "$work/time")
  cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }')
  failed=no
  if [[ $status -ne 0 && -n "${ALLOW_FAILURE:-}" ]]; then
    failed=yes
  elif [[ $status -ne 0 ]]; then
    echo "failed ($status) in $PWD: $*" >&2
    tail -n 40 "$work/last.log" >&2
    exit 1
  fi
}
tree_pids() { # a pid and all its descendants
  local p
  echo "$1"
  for p in $(ps -o pid= --ppid "$1" 2> /dev/null); do tree_pids "$p"; done
}

record() { echo "$1,$2,$3,$4,$5,$6" >> "$csv"; } # spec, tool, round, figure, value, unit
# One unmeasured `mvn validate` of the project in the current directory before each measured run:
# the first Maven run after the other tool's full generation was measured about 0.4 s slower (and 1 s
# more CPU) than the next one, so without it the order of the runs decides part of a figure.
settle() { "$mvn" -B -o -q validate > /dev/null 2>&1 || true; }

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
samples() { awk -F, -v s="$1" -v t="$2" -v f="$3" '$1 == s && $2 == t && $4 == f { print $5 }' "$csv"; }
med() { local v; v=$(samples "$@"); [[ -n "$v" ]] && median $v || echo ""; }

# javac of the generated sources with the project's class path; sets cpu (user+sys seconds),
# jwall, and compiles (yes/no).
javac_generated() { # project dir
  local dir=$1 out status=0 u s TIMEFORMAT='%3U %3S %3R'
  out="$work/javac-out"
  rm -rf "$out" && mkdir -p "$out"
  find "$dir/target/generated-sources" -name '*.java' > "$work/javac-files"
  { time javac --release 17 -encoding UTF-8 -proc:none -nowarn -d "$out" -cp "$(cat "$dir/cp.txt")" \
    @"$work/javac-files" > "$work/javac.log" 2>&1; } 2> "$work/javac-time" || status=$?
  read -r u s jwall < <(tail -n 1 "$work/javac-time")
  cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }')
  if [[ $status -eq 0 ]]; then compiles=yes; else compiles=no; fi
}

# ---------------------------------------------------------------------------------------------
# Warm-up: resolves plugins and dependencies (online only when offline fails: the first run),
# writes each project's compile class path, fills the OS caches. Not measured.

for spec in "${specs[@]}"; do
  for tool in ackgen peer; do
    cd "$work/$tool-$spec"
    if ! "$mvn" -B -o -q generate-sources "$dependency_plugin:build-classpath" -Dmdep.outputFile=cp.txt > "$work/warmup-$tool-$spec.log" 2>&1; then
      echo "$tool-$spec: offline warm-up failed ($work/warmup-$tool-$spec.log), resolving from Maven Central once"
      "$mvn" -B -q generate-sources "$dependency_plugin:build-classpath" -Dmdep.outputFile=cp.txt > "$work/warmup-$tool-$spec-online.log" 2>&1 \
        || { tail -n 40 "$work/warmup-$tool-$spec-online.log" >&2; exit 1; }
    fi
  done
done

echo "generation benchmark: $n round(s), ackgen then openapi-generator $peer_version in each; peak RSS: $rss_method;" \
  "compile: javac of the generated sources, user+sys CPU"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$mvn" -B -o -v 2> /dev/null | head -n 1 | sed 's/ (.*//'); $(java -version 2>&1 | head -n 1)"
bench_start=$(date +%s)

for spec in "${specs[@]}"; do
  for ((i = 1; i <= n; i++)); do
    round_start=$(date +%s)
    for tool in ackgen peer; do
      cd "$work/$tool-$spec"; settle; measure "$mvn" -B -o -q validate
      record "$spec" "$tool" "$i" floor "$wall" s
      record "$spec" "$tool" "$i" floor_cpu "$cpu" s
    done
    for tool in ackgen peer; do
      cd "$work/$tool-$spec"; rm -rf target; settle
      measure "$mvn" -B -o -q generate-sources
      record "$spec" "$tool" "$i" full "$wall" s
      record "$spec" "$tool" "$i" full_cpu "$cpu" s
      record "$spec" "$tool" "$i" full_rss "$rss" KiB
    done
    for tool in ackgen peer; do
      cd "$work/$tool-$spec"; settle; touch "$work/noop-stamp"
      measure "$mvn" -B -o -q generate-sources
      record "$spec" "$tool" "$i" noop "$wall" s
      record "$spec" "$tool" "$i" noop_cpu "$cpu" s
    done
    if [[ -n "$(find "$work/ackgen-$spec/target/generated-sources" -name '*.java' -newer "$work/noop-stamp" | head -n 1)" ]]; then
      echo "warning: ackgen-$spec regenerated in its no-op run" >&2
    fi
    cd "$work/peer-$spec"; settle
    touch "$work/noop-stamp"
    measure "$mvn" -B -o -q generate-sources -Dcodegen.skipIfSpecIsUnchanged=true
    record "$spec" peer "$i" noop_skip "$wall" s
    record "$spec" peer "$i" noop_skip_cpu "$cpu" s
    if [[ -n "$(find target/generated-sources -name '*.java' -newer "$work/noop-stamp" | head -n 1)" ]]; then
      echo "warning: peer-$spec regenerated with skipIfSpecIsUnchanged=true" >&2
    fi
    for tool in ackgen peer; do
      cd "$work/$tool-$spec"; rm -rf target; settle
      ALLOW_FAILURE=yes measure "$mvn" -B -o -q compile
      if [[ $failed == no ]]; then
        record "$spec" "$tool" "$i" build "$wall" s
        record "$spec" "$tool" "$i" build_cpu "$cpu" s
      else # the peer's CreateCluster output does not compile (see the javac figure)
        record "$spec" "$tool" "$i" build_failed "$cpu" s
      fi
    done
    for tool in ackgen peer; do
      cd "$work/$tool-$spec"; javac_generated "$PWD"
      if [[ $compiles == yes ]]; then
        record "$spec" "$tool" "$i" compile_cpu "$cpu" s
        record "$spec" "$tool" "$i" compile_wall "$jwall" s
        record "$spec" "$tool" "$i" classes "$(find "$work/javac-out" -name '*.class' | wc -l)" files
        record "$spec" "$tool" "$i" class_bytes "$(find "$work/javac-out" -name '*.class' -printf '%s\n' | awk '{ s += $1 } END { print s }')" bytes
      else
        record "$spec" "$tool" "$i" compile_failed "$cpu" s
        cp "$work/javac.log" "$work/$tool-$spec-javac-errors.log"
      fi
      record "$spec" "$tool" "$i" java_lines "$(find target/generated-sources -name '*.java' -print0 | xargs -0 cat | wc -l)" lines
      record "$spec" "$tool" "$i" java_files "$(find target/generated-sources -name '*.java' | wc -l)" files
    done
    echo "  ${spec_title[$spec]}: round $i of $n took $(($(date +%s) - round_start)) s"
  done
done
echo "all rounds: $(($(date +%s) - bench_start)) s"

# ---------------------------------------------------------------------------------------------
# Report.

fmt_s() { [[ -z "$1" ]] && echo "-" || awk -v v="$1" 'BEGIN { printf "%.2f s", v }'; }
fmt_ms() { awk -v v="$1" 'BEGIN { printf "%+.0f ms", v * 1000 }'; }
fmt_mib() { [[ -z "$1" ]] && echo "-" || awk -v v="$1" 'BEGIN { printf "%.0f MiB", v / 1024 }'; }
ratio() { # a/b, and as 1/x when below 1
  [[ -z "$1" || -z "$2" ]] && echo "-" ||
    awk -v a="$1" -v b="$2" 'BEGIN { if (a <= 0 || b <= 0) print "-"; else if (a < b) printf "%.2f (1/%.1f)", a / b, b / a; else printf "%.2f", a / b }'
}
verdict() { [[ -z "$1" ]] && echo "-" || awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g ? "met" : "not met") }'; }
row() { printf '| %-36s | %-18s | %-18s | %-14s | %-26s |\n' "$@"; }

for spec in "${specs[@]}"; do
  declare -A m=()
  for tool in ackgen peer; do
    for f in floor floor_cpu full full_cpu full_rss noop noop_cpu noop_skip noop_skip_cpu build build_cpu compile_cpu compile_wall compile_failed classes class_bytes java_lines java_files; do
      m[$tool.$f]=$(med "$spec" "$tool" "$f")
    done
    m[$tool.work]=$(awk -v a="${m[$tool.full]}" -v b="${m[$tool.floor]}" 'BEGIN { printf "%.3f", a - b }')
    m[$tool.work_cpu]=$(awk -v a="${m[$tool.full_cpu]}" -v b="${m[$tool.floor_cpu]}" 'BEGIN { printf "%.3f", a - b }')
  done
  compile_fig() { # tool
    if [[ -n "${m[$1.compile_cpu]}" ]]; then fmt_s "${m[$1.compile_cpu]}"; else echo "does not compile"; fi
  }
  echo
  echo "## ${spec_title[$spec]} (median of $n; ackgen ${m[ackgen.java_files]} files, peer ${m[peer.java_files]} files)"
  row figure ackgen "openapi-generator" "ackgen/peer" "goal"
  row "---" "---:" "---:" "---:" "---"
  row "mvn validate (floor)" "$(fmt_s "${m[ackgen.floor]}")" "$(fmt_s "${m[peer.floor]}")" "$(ratio "${m[ackgen.floor]}" "${m[peer.floor]}")" ""
  row "full generate-sources" "$(fmt_s "${m[ackgen.full]}")" "$(fmt_s "${m[peer.full]}")" "$(ratio "${m[ackgen.full]}" "${m[peer.full]}")" ""
  row "generation work (full - floor)" "$(fmt_s "${m[ackgen.work]}")" "$(fmt_s "${m[peer.work]}")" "$(ratio "${m[ackgen.work]}" "${m[peer.work]}")" \
    "<= 1/10: $(verdict "$(awk -v a="${m[ackgen.work]}" -v b="${m[peer.work]}" 'BEGIN { print a / b }')" 0.1)"
  row "  CPU: floor (user+sys)" "$(fmt_s "${m[ackgen.floor_cpu]}")" "$(fmt_s "${m[peer.floor_cpu]}")" "$(ratio "${m[ackgen.floor_cpu]}" "${m[peer.floor_cpu]}")" ""
  row "  CPU: full generation" "$(fmt_s "${m[ackgen.full_cpu]}")" "$(fmt_s "${m[peer.full_cpu]}")" "$(ratio "${m[ackgen.full_cpu]}" "${m[peer.full_cpu]}")" ""
  row "  CPU: generation work" "$(fmt_s "${m[ackgen.work_cpu]}")" "$(fmt_s "${m[peer.work_cpu]}")" "$(ratio "${m[ackgen.work_cpu]}" "${m[peer.work_cpu]}")" \
    "(less load-sensitive)"
  row "peak RSS, full generation" "$(fmt_mib "${m[ackgen.full_rss]}")" "$(fmt_mib "${m[peer.full_rss]}")" "$(ratio "${m[ackgen.full_rss]}" "${m[peer.full_rss]}")" \
    "<= 1/2: $(verdict "$(awk -v a="${m[ackgen.full_rss]}" -v b="${m[peer.full_rss]}" 'BEGIN { print a / b }')" 0.5)"
  noop_over=$(awk -v a="${m[ackgen.noop]}" -v b="${m[ackgen.floor]}" 'BEGIN { print a - b }')
  row "no-op generate-sources" "$(fmt_s "${m[ackgen.noop]}") ($(fmt_ms "$noop_over"))" "$(fmt_s "${m[peer.noop]}")" "$(ratio "${m[ackgen.noop]}" "${m[peer.noop]}")" \
    "<= floor + 50 ms: $(verdict "$noop_over" 0.05)"
  row "no-op, peer skipIfSpecIsUnchanged" "" "$(fmt_s "${m[peer.noop_skip]}")" "$(ratio "${m[ackgen.noop]}" "${m[peer.noop_skip]}")" ""
  if [[ -n "${m[ackgen.compile_cpu]}" && -n "${m[peer.compile_cpu]}" ]]; then
    compile_ratio=$(ratio "${m[ackgen.compile_cpu]}" "${m[peer.compile_cpu]}")
    compile_goal="<= 1/2: $(verdict "$(awk -v a="${m[ackgen.compile_cpu]}" -v b="${m[peer.compile_cpu]}" 'BEGIN { print a / b }')" 0.5)"
  else
    compile_ratio="-"; compile_goal="<= 1/2: -"
  fi
  noop_cpu_over=$(awk -v a="${m[ackgen.noop_cpu]}" -v b="${m[ackgen.floor_cpu]}" 'BEGIN { print a - b }')
  row "  CPU: no-op (vs floor CPU)" "$(fmt_s "${m[ackgen.noop_cpu]}") ($(fmt_ms "$noop_cpu_over"))" "$(fmt_s "${m[peer.noop_cpu]}")" "$(ratio "${m[ackgen.noop_cpu]}" "${m[peer.noop_cpu]}")" ""
  row "  CPU: no-op, skipIfSpecIsUnchanged" "" "$(fmt_s "${m[peer.noop_skip_cpu]}")" "$(ratio "${m[ackgen.noop_cpu]}" "${m[peer.noop_skip_cpu]}")" ""
  row "clean mvn compile (generation + javac)" "$(fmt_s "${m[ackgen.build]}")" "$(fmt_s "${m[peer.build]}")" "$(ratio "${m[ackgen.build]}" "${m[peer.build]}")" ""
  row "  CPU: clean mvn compile" "$(fmt_s "${m[ackgen.build_cpu]}")" "$(fmt_s "${m[peer.build_cpu]}")" "$(ratio "${m[ackgen.build_cpu]}" "${m[peer.build_cpu]}")" \
    "<= 1/2: $(verdict "$(awk -v a="${m[ackgen.build_cpu]}" -v b="${m[peer.build_cpu]}" 'BEGIN { if (b > 0) print a / b }')" 0.5)"
  row "javac CPU (user+sys)" "$(compile_fig ackgen)" "$(compile_fig peer)" "$compile_ratio" "$compile_goal"
  row "class files (count)" "${m[ackgen.classes]:--}" "${m[peer.classes]:--}" "$(ratio "${m[ackgen.classes]}" "${m[peer.classes]}")" ""
  row "class files (bytes)" "${m[ackgen.class_bytes]:--}" "${m[peer.class_bytes]:--}" "$(ratio "${m[ackgen.class_bytes]}" "${m[peer.class_bytes]}")" ""
  row "generated lines of Java" "${m[ackgen.java_lines]}" "${m[peer.java_lines]}" "$(ratio "${m[ackgen.java_lines]}" "${m[peer.java_lines]}")" ""
  [[ -z "${m[peer.compile_cpu]}" ]] && echo "(the peer's output does not compile: $work/peer-$spec-javac-errors.log; it failed after $(fmt_s "${m[peer.compile_failed]}") CPU)"
  [[ -z "${m[ackgen.compile_cpu]}" ]] && echo "(ackgen's output does not compile: $work/ackgen-$spec-javac-errors.log)"
  unset m
done
echo
echo "samples: $csv"
