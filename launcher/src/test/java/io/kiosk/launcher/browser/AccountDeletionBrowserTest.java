package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer deletes their account from their profile, in a real browser against the running system: a confirm step
 * that says what it means and asks for the password (a wrong one deletes nothing), then the account is gone, the
 * browser is logged out, and the password opens nothing any more.
 */
@BrowserSuite
class AccountDeletionBrowserTest {

    private final KioskSystem kiosk;

    AccountDeletionBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void a_customer_deletes_their_account_after_confirming_with_their_password_and_is_logged_out() throws Exception {
        Customers.Customer mia = Customers.registered(kiosk, "Mia Chen");
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            ProfilePage profile = browser.visit("/account/profile", LoginPage::new)
                    .logIn(mia.email(), mia.password(), ProfilePage::new);

            AccountDeletionPage confirm = profile.toAccountDeletion();
            assertThat(browser.path()).isEqualTo("/account/profile/delete");
            assertThat(confirm.mainText()).contains("无法撤销");
            confirm.screenshots("account-deletion");

            AccountDeletionPage refused = confirm.deleteRefused("not the password at all");
            assertThat(refused.refusal()).hasValueSatisfying(said -> assertThat(said).contains("密码错误"));
            assertThat(refused.signedIn()).as("a wrong password deletes nothing").isTrue();

            HomePage home = refused.delete(mia.password());
            assertThat(home.notice()).hasValueSatisfying(said -> assertThat(said).contains("您的账户已删除"));
            assertThat(home.signedIn()).isFalse();

            LoginPage login = browser.visit("/account/profile", LoginPage::new);
            assertThat(login.logInRefused(mia.email(), mia.password()).formError())
                    .as("the account is gone").hasValueSatisfying(said -> assertThat(said).contains("邮箱或密码不正确。"));
        }
    }
}
