import { expect, type Page } from '@playwright/test';

/** The sign-in screen, with the demo accounts listed beside the form. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('sign-in-submit')).toBeVisible();
  }

  demoAccount(username: string) {
    return this.page.getByTestId(`demo-user-${username}`);
  }

  async signInAsDemoUser(username: string): Promise<void> {
    await this.demoAccount(username).click();
    await this.page.getByTestId('sign-in-submit').click();
    await expect(this.page.getByTestId('current-user')).toBeVisible();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel(/用户名|Username/).fill(username);
    await this.page.getByLabel(/密码|Password/).fill(password);
    await this.page.getByTestId('sign-in-submit').click();
  }

  error() {
    return this.page.getByTestId('sign-in-error');
  }
}
