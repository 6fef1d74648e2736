package io.kiosk.web.admin.search;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.SearchSynonymsApi;
import io.kiosk.client.query.model.SynonymSetChange;
import io.kiosk.client.query.model.SynonymSetView;
import io.kiosk.web.backend.Backend;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The synonyms of product search ({@code BACK_OFFICE}, {@code ADMIN}): every set with its words, each editable in
 * place, removable, and a form for a new one. The query API pushes a change to Elasticsearch before it answers, so
 * the shop's next search uses it; a refusal (a word in another set, a comma, a single word) is shown at the words
 * it is about, with what the user typed kept.
 */
@Controller
class SynonymsPage {

    private static final String PAGE = "admin/search/synonyms";
    private final SearchSynonymsApi synonyms;

    SynonymsPage(Backend backend) {
        this.synonyms = new SearchSynonymsApi(backend.queries());
    }

    @GetMapping("/admin/search")
    String list(Model model) throws ApiException {
        model.addAttribute("synonymForm", new SynonymForm());
        return page(model);
    }

    @PostMapping("/admin/search/synonyms")
    String add(@ModelAttribute("synonymForm") SynonymForm form, BindingResult result, Model model, RedirectAttributes redirect)
            throws ApiException {
        try {
            SynonymSetView added = synonyms.addSynonymSet(new SynonymSetChange().id(form.idOrNull()).terms(form.words()));
            return done("admin.synonyms.added", added, redirect);
        } catch (ApiException refused) {
            SynonymRefusals.reject(refused, result);
            return page(model);
        }
    }

    @PostMapping("/admin/search/synonyms/{id}")
    String change(@PathVariable String id, @ModelAttribute("editForm") SynonymForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) throws ApiException {
        try {
            SynonymSetView changed = synonyms.changeSynonymSet(id, new SynonymSetChange().terms(form.words()));
            return done("admin.synonyms.changed", changed, redirect);
        } catch (ApiException refused) {
            SynonymRefusals.reject(refused, result);
            form.setId(id);
            model.addAttribute("synonymForm", new SynonymForm());
            return page(model);
        }
    }

    @PostMapping("/admin/search/synonyms/{id}/removal")
    String remove(@PathVariable String id, RedirectAttributes redirect) throws ApiException {
        synonyms.removeSynonymSet(id);
        redirect.addFlashAttribute("notice", "admin.synonyms.removed");
        redirect.addFlashAttribute("noticeArgs", new Object[]{id});
        return "redirect:/admin/search";
    }

    private String page(Model model) throws ApiException {
        SynonymForm edited = (SynonymForm) model.getAttribute("editForm");
        BindingResult editResult = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "editForm");
        boolean refused = editResult != null && editResult.hasErrors();
        model.addAttribute("rows", synonyms.listSynonymSets().stream()
                .map(set -> refused && set.getId().equals(edited.getId())
                        ? new SynonymRow(set, edited.getTerms(), true)
                        : new SynonymRow(set, String.join(", ", set.getTerms()), false))
                .toList());
        if (edited == null) {
            model.addAttribute("editForm", new SynonymForm());
        }
        return PAGE;
    }

    private static String done(String notice, SynonymSetView set, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgs", new Object[]{set.getId(), String.join("、", set.getTerms())});
        return "redirect:/admin/search";
    }
}
