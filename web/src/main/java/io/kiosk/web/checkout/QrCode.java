package io.kiosk.web.checkout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code of a text (WeChat Pay's {@code code_url}, Alipay's QR cashier's {@code qr_code}), drawn by ZXing and
 * written as SVG: one path of dark modules on a white square with the quiet zone scanners need, so it stays sharp at
 * any size on a kiosk's screen and costs a few kilobytes.
 *
 * @param modules the code's dark and light modules, quiet zone included
 */
record QrCode(BitMatrix modules) {

    /** Modules of white border on every side (the standard asks for four). */
    static final int QUIET_ZONE = 4;

    static QrCode of(String text) {
        try {
            // medium error correction: a screen's glare or a smudge still scans, and a long code_url stays small
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M)));
        } catch (WriterException | IllegalArgumentException tooLong) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", tooLong);
        }
    }

    /** The code as an SVG document, its size given by its viewBox in modules. */
    String svg() {
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder path = new StringBuilder(width * height);
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < width && modules.get(run, y)) {
                    run++;
                }
                // one horizontal run of dark modules: move, draw right, down, back left, close
                path.append('M').append(x).append(' ').append(y).append('h').append(run - x).append("v1h-").append(run - x).append('z');
                x = run;
            }
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" shape-rendering="crispEdges">\
                <rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>
                """.formatted(width, height, width * 8, height * 8, path);
    }
}
