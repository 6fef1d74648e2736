package io.kiosk.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Secrets the local run makes up once and keeps beside its data, never in the repository: each in a file only its
 * owner may read, created with those permissions (never written first and locked afterwards) and moved into place
 * whole, so that no one else can read it and no half-written secret is left by a crash.
 */
final class LocalSecrets {

    private static final Logger log = LoggerFactory.getLogger(LocalSecrets.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** The file of the dev master key of personal data. */
    static final String PRIVACY_MASTER_KEY = "privacy-master-key";

    private LocalSecrets() {
    }

    /**
     * The master key of the personal data in events when none is configured ({@code KIOSK_PRIVACY_MASTER_KEY}), in
     * {@code privacy-master-key}: 32 random bytes in Base64, generated on first run and read back afterwards. Lost,
     * it takes every customer's personal data with it, as an erasure of everyone would.
     */
    static String devPrivacyMasterKey(Path dataDirectory) {
        Path file = dataDirectory.resolve(PRIVACY_MASTER_KEY);
        try {
            if (Files.exists(file)) {
                return readOwnerOnly(file).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            writeOwnerOnly(file, key);
            log.info("generated the personal data master key of this installation in {}", file);
            return key;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot keep the personal data master key in " + file, unwritable);
        }
    }

    /** The local administrator's password, in {@code admin-password}: generated on first run, read back afterwards. */
    static String adminPassword(Path dataDirectory) {
        Path file = dataDirectory.resolve("admin-password");
        try {
            if (Files.exists(file)) {
                return readOwnerOnly(file).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            writeOwnerOnly(file, password);
            return password;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot keep the local admin password in " + file, unwritable);
        }
    }

    /**
     * The key pair that signs the access tokens of this installation when none is configured, as PEM files the
     * command side reads ({@code KIOSK_JWT_PRIVATE_KEY}, {@code KIOSK_JWT_PUBLIC_KEY}): generated on first run and
     * kept, so that logins survive a restart. RSA 2048, PKCS#8 and X.509 encodings.
     */
    static SigningKey devSigningKey(Path dataDirectory) {
        SigningKey key = new SigningKey(dataDirectory.resolve("jwt-signing-key.pem"),
                dataDirectory.resolve("jwt-verification-key.pem"));
        try {
            if (Files.exists(key.privateKey()) && Files.exists(key.publicKey())) {
                readOwnerOnly(key.privateKey());
                return key;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            // the public half first: a private key on disk always has its public half beside it
            writeOwnerOnly(key.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            writeOwnerOnly(key.privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            log.info("generated the token signing key of this installation in {}", key.privateKey());
            return key;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot keep the token signing key in " + dataDirectory, unwritable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has RSA", impossible);
        }
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    /** Writes a new secret file: made owner-only before a byte of the secret is in it, then moved into place. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (POSIX) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
        FileAttribute<?>[] ownerOnly = POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path draft = Files.createTempFile(directory, "." + file.getFileName(), ".new", ownerOnly);
        try {
            Files.writeString(draft, content);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** Reads a secret file, first taking away what others may do with it, should a copy or an editor have widened it. */
    private static String readOwnerOnly(Path file) throws IOException {
        if (POSIX && Files.getPosixFilePermissions(file).stream().anyMatch(LocalSecrets::grantedToOthers)) {
            log.warn("{} was readable by others; made it owner-only (rw-------)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return Files.readString(file);
    }

    private static boolean grantedToOthers(PosixFilePermission permission) {
        return permission.name().startsWith("GROUP_") || permission.name().startsWith("OTHERS_");
    }

    /** Where the signing key pair is kept. */
    record SigningKey(Path privateKey, Path publicKey) {
    }
}
