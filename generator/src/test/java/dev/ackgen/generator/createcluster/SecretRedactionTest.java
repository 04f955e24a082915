package dev.ackgen.generator.createcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.it.createcluster.CreateClusterRequest;
import dev.ackgen.it.createcluster.CreateClusterRequestValidator;
import dev.ackgen.runtime.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** login_password is format: password: it never appears in toString, messages or exceptions. */
@SuppressWarnings("deprecation") // login_password is deprecated
class SecretRedactionTest {

    @Test
    void toStringRedactsThePassword() {
        CreateClusterRequest request = Requests.seedSample();

        assertThat(request.toString()).doesNotContain("Hello1234").contains("login_password=***").contains("name=ACK Edge cluster");
        assertThat(Requests.valid().build().toString()).doesNotContain("login_password");
    }

    @Test
    void toStringShowsOnlyWhatIsSet() {
        CreateClusterRequest request = CreateClusterRequest.builder().name("edge").regionId("cn-hangzhou").build();

        assertThat(request.toString()).isEqualTo("CreateClusterRequest{name=edge, region_id=cn-hangzhou}");
        assertThat(CreateClusterRequest.builder().build().toString()).isEqualTo("CreateClusterRequest{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sh0rt", "lowercaseonlypassword", "Way2LongPassword-Way2LongPassword", "Hello World 1", "pa$$word"})
    void violationsAboutThePasswordNeverContainIt(String password) {
        List<Violation> violations = CreateClusterRequestValidator.validate(Requests.valid().loginPassword(password).build());

        assertThat(violations).allSatisfy(v -> assertThat(v.toString()).doesNotContain(password));
        assertThatThrownBy(() -> CreateClusterRequestValidator.requireValid(Requests.valid().loginPassword(password).name("-").build()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
    }

    @Test
    void aPasswordOfTheWrongJsonTypeIsNotEchoed() {
        assertThatThrownBy(() -> Requests.MAPPER.readValue("{\"login_password\":{\"Secr3t-Pass\":1}}", CreateClusterRequest.class))
                .satisfies(e -> assertThat(e.getMessage()).contains("/login_password").doesNotContain("Secr3t-Pass"));
    }
}
