package io.kiosk.web.admin.catalogue;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.ProductsApi;
import io.kiosk.client.command.model.NewProductRequest;
import io.kiosk.client.command.model.ProductDefinition;
import io.kiosk.client.command.model.ProductRevisionRequest;
import io.kiosk.client.command.model.ProductUpdate;
import io.kiosk.client.query.api.CatalogueManagementApi;
import io.kiosk.client.query.model.CatalogueEntry;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defining and revising a product ({@code BACK_OFFICE}, {@code ADMIN}) in one form that builds its option groups and
 * choices with their price deltas, lead days and requires/excludes rules. Adding or removing a group or a choice posts
 * the form and shows it again with the change (it works without JavaScript); saving sends the whole definition to the
 * command API, whose refusals are shown at the fields they name.
 */
@Controller
class ProductEditor {

    private static final Pattern CHANGE = Pattern.compile("(add-group|add-choice|remove-group|remove-choice)(?:-(\\d+))?(?:-(\\d+))?");

    private final ProductsApi products;
    private final CatalogueManagementApi catalogue;

    ProductEditor(Backend backend) {
        this.products = new ProductsApi(backend.commands());
        this.catalogue = new CatalogueManagementApi(backend.queries());
    }

    @ModelAttribute("kinds")
    List<String> kinds() {
        return List.of("SINGLE", "MULTI", "TEXT");
    }

    @ModelAttribute("deltaKinds")
    List<String> deltaKinds() {
        return List.of("ABSOLUTE", "PERCENT");
    }

    @GetMapping("/admin/catalogue/new")
    String blank(Model model) {
        model.addAttribute("productForm", ProductForms.blank());
        return "admin/catalogue/form";
    }

    @GetMapping("/admin/catalogue/{productId}/edit")
    String revise(@PathVariable String productId, Model model) throws io.kiosk.client.query.ApiException {
        CatalogueEntry entry = catalogue.getCatalogueEntry(productId, Positions.from(model));
        model.addAttribute("productForm", ProductForms.of(entry.getProductId(), entry.getDefinition()));
        return "admin/catalogue/form";
    }

    @PostMapping("/admin/catalogue/form")
    String change(@ModelAttribute("productForm") ProductForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String change, RedirectAttributes redirect) throws ApiException {
        Matcher edit = CHANGE.matcher(change);
        if (edit.matches()) {
            rearrange(form, edit);
            ProductForms.padImages(form);
            return "admin/catalogue/form";
        }
        ProductDefinition definition = ProductForms.definition(form, result);
        if (result.hasErrors()) {
            ProductForms.padImages(form);
            return "admin/catalogue/form";
        }
        try {
            var answer = form.getExisting()
                    ? products.reviseProductWithHttpInfo(form.getProductId(), new ProductRevisionRequest().definition(definition))
                    : products.defineProductWithHttpInfo(new NewProductRequest().productId(form.getProductId().strip()).definition(definition));
            ProductUpdate update = answer.getData();
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", form.getExisting() ? "admin.catalogue.revised" : "admin.catalogue.defined");
            return "redirect:/admin/catalogue/" + UriUtils.encodePathSegment(update.getProductId(), StandardCharsets.UTF_8);
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403) {
                throw refused;
            }
            ProductFormProblems.reject(problem, form, result);
            ProductForms.padImages(form);
            return "admin/catalogue/form";
        }
    }

    /** Adds or removes the group or choice the pressed button names. */
    private static void rearrange(ProductForm form, Matcher edit) {
        var groups = form.getDefinition().getOptionGroups();
        int group = edit.group(2) == null ? -1 : Integer.parseInt(edit.group(2));
        int choice = edit.group(3) == null ? -1 : Integer.parseInt(edit.group(3));
        switch (edit.group(1)) {
            case "add-group" -> groups.add(ProductForms.blankGroup());
            case "add-choice" -> {
                if (group >= 0 && group < groups.size()) {
                    groups.get(group).getChoices().add(new OptionChoiceForm());
                }
            }
            case "remove-group" -> {
                if (group >= 0 && group < groups.size()) {
                    groups.remove(group);
                }
            }
            default -> {
                if (group >= 0 && group < groups.size() && choice >= 0 && choice < groups.get(group).getChoices().size()) {
                    groups.get(group).getChoices().remove(choice);
                }
            }
        }
    }
}
