package kz.civic.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Salted hash of an IIN (HMAC-SHA256 with the deployment's secret salt): what other services
 * receive instead of the IIN, so they can match people (e.g. conflicts of interest) without
 * holding personal data.
 */
@ApplicationScoped
public class IinHasher {

    private final SecretKeySpec key;

    public IinHasher(@ConfigProperty(name = "civic.iin-hash-salt") String salt) {
        this.key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
