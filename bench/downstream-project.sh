# Sourced by plugin-timing.sh and generation-benchmark.sh: the downstream projects they build,
# written as README's "Use it in your project" shows, so that both scripts time the same project.

# dir, artifactId, spec file, spec name in the project: the directory, the spec copied into
# src/main/openapi, and the lines every project's POM starts with (Java 17, UTF-8).
project_start() {
  mkdir -p "$1/src/main/openapi"
  cp "$3" "$1/src/main/openapi/$4"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId><artifactId>$2</artifactId><version>1.0</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
POM
}

# dir, artifactId, spec file, spec name in the project: ackgen-maven-plugin's generate goal on the
# spec, and the runtime its output compiles against.
ackgen_project() {
  project_start "$@"
  cat >> "$1/pom.xml" <<POM
  <dependencies><dependency><groupId>dev.ackgen</groupId><artifactId>ackgen-runtime</artifactId><version>0.1.0-SNAPSHOT</version></dependency></dependencies>
  <build><plugins>
    <plugin><groupId>dev.ackgen</groupId><artifactId>ackgen-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
      <executions><execution><goals><goal>generate</goal></goals>
        <configuration><spec>src/main/openapi/$4</spec><packageName>com.example.ack</packageName></configuration>
      </execution></executions></plugin>
  </plugins></build>
</project>
POM
}
