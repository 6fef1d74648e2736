package io.kiosk.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The secrets the run command makes up: made once, kept in owner-only files, read back on every later run. */
class LocalSecretsTest {

    @TempDir
    Path directory;

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static byte[] der(Path pem) throws Exception {
        return Base64.getMimeDecoder().decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", ""));
    }

    @Test
    void the_admin_password_is_made_once_in_an_owner_only_file_in_an_owner_only_directory() throws Exception {
        Path data = directory.resolve("fresh").resolve(".kiosk-data");

        String password = LocalSecrets.adminPassword(data);

        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("admin-password"))).isEqualTo("rw-------");
        assertThat(LocalSecrets.adminPassword(data)).isEqualTo(password);
        try (var files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("no drafts left").containsExactly("admin-password");
        }
    }

    @Test
    void a_secret_file_others_may_read_is_made_owner_only_when_it_is_read() throws Exception {
        Path file = directory.resolve("admin-password");
        Files.writeString(file, "an old password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(LocalSecrets.adminPassword(directory)).isEqualTo("an old password");
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void the_dev_signing_key_is_a_matching_rsa_pair_made_once_and_kept_owner_only() throws Exception {
        LocalSecrets.SigningKey key = LocalSecrets.devSigningKey(directory);

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(key.privateKey())));
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(key.publicKey())));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("a token".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("a token".getBytes());
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(permissions(key.privateKey())).isEqualTo("rw-------");
        assertThat(Files.readString(key.privateKey())).startsWith("-----BEGIN PRIVATE KEY-----\n");

        String kept = Files.readString(key.privateKey());
        assertThat(LocalSecrets.devSigningKey(directory)).isEqualTo(key);
        assertThat(Files.readString(key.privateKey())).as("read back, not made anew").isEqualTo(kept);
    }
}
