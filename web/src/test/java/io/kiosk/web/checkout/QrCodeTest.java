package io.kiosk.web.checkout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodeTest {

    private static final String CODE_URL = "weixin://wxpay/bizpayurl?pr=Xk3pQ7a";

    @Test
    void the_drawn_code_scans_back_as_the_payment_s_code_url() throws Exception {
        QrCode code = QrCode.of(CODE_URL);

        assertThat(scan(code.modules())).isEqualTo(CODE_URL);
    }

    @Test
    void the_svg_is_a_white_square_of_the_code_s_size_with_its_quiet_zone_and_one_path_of_dark_modules() {
        QrCode code = QrCode.of(CODE_URL);
        int size = code.modules().getWidth();

        String svg = code.svg();

        assertThat(code.modules().getHeight()).isEqualTo(size);
        assertThat(size).isGreaterThanOrEqualTo(21 + 2 * QrCode.QUIET_ZONE);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\"")
                .contains("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
                .containsOnlyOnce("<path").doesNotContain("<script");
        // the top-left finder pattern's first row: seven dark modules inside the quiet zone
        assertThat(svg).contains("M" + QrCode.QUIET_ZONE + " " + QrCode.QUIET_ZONE + "h7v1h-7z");
    }

    @Test
    void a_text_too_long_for_any_code_is_refused_with_its_length() {
        assertThatThrownBy(() -> QrCode.of("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5000 characters");
    }

    /** Reads the code as a scanner would, from an image four pixels to a module. */
    private static String scan(BitMatrix modules) throws Exception {
        int scale = 4;
        int width = modules.getWidth() * scale;
        int height = modules.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }
}
