package io.kiosk.command.payment.sandbox;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.Trade;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Currency;
import java.util.Optional;

/**
 * What the sandbox knows, in PostgreSQL ({@code V23__sandbox.sql}): its keys, the trades Kiosk opened with it and
 * the refunds it was asked for. Every command-side instance reads the same, so a trade opened through one is paid
 * on another's page, a notification signed on one verifies on another, and a refund asked again anywhere is the
 * same refund.
 */
final class SandboxStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The sandbox's keys: those the first instance made, made now if there are none yet. */
    SandboxKeys keys() {
        return storedKeys().orElseGet(() -> {
            SandboxKeys made = SandboxKeys.generate();
            jdbc.sql("""
                            INSERT INTO sandbox_keys (id, alipay_private, alipay_public, wechat_private, wechat_public,
                                merchant_private, merchant_public, wechat_api_v3_key, card_webhook_secret, made_at)
                            VALUES (1, :alipayPrivate, :alipayPublic, :wechatPrivate, :wechatPublic, :merchantPrivate,
                                :merchantPublic, :apiV3, :webhook, :now)
                            ON CONFLICT (id) DO NOTHING""")
                    .param("alipayPrivate", encoded(made.alipay().getPrivate().getEncoded()))
                    .param("alipayPublic", encoded(made.alipay().getPublic().getEncoded()))
                    .param("wechatPrivate", encoded(made.wechatPlatform().getPrivate().getEncoded()))
                    .param("wechatPublic", encoded(made.wechatPlatform().getPublic().getEncoded()))
                    .param("merchantPrivate", encoded(made.merchant().getPrivate().getEncoded()))
                    .param("merchantPublic", encoded(made.merchant().getPublic().getEncoded()))
                    .param("apiV3", made.wechatApiV3Key())
                    .param("webhook", made.cardWebhookSecret())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            // another instance may have made them first: theirs are the sandbox's
            return storedKeys().orElseThrow();
        });
    }

    void open(Trade trade) {
        jdbc.sql("""
                        INSERT INTO sandbox_trade (payment_id, method, amount, currency, description, opened_at)
                        VALUES (:payment, :method, :amount, :currency, :description, :now)
                        ON CONFLICT (payment_id) DO UPDATE SET method = EXCLUDED.method, amount = EXCLUDED.amount,
                            currency = EXCLUDED.currency, description = EXCLUDED.description""")
                .param("payment", trade.paymentId().value())
                .param("method", trade.method().name())
                .param("amount", trade.amount().amount())
                .param("currency", trade.amount().currency().getCurrencyCode())
                .param("description", trade.description())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    Optional<Trade> trade(PaymentId paymentId) {
        return jdbc.sql("SELECT method, amount, currency, description FROM sandbox_trade WHERE payment_id = :payment")
                .param("payment", paymentId.value())
                .query((row, number) -> new Trade(paymentId, PaymentProvider.valueOf(row.getString(1)),
                        new Money(row.getBigDecimal(2), Currency.getInstance(row.getString(3))), row.getString(4)))
                .optional();
    }

    void close(PaymentId paymentId) {
        jdbc.sql("UPDATE sandbox_trade SET closed = TRUE WHERE payment_id = :payment").param("payment", paymentId.value()).update();
    }

    boolean isClosed(PaymentId paymentId) {
        return jdbc.sql("SELECT closed FROM sandbox_trade WHERE payment_id = :payment").param("payment", paymentId.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** Notes a refund asked for; whether this was the first time its id was asked. */
    boolean firstAsked(ProviderRefund refund) {
        return jdbc.sql("""
                        INSERT INTO sandbox_refund (refund_id, payment_id, asked_at) VALUES (:refund, :payment, :now)
                        ON CONFLICT (refund_id) DO NOTHING""")
                .param("refund", refund.refundId().value())
                .param("payment", refund.paymentId().value())
                .param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    private Optional<SandboxKeys> storedKeys() {
        return jdbc.sql("""
                        SELECT alipay_private, alipay_public, wechat_private, wechat_public, merchant_private,
                            merchant_public, wechat_api_v3_key, card_webhook_secret FROM sandbox_keys WHERE id = 1""")
                .query((row, number) -> new SandboxKeys(pair(row.getString(1), row.getString(2)),
                        pair(row.getString(3), row.getString(4)), pair(row.getString(5), row.getString(6)),
                        row.getString(7), row.getString(8)))
                .optional();
    }

    private static String encoded(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    private static KeyPair pair(String privateKey, String publicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
        } catch (GeneralSecurityException corrupt) {
            throw new IllegalStateException("sandbox_keys holds no RSA key pair", corrupt);
        }
    }
}
