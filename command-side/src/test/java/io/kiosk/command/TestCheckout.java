package io.kiosk.command;

/** Checkout bodies for tests: delivered to Shanghai (region SH), paid with Alipay unless said otherwise. */
public final class TestCheckout {

    public static final String EMAIL = "li.lei@example.com";

    public static final String BODY = body("ALIPAY", "SH");

    private TestCheckout() {
    }

    public static String body(String paymentMethod, String region) {
        return withContactEmail(EMAIL, paymentMethod, region);
    }

    /** Delivered to Beijing (region BJ), with an address there: the risk check holds a region that does not fit the address. */
    public static String inBeijing(String paymentMethod) {
        return """
                {"address":{"recipient":"Li Lei","phone":"+86 138 0013 8000","line1":"1 Chang'an Avenue",
                            "city":"Beijing","region":"Beijing","postalCode":"100006","country":"CN"},
                 "contact":{"name":"Li Lei","phone":"+8613800138000","email":"%s"},
                 "paymentMethod":"%s","region":"BJ"}""".formatted(EMAIL, paymentMethod);
    }

    public static String withContactEmail(String email, String paymentMethod, String region) {
        return """
                {"address":{"recipient":"Li Lei","phone":"+86 138 0013 8000","line1":"1 Nanjing Road",
                            "city":"Shanghai","region":"Shanghai","postalCode":"200001","country":"CN"},
                 "contact":{"name":"Li Lei","phone":"+8613800138000","email":"%s"},
                 "paymentMethod":"%s","region":"%s"}""".formatted(email, paymentMethod, region);
    }
}
