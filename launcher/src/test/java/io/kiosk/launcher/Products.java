package io.kiosk.launcher;

/** Products the back office defines in the journeys. */
final class Products {

    private Products() {
    }

    /** A desk lamp in white, one required option that decides the stock variant; {@code basePrice} in CNY. */
    static String lamp(String basePrice) {
        return """
                {"name":{"zh":"测试台灯","en":"Test desk lamp"},"category":"lighting",
                 "basePrice":{"amount":"%s","currency":"CNY"},
                 "optionGroups":[{"id":"colour","name":{"zh":"颜色","en":"Colour"},"kind":"SINGLE","required":true,
                   "stockRelevant":true,"choices":[{"id":"white","name":{"zh":"白色","en":"White"}}]}]}""".formatted(basePrice);
    }
}
