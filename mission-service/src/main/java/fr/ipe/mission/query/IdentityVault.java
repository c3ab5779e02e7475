package fr.ipe.mission.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Crypto-shredding of the IPE's personal data. Each IPE has its own AES-256 key in {@code ipe_key}; its identity is
 * stored in the event store only sealed with that key (AES-GCM, a fresh 96-bit nonce, the IPE id as associated data so
 * a sealed identity cannot be passed off as another IPE's). Erasure deletes the key: every sealed copy (event store,
 * backups of it) becomes unreadable for good, while the events that counts rely on stay as they are.
 */
@Component
public class IdentityVault {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public IdentityVault(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Creates the IPE's key and answers its identity sealed with it. */
    public String seal(String ipeId, Identity identity) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            jdbc.update("INSERT INTO ipe_key (ipe_id, secret) VALUES (?, ?)", ipeId, key.getEncoded());
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ipeId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(identity));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seal the identity of IPE " + ipeId, e);
        }
    }

    /** The identity, or empty once the IPE's key was deleted (erased). */
    public Optional<Identity> open(String ipeId, String sealedIdentity) {
        List<byte[]> keys = jdbc.query("SELECT secret FROM ipe_key WHERE ipe_id = ?", (rs, i) -> rs.getBytes(1), ipeId);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(sealedIdentity);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.get(0), "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(ipeId.getBytes(StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return Optional.of(json.readValue(clear, Identity.class));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("the sealed identity of IPE " + ipeId + " does not open with its key", e);
        }
    }

    /** Deletes the IPE's key: from now on its sealed identity cannot be read by anyone. */
    void shred(String ipeId) {
        jdbc.update("DELETE FROM ipe_key WHERE ipe_id = ?", ipeId);
    }
}
