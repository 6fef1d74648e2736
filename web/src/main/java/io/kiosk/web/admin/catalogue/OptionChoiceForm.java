package io.kiosk.web.admin.catalogue;

import java.util.ArrayList;
import java.util.List;

/** One choice of an option group as the form holds it; {@code requires} and {@code excludes} are typed as {@code group=choice} separated by commas or spaces. Field names follow the API's, so that its refusals land on them. A JavaBean for binding. */
public class OptionChoiceForm {

    private String id = "";
    private TextForm name = new TextForm();
    private DeltaForm priceDelta = new DeltaForm();
    private String leadDays = "0";
    private String requires = "";
    private String excludes = "";

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TextForm getName() {
        return name;
    }

    public void setName(TextForm name) {
        this.name = name;
    }

    public DeltaForm getPriceDelta() {
        return priceDelta;
    }

    public void setPriceDelta(DeltaForm priceDelta) {
        this.priceDelta = priceDelta;
    }

    public String getLeadDays() {
        return leadDays;
    }

    public void setLeadDays(String leadDays) {
        this.leadDays = leadDays;
    }

    public String getRequires() {
        return requires;
    }

    public void setRequires(String requires) {
        this.requires = requires;
    }

    public String getExcludes() {
        return excludes;
    }

    public void setExcludes(String excludes) {
        this.excludes = excludes;
    }

}
