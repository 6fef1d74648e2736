package io.kiosk.web.admin.catalogue;


/** The product form: a new product's id (fixed once defined) and its definition; {@code existing} says whether saving revises it or defines it. A JavaBean for binding. */
public class ProductForm {

    private String productId = "";
    private boolean existing = false;
    private DefinitionForm definition = new DefinitionForm();

    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }

    public boolean getExisting() {
        return existing;
    }

    public void setExisting(boolean existing) {
        this.existing = existing;
    }

    public DefinitionForm getDefinition() {
        return definition;
    }

    public void setDefinition(DefinitionForm definition) {
        this.definition = definition;
    }

}
