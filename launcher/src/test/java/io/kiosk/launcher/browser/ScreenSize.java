package io.kiosk.launcher.browser;

/** The screens the storefront is made for, and looked at in screenshots. */
public enum ScreenSize {

    /** The mall's touch-screen kiosk, portrait. */
    KIOSK(1080, 1920, false),
    /** A phone. */
    PHONE(390, 844, true),
    /** A desktop or laptop. */
    DESKTOP(1440, 900, false);

    final int width;
    final int height;
    final boolean mobile;

    ScreenSize(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    /** The name in screenshot files: {@code kiosk}, {@code phone}, {@code desktop}. */
    String fileName() {
        return name().toLowerCase();
    }
}
