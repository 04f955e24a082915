package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
    private static final class Builder extends ClientBuilder<Builder> {
        Builder(String template) {
            super(template);
        }

        @Override
        protected Builder self() {
            return this;
        }

        ClientSettings build() {
            return settings();
        }
    }

    private static Builder builder() {
        return new Builder("https://cs.{region}.aliyuncs.com");
    }

    @Test
    void regionGivesTheAckEndpointOverHttps() {
        ClientSettings settings = builder().region("cn-zhangjiakou").build();
        assertThat(settings.endpoint()).isEqualTo(URI.create("https://cs.cn-zhangjiakou.aliyuncs.com"));
        assertThat(settings.signatureVersion()).isEqualTo(SignatureVersion.V3);
        assertThat(settings.validateBeforeSend()).isTrue();
        assertThat(settings.transport()).isInstanceOf(JdkHttpTransport.class);
        assertThat(settings.ownsTransport()).isTrue();
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.userAgent()).startsWith("ackgen/");
    }

    @Test
    void explicitEndpointWins() {
        ClientSettings settings = builder().region("cn-hangzhou").endpoint(URI.create("http://127.0.0.1:8080")).build();
        assertThat(settings.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void globalServerNeedsNoRegion() {
        assertThat(new Builder("https://cs.aliyuncs.com").build().endpoint()).isEqualTo(URI.create("https://cs.aliyuncs.com"));
    }

    @Test
    void badOptionsAreRefusedClearly() {
        assertThatThrownBy(() -> builder().build()).hasMessage("set a region (e.g. cn-hangzhou) or an endpoint before build()");
        assertThatThrownBy(() -> new Builder("").build()).hasMessage("this API's spec names no server: set an endpoint before build()");
        assertThatThrownBy(() -> builder().region("cn hangzhou/../x")).hasMessageContaining("is not a region id");
        assertThatThrownBy(() -> builder().endpoint(URI.create("ftp://x"))).hasMessageContaining("http(s) URI");
        assertThatThrownBy(() -> builder().endpoint(URI.create("https://x/api"))).hasMessageContaining("no path");
        assertThatThrownBy(() -> builder().readTimeout(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> builder().userAgent("a\r\nb")).hasMessageContaining("one non-blank line");
    }

    @Test
    void plainHttpIsForLoopbackUnlessAllowed() {
        assertThat(builder().endpoint(URI.create("http://localhost:8080")).build().endpoint().getHost()).isEqualTo("localhost");
        assertThatThrownBy(() -> builder().endpoint(URI.create("http://cs.cn-hangzhou.aliyuncs.com")).build())
                .hasMessageContaining("plain http to cs.cn-hangzhou.aliyuncs.com would carry STS tokens in clear text");
        assertThat(builder().endpoint(URI.create("http://proxy.internal:8080")).allowPlainHttp(true).build().endpoint())
                .isEqualTo(URI.create("http://proxy.internal:8080"));
    }

    @Test
    void aServerThatDoesNotDependOnTheRegionRefusesOne() {
        assertThatThrownBy(() -> new Builder("https://cs.aliyuncs.com").region("cn-hangzhou").build())
                .hasMessage("this API's server https://cs.aliyuncs.com does not depend on the region: leave out "
                        + "region(cn-hangzhou) or set an endpoint");
        assertThatThrownBy(() -> new Builder("https://cs.{region}.aliyuncs.com/api").region("cn-hangzhou").build())
                .hasMessageContaining("does not give an endpoint");
    }

    @Test
    void givenTransportIsNotOwned() {
        Transport transport = new ScriptedTransport();
        ClientSettings settings = builder().region("cn-hangzhou").transport(transport).build();
        assertThat(settings.transport()).isSameAs(transport);
        assertThat(settings.ownsTransport()).isFalse();
    }
}
