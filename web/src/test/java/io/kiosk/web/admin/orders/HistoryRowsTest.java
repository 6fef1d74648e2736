package io.kiosk.web.admin.orders;

import io.kiosk.client.query.model.HistoryEntry;
import io.kiosk.client.query.model.OrderHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The order's event history as the console shows it: what happened and who did it in the page's language, and each
 * payload as named facts (money as money, times in the mall's zone, ids as ids, nested facts with their path), never
 * JSON.
 */
@SpringBootTest(properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
class HistoryRowsTest {

    private static final UUID CUSTOMER = UUID.fromString("5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99");
    private static final OffsetDateTime SHIPPED_AT = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    HistoryRows rows;

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void each_event_reads_as_what_happened_who_did_it_and_its_facts_in_chinese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-CN"));

        List<HistoryRow> shown = rows.of(history(), CUSTOMER, null);

        assertThat(shown).extracting(HistoryRow::what).containsExactly("已下单", "已发货", "SomethingNew");
        assertThat(shown).extracting(HistoryRow::who).containsExactly("顾客", "员工（账户 0b1c2d3e）", "系统");
        assertThat(shown).extracting(HistoryRow::aggregate).containsExactly("订单", "订单", "订单");
        assertThat(shown.get(0).fields()).extracting(PayloadField::name, PayloadField::value)
                .contains(tuple("订单", "9d3a3d3f-0000-4000-8000-000000000001"),
                        tuple("合计", "¥535.80"),
                        tuple("商品 · 配置", "colour=graphite, size=L"),
                        tuple("商品 · 商品名称", "KS 无线充电器 Pro"));
        assertThat(shown.get(1).fields()).extracting(PayloadField::name, PayloadField::value)
                .contains(tuple("快递公司", "顺丰速运"),
                        tuple("预计送达 · 最早", "2026年12月5日"),
                        tuple("发货时间", "2026年12月3日 上午10:00"),
                        tuple("付款方式", "微信支付"));
        assertThat(shown).flatExtracting(HistoryRow::fields).extracting(PayloadField::value)
                .noneMatch(value -> value.contains("{") || value.contains("\":"));
    }

    @Test
    void in_english_and_seen_at_an_instant_the_later_events_are_marked() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        List<HistoryRow> shown = rows.of(history(), CUSTOMER, SHIPPED_AT.minusSeconds(1));

        assertThat(shown).extracting(HistoryRow::what).containsExactly("Order placed", "Shipped", "SomethingNew");
        assertThat(shown).extracting(HistoryRow::later).containsExactly(false, true, true);
        assertThat(shown.get(1).fields()).extracting(PayloadField::name).contains("Carrier", "Tracking number");
    }

    private static OrderHistory history() {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("name", Map.of("zh", "KS 无线充电器 Pro", "en", "KS Charger Pro"));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", "ks-charger-pro");
        line.put("quantity", 2);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("colour", "graphite");
        options.put("size", "L");
        line.put("options", options);
        line.put("label", label);
        Map<String, Object> placed = new LinkedHashMap<>();
        placed.put("orderId", Map.of("id", "9d3a3d3f-0000-4000-8000-000000000001"));
        placed.put("lines", List.of(line));
        placed.put("total", Map.of("amount", "535.80", "currency", "CNY"));
        Map<String, Object> shipped = new LinkedHashMap<>();
        shipped.put("carrier", "顺丰速运");
        shipped.put("trackingNumber", "SF1234567890");
        shipped.put("eta", Map.of("earliest", "2026-12-05", "latest", "2026-12-07"));
        shipped.put("shippedAt", "2026-12-03T02:00:00Z");
        shipped.put("method", "WECHAT_PAY");
        return new OrderHistory().orderId("9d3a3d3f-0000-4000-8000-000000000001").events(List.of(
                entry(1, "OrderPlaced", SHIPPED_AT.minusDays(1), CUSTOMER.toString(), placed),
                entry(2, "OrderShipped", SHIPPED_AT, "0b1c2d3e-aaaa-4bbb-8ccc-000000000000", shipped),
                entry(3, "SomethingNew", SHIPPED_AT.plusHours(1), null, Map.of())));
    }

    private static HistoryEntry entry(long sequence, String type, OffsetDateTime at, String who, Map<String, Object> payload) {
        return new HistoryEntry().sequence(sequence).position(sequence).type(type).aggregateType("Order")
                .aggregateId("9d3a3d3f-0000-4000-8000-000000000001").timestamp(at).who(who).payload(payload);
    }
}
