package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompileTest {
    @Test
    void createClusterOutputCompilesWithAllLintWarningsAsErrors() throws Exception {
        List<JavaFile> files = GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), "dev.ackgen.test.cc");
        GeneratorFixture.compileStrictly(files);
        assertThat(files).extracting(file -> file.typeSpec().name()).contains(
                "CreateClusterRequest", "CreateClusterRequestValidator", "CreateClusterResponse", "RuntimeModel", "Addon", "Tag",
                "DataDisk", "ErrorModel");
    }
}
