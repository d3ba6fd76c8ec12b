package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The salted hash of an IIN exactly as registry-service computes it (HMAC-SHA256 with the
 * deployment's salt {@code civic.iin-hash-salt}, hex): procurement matches commission members with
 * NGO leaders and founders without keeping anyone's IIN.
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
