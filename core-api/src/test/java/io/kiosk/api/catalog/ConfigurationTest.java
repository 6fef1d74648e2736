package io.kiosk.api.catalog;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.pricing.PriceBreakdown;
import io.kiosk.api.pricing.PriceComponent;
import io.kiosk.api.pricing.Pricing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {

    private final ProductDefinition charger = ChargerPro.definition();

    private Configuration configure(Map<String, String> options) {
        return Configuration.of(charger, new ChosenOptions(options));
    }

    @Test
    void the_unit_price_is_the_base_price_plus_every_chosen_delta() {
        Configuration configuration = configure(Map.of("colour", "rose", "size", "L", "functions", "wireless",
                "service", "care", "engraving", "For Mia"));

        PriceBreakdown price = Pricing.price(configuration, new Quantity(3));

        // 199.00 + 20.00 + 10 % of 199.00 (19.90) + 49.00 + 15 % of 199.00 (29.85) + 15.00
        assertThat(price.unitPrice()).isEqualTo(Money.of("332.75", "CNY"));
        assertThat(price.total()).isEqualTo(Money.of("998.25", "CNY"));
        assertThat(price.components()).extracting(PriceComponent::code).containsExactly(
                "base", "colour=rose", "engraving=engraved", "functions=wireless", "service=care", "size=L");
    }

    @Test
    void percentages_are_rounded_half_up_to_the_currency_scale() {
        assertThat(PriceDelta.percent("15").applyTo(Money.of("0.10", "CNY"))).isEqualTo(Money.of("0.02", "CNY"));
        assertThat(PriceDelta.percent("12.5").applyTo(Money.of("1001", "JPY"))).isEqualTo(Money.of("125", "JPY"));
    }

    @Test
    void multi_choices_are_normalised_so_equal_configurations_are_equal() {
        Configuration one = configure(Map.of("colour", "graphite", "size", "L", "functions", "wireless, fast"));
        Configuration other = configure(Map.of("size", "L", "functions", "fast,wireless", "colour", "graphite"));

        assertThat(one.options()).isEqualTo(other.options());
        assertThat(one.options().values()).containsEntry("functions", "fast,wireless");
    }

    @Test
    void a_choice_that_requires_another_names_both_when_the_other_is_missing() {
        assertThatThrownBy(() -> configure(Map.of("colour", "graphite", "size", "S", "functions", "wireless")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new ConfigurationProblem("options.size", "functions=wireless requires size=L",
                                List.of("functions=wireless", "size=L"))));
    }

    @Test
    void excluded_combinations_are_refused_naming_both_choices() {
        assertThatThrownBy(() -> configure(Map.of("colour", "rose", "size", "S", "functions", "fast")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, invalid -> assertThat(invalid.problems())
                        .singleElement()
                        .satisfies(problem -> assertThat(problem.conflicting()).containsExactly("functions=fast", "colour=rose")));
    }

    @Test
    void required_groups_unknown_groups_and_unknown_choices_are_all_reported_at_once() {
        assertThatThrownBy(() -> configure(Map.of("colour", "purple", "wheels", "4")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, invalid -> assertThat(invalid.problems())
                        .extracting(ConfigurationProblem::field)
                        .containsExactlyInAnyOrder("options.colour", "options.wheels", "options.size"));
    }

    @Test
    void engraving_is_free_text_of_at_most_twenty_characters() {
        assertThat(configure(Map.of("colour", "graphite", "size", "S", "engraving", "平安喜乐 For Mia 2026")).options().values())
                .containsEntry("engraving", "平安喜乐 For Mia 2026");
        assertThatThrownBy(() -> configure(Map.of("colour", "graphite", "size", "S", "engraving", "x".repeat(21))))
                .isInstanceOfSatisfying(InvalidConfiguration.class, invalid -> assertThat(invalid.problems())
                        .extracting(ConfigurationProblem::field).containsExactly("options.engraving"));
    }

    @Test
    void only_stock_relevant_choices_make_the_variant_and_options_add_their_lead_time() {
        Configuration configuration = configure(Map.of("colour", "rose", "size", "L", "service", "care", "engraving", "Hi"));

        assertThat(configuration.stockVariant().values()).containsExactly(Map.entry("colour", "rose"), Map.entry("size", "L"));
        assertThat(configuration.optionLeadDays()).isEqualTo(2);
    }

    @Test
    void definitions_whose_rules_point_nowhere_are_refused() {
        assertThatThrownBy(() -> new ProductDefinition(LocalizedText.of("灯", "Lamp"), null, "lighting", List.of(),
                Money.of("10.00", "CNY"), List.of(OptionGroup.single("size", "尺寸", "Size", true, true,
                        OptionChoice.of("S", "小", "Small", PriceDelta.NONE).requiring(ChoiceRef.parse("colour=red"))))))
                .hasMessageContaining("size=S requires colour=red");
    }

    @Test
    void no_configuration_may_cost_less_than_nothing() {
        assertThatThrownBy(() -> new ProductDefinition(LocalizedText.of("灯", "Lamp"), null, "lighting", List.of(),
                Money.of("10.00", "CNY"), List.of(OptionGroup.single("promo", "优惠", "Promotion", true, false,
                        OptionChoice.of("big", "大优惠", "Big", PriceDelta.absolute("-10.01"))))))
                .hasMessageContaining("less than nothing");
    }

    @Test
    void only_single_choice_groups_may_tell_stock_variants_apart() {
        assertThatThrownBy(() -> new OptionGroup("functions", LocalizedText.of("功能", "Functions"), SelectionKind.MULTI,
                false, true, 0, List.of(OptionChoice.of("fast", "快充", "Fast", PriceDelta.NONE))))
                .hasMessageContaining("only single-choice groups");
    }
}
