package io.kiosk.api.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A product search is bounded before anything is worked out from it. */
class SearchProductsTest {

    private static SearchProducts page(int page, int size) {
        return new SearchProducts(null, null, null, null, List.of(), null, null, page, size);
    }

    @Test
    void the_deepest_page_is_refused_rather_than_overflowing_into_a_negative_offset() {
        assertThatThrownBy(() -> page(Integer.MAX_VALUE, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> page(Integer.MAX_VALUE - 1, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThat(page(499, 20).page()).isEqualTo(499);
        assertThatThrownBy(() -> page(500, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prices_beyond_any_product_and_texts_with_control_characters_are_refused() {
        assertThatThrownBy(() -> new SearchProducts(null, null, new BigDecimal("1e400"), null, List.of(), null, null, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchProducts("charger\u0000", null, null, null, List.of(), null, null, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SearchProducts(" 充电器 ", null, null, null, List.of(), null, null, 0, 20).text()).isEqualTo("充电器");
    }
}
