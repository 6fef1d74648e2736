package io.kiosk.command.risk;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.kiosk.command.risk.Cases.address;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRegionMismatchTest {

    private final DeliveryRegionMismatch rule = new DeliveryRegionMismatch(RiskAction.HOLD, Map.of(
            "SH", List.of("Shanghai", "上海"),
            "BJ", List.of("Beijing", "北京"),
            "JZ", List.of("Jiangsu", "Zhejiang", "Hangzhou", "杭州")));

    @Test
    void region_sh_with_an_address_in_beijing_is_held() {
        assertThat(rule.judge(Cases.deliveredTo("SH", address("Beijing", "Beijing")))).hasValueSatisfying(finding -> {
            assertThat(finding.rule()).isEqualTo("region-mismatch");
            assertThat(finding.detail()).contains("SH", "BJ");
        });
    }

    @Test
    void an_address_in_the_checkouts_region_passes_in_any_spelling() {
        assertThat(rule.judge(Cases.deliveredTo("SH", address("Shanghai", "Shanghai")))).isEmpty();
        assertThat(rule.judge(Cases.deliveredTo("sh", address("上海市", "上海")))).isEmpty();
        assertThat(rule.judge(Cases.deliveredTo("BJ", address("Beijing Shi", "beijing")))).isEmpty();
        assertThat(rule.judge(Cases.deliveredTo("JZ", address("Hangzhou", "Zhejiang Province")))).isEmpty();
    }

    @Test
    void a_city_of_another_region_is_enough_to_hold() {
        assertThat(rule.judge(Cases.deliveredTo("BJ", address("杭州", "Somewhere")))).isPresent();
    }

    @Test
    void an_address_the_rule_cannot_place_says_nothing() {
        assertThat(rule.judge(Cases.deliveredTo("SH", address("Lanzhou", "Gansu")))).isEmpty();
        assertThat(rule.judge(Cases.deliveredTo(null, null))).isEmpty();
    }
}
