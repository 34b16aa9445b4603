using System.Net;
using Authing.Emulator.Mfa;
using Authing.Emulator.Tests.Infrastructure;
using Authing.Internal;
using Authing.Tests.Shared;

namespace Authing.Emulator.Tests.Oidc;

/// <summary>The provider's login page asks a user with MFA on for the TOTP code before it signs them in.</summary>
public sealed class LoginPageMfaTests : OidcTest
{
    [Fact]
    public async Task A_user_with_mfa_gets_the_code_page_and_the_right_code_continues_to_consent()
    {
        byte[] key = await UserWithMfaAsync();
        var codePage = await PasswordStepAsync();

        var page = await Browser.PageAsync(codePage);
        Assert.Equal(HttpStatusCode.OK, codePage.StatusCode);
        Assert.NotNull(page.QuerySelector("input[name=mfa_code]"));
        Assert.DoesNotContain(Password, await codePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var consentPage = await Browser.SubmitAsync(codePage, new Dictionary<string, string> { ["mfa_code"] = CodeNow(key) });

        Assert.Equal(HttpStatusCode.OK, consentPage.StatusCode);
        Assert.NotNull((await Browser.PageAsync(consentPage)).QuerySelector("button[value=allow]"));
        var redirect = await Browser.ConsentAsync(consentPage, allow: true);
        Assert.True(OidcBrowser.RedirectParameters(redirect).ContainsKey("code"));
    }

    [Fact]
    public async Task A_wrong_code_shows_the_code_page_again_with_an_error_and_signs_nobody_in()
    {
        byte[] key = await UserWithMfaAsync();
        var codePage = await PasswordStepAsync();

        var again = await Browser.SubmitAsync(codePage, new Dictionary<string, string> { ["mfa_code"] = WrongCode(key) });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var page = await Browser.PageAsync(again);
        Assert.Contains("MFA 验证码错误", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name=mfa_code]"));
        var noSession = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge, new Dictionary<string, string?> { ["prompt"] = "none" }));
        Assert.Equal("login_required", OidcBrowser.RedirectParameters(noSession)["error"]);
    }

    [Fact]
    public async Task A_code_that_was_used_once_is_refused_the_second_time()
    {
        byte[] key = await UserWithMfaAsync();
        string code = CodeNow(key);
        var first = await Browser.SubmitAsync(await PasswordStepAsync(), new Dictionary<string, string> { ["mfa_code"] = code });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var other = new OidcBrowser(Factory);
        var loginPage = await other.GetAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge));
        var codePage = await other.LoginAsync(loginPage, Email, Password);
        var replay = await other.SubmitAsync(codePage, new Dictionary<string, string> { ["mfa_code"] = code });

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    [Fact]
    public async Task The_code_page_expires_after_five_minutes_and_sends_back_to_the_login_form()
    {
        byte[] key = await UserWithMfaAsync();
        var codePage = await PasswordStepAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var expired = await Browser.SubmitAsync(codePage, new Dictionary<string, string> { ["mfa_code"] = CodeNow(key) });

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        var page = await Browser.PageAsync(expired);
        Assert.NotNull(page.QuerySelector("input[name=password]"));
        Assert.Contains("超时", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_do_not_extend_the_five_minutes()
    {
        byte[] key = await UserWithMfaAsync();
        var codePage = await PasswordStepAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var again = await Browser.SubmitAsync(codePage, new Dictionary<string, string> { ["mfa_code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var expired = await Browser.SubmitAsync(again, new Dictionary<string, string> { ["mfa_code"] = CodeNow(key) });

        Assert.NotNull((await Browser.PageAsync(expired)).QuerySelector("input[name=password]"));
    }

    [Fact]
    public async Task A_forged_pending_login_is_refused()
    {
        await UserWithMfaAsync();
        var codePage = await PasswordStepAsync();

        var forged = await Browser.SubmitAsync(codePage, new Dictionary<string, string> { ["mfa_pending"] = "forged", ["mfa_code"] = "123456" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotNull((await Browser.PageAsync(forged)).QuerySelector("input[name=password]"));
    }

    [Fact]
    public async Task A_user_without_mfa_goes_straight_to_consent()
    {
        await RegisterAsync(Email, Password);

        var loginPage = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge));
        var consentPage = await Browser.LoginAsync(loginPage, Email, Password);

        Assert.NotNull((await Browser.PageAsync(consentPage)).QuerySelector("button[value=allow]"));
    }

    private async Task<byte[]> UserWithMfaAsync()
    {
        var user = await RegisterAsync(Email, Password);
        var settings = await Factory.Service<MfaService>().ChangeAsync(EmulatorFactory.PoolId, user.Id, enable: true, refreshKey: false, CancellationToken.None);
        return Base32.TryDecode(settings.ShareKey)!;
    }

    private async Task<HttpResponseMessage> PasswordStepAsync()
    {
        var loginPage = await Browser.GetAsync(OidcBrowser.AuthorizeUrl(OidcBrowser.Pkce().Challenge));
        return await Browser.LoginAsync(loginPage, Email, Password);
    }

    private string CodeNow(byte[] key) => MfaCodes.Current(key, Factory.Clock.GetUtcNow());

    private string WrongCode(byte[] key) => MfaCodes.Wrong(key, Factory.Clock.GetUtcNow());
}
