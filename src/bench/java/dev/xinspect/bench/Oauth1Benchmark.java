package dev.xinspect.bench;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Param;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * OAuth 1.0a signatures of X's worked example (POST statuses/update with a form body): the whole signer (collect,
 * encode, sort, base string, HMAC-SHA1, header) against the HMAC-SHA1 of the finished base string alone, its floor.
 */
@State(Scope.Benchmark)
public class Oauth1Benchmark {
    private final Oauth1Signer signer = new Oauth1Signer();
    private final Oauth1Request request = new Oauth1Request("POST",
            "https://api.x.com/1.1/statuses/update.json?include_entities=true",
            List.of(new Param("status", "Hello Ladies + Gentlemen, a signed OAuth request!")), Map.of());
    private final Oauth1Credentials credentials = new Oauth1Credentials("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");
    private String baseString;
    private String signingKey;

    @Setup
    public void check() {
        var trace = signer.sign(request, credentials, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958L);
        if (!trace.signature().equals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=")) {
            throw new IllegalStateException("the signer no longer gives X's example signature: " + trace.signature());
        }
        baseString = trace.baseString();
        signingKey = trace.signingKey();
    }

    @Benchmark
    public String ours() {
        return signer.sign(request, credentials, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958L).authorizationHeader();
    }

    @Benchmark
    public String hmacOnly() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    }
}
