package io.kiosk.web.admin.catalogue;


/** A text in Chinese and English, as the API's LocalizedText ({@code zh}, {@code en}). A JavaBean for binding. */
public class TextForm {

    private String zh = "";
    private String en = "";

    public String getZh() {
        return zh;
    }

    public void setZh(String zh) {
        this.zh = zh;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

}
