package io.kiosk.launcher;

/** The body of a checkout in the journeys: delivered to Shanghai (region SH), paid with Alipay. */
final class Checkout {

    static final String BODY = """
            {"address":{"recipient":"Ada Sun","phone":"+8613800138000","line1":"1 Nanjing Road",
                        "city":"Shanghai","region":"Shanghai","postalCode":"200001","country":"CN"},
             "contact":{"name":"Ada Sun","phone":"+8613800138000","email":"ada.sun@example.com"},
             "paymentMethod":"ALIPAY","region":"SH"}""";

    private Checkout() {
    }
}
