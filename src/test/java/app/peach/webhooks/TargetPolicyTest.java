package app.peach.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.InvalidInput;

/** URL rules with a resolver of our own: no name is ever looked up on the network here. */
class TargetPolicyTest {
    private final Map<String, String> dns = new HashMap<>(Map.of(
            "hooks.example.com", "203.0.113.10",
            "internal.example.com", "10.1.2.3",
            "metadata.example.com", "169.254.169.254",
            "localhost", "127.0.0.1",
            "dev.test", "192.168.1.20"));
    private final TargetPolicy policy = new TargetPolicy(List.of("localhost", " DEV.test "), this::resolve);

    private InetAddress[] resolve(String host) throws UnknownHostException {
        String ip = dns.get(host);
        if (ip == null) {
            if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
                return new InetAddress[] { InetAddress.getByName(host) }; // a literal: parsed, never looked up
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[] { InetAddress.getByName(ip) };
    }

    @Test
    void shouldAcceptHttpsToPublicAddresses() {
        TargetPolicy.Target t = policy.check("https://hooks.example.com/peach?coach=7");
        assertThat(t.host()).isEqualTo("hooks.example.com");
        assertThat(t.port()).isEqualTo(443);
        assertThat(t.https()).isTrue();
        assertThat(t.requestUri()).isEqualTo("/peach?coach=7");
        assertThat(policy.check("https://203.0.113.7:8443").requestUri()).isEqualTo("/");
    }

    @Test
    void shouldRefusePlainHttpToAHostNotAllowed() {
        assertRefused("http://hooks.example.com/peach", "https");
    }

    @Test
    void shouldRefusePrivateLoopbackLinkLocalAndOtherInternalAddresses() {
        for (String url : List.of("https://internal.example.com/x", "https://metadata.example.com/latest",
                "https://127.0.0.1/x", "https://10.0.0.5/", "https://172.16.0.1/", "https://192.168.0.1/",
                "https://169.254.169.254/", "https://100.64.0.1/", "https://0.0.0.0/", "https://[::1]/",
                "https://[fd00::1]/", "https://[fe80::1]/", "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::a00:1]/",
                "https://[2002:a00:1::]/", "https://224.0.0.1/", "https://2130706433/")) {
            assertRefused(url, "private");
        }
    }

    @Test
    void shouldAllowListedHostsOverHttpAndAtPrivateAddresses() {
        assertThat(policy.check("http://localhost:8089/hook").port()).isEqualTo(8089);
        assertThat(policy.check("http://dev.test/hook").host()).isEqualTo("dev.test");
    }

    @Test
    void shouldRefuseWhatIsNotAnAbsoluteHttpUrl() {
        assertRefused("ftp://hooks.example.com/x", "http(s)");
        assertRefused("hooks.example.com/x", "http(s)");
        assertRefused("https:///nohost", "host");
        assertRefused("https://user:pass@hooks.example.com/x", "user name");
        assertRefused("https://hooks.example.com/x#frag", "fragment");
        assertRefused("https://nowhere.example.com/x", "does not resolve");
        assertRefused("https://hooks.example.com/" + "x".repeat(2100), "2048");
        assertRefused(" ", "blank");
    }

    @Test
    void shouldCheckTheAddressAgainAtDeliverySoThatDnsCannotRebind() throws Exception {
        TargetPolicy.Target t = policy.check("https://hooks.example.com/peach");
        assertThat(policy.addressFor(t).getHostAddress()).isEqualTo("203.0.113.10");
        dns.put("hooks.example.com", "127.0.0.1"); // the name now points at this machine
        assertThatThrownBy(() -> policy.addressFor(t)).isInstanceOf(TargetPolicy.Refused.class)
                .hasMessageContaining("127.0.0.1");
        dns.remove("hooks.example.com");
        assertThatThrownBy(() -> policy.addressFor(t)).isInstanceOf(TargetPolicy.Refused.class)
                .hasMessageContaining("does not resolve");
    }

    @Test
    void shouldConnectAllowedHostsWhereverTheyResolve() throws Exception {
        assertThat(policy.addressFor(TargetPolicy.parse("http://localhost:9/x")).isLoopbackAddress()).isTrue();
    }

    private void assertRefused(String url, String why) {
        assertThatThrownBy(() -> policy.check(url)).as(url).isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    var v = ((InvalidInput) e).violations();
                    assertThat(v).hasSize(1);
                    assertThat(v.get(0).field()).isEqualTo("url");
                    assertThat(v.get(0).message()).contains(why);
                });
    }
}
