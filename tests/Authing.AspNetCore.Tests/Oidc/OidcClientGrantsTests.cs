using Authing.AspNetCore.Client;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>The client's OIDC grants and GraphQL sign-in against the emulator's provider.</summary>
public sealed class OidcClientGrantsTests : IDisposable
{
    private readonly EmulatorServer emulator = new();
    private readonly EmulatorUsers users;

    public OidcClientGrantsTests() => users = new EmulatorUsers(emulator);

    [Fact]
    public async Task Password_grant_returns_tokens_for_the_user()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();

        OidcTokenSet tokens = await users.Client.LoginByOidcAsync(PasswordLogin(user.Email!, EmulatorUsers.Password));

        Assert.Equal(user.Id, new JsonWebToken(tokens.IdToken).Subject);
        Assert.Equal(OidcSite.ClientId, new JsonWebToken(tokens.AccessToken).Audiences.Single());
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.True(tokens.ExpiresIn > 0);
    }

    [Fact]
    public async Task Password_grant_with_a_wrong_password_is_refused_with_invalid_grant()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();

        var refused = await Assert.ThrowsAsync<AuthingOidcException>(() => users.Client.LoginByOidcAsync(PasswordLogin(user.Email!, "not-the-password")));

        Assert.Equal("invalid_grant", refused.Error);
        Assert.DoesNotContain("not-the-password", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authing_token_grant_exchanges_a_user_token_for_the_apps_tokens()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();

        OidcTokenSet tokens = await users.Client.AuthingTokenToOidcTokenAsync(OidcSite.ClientId, OidcSite.ClientSecret, user.Token!);

        Assert.Equal(user.Id, new JsonWebToken(tokens.IdToken).Subject);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.Contains("offline_access", tokens.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_the_old_one_is_refused()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();
        OidcTokenSet first = await users.Client.AuthingTokenToOidcTokenAsync(OidcSite.ClientId, OidcSite.ClientSecret, user.Token!);

        OidcTokenSet second = await users.Client.RefreshOidcTokenAsync(OidcSite.ClientId, OidcSite.ClientSecret, first.RefreshToken!);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(user.Id, new JsonWebToken(second.AccessToken).Subject);
        var refused = await Assert.ThrowsAsync<AuthingOidcException>(() => users.Client.RefreshOidcTokenAsync(OidcSite.ClientId, OidcSite.ClientSecret, first.RefreshToken!));
        Assert.Equal("invalid_grant", refused.Error);
    }

    [Fact]
    public async Task Wrong_client_secret_is_refused_with_invalid_client()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();

        var refused = await Assert.ThrowsAsync<AuthingOidcException>(() => users.Client.AuthingTokenToOidcTokenAsync(OidcSite.ClientId, "wrong-secret", user.Token!));

        Assert.Equal("invalid_client", refused.Error);
        Assert.DoesNotContain("wrong-secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_through_graphql_returns_the_user_and_tokens_that_refresh()
    {
        AuthingUser user = await users.RegisterAndLoginAsync();

        OidcSignInResult signedIn = await users.Client.SignInAsync(new SignInRequest { OidcAppId = OidcSite.ClientId, Email = user.Email, Password = EmulatorUsers.Password });
        OidcTokenSet refreshed = await users.Client.RefreshSignInTokenAsync(OidcSite.ClientId, signedIn.RefreshToken!);

        Assert.Equal(user.Id, signedIn.Subject);
        Assert.Equal(user.Email, signedIn.Email);
        Assert.False(string.IsNullOrEmpty(signedIn.Token));
        Assert.Equal(user.Id, new JsonWebToken(refreshed.AccessToken).Subject);
        Assert.NotEqual(signedIn.RefreshToken, refreshed.RefreshToken);
    }

    public void Dispose()
    {
        users.Dispose();
        emulator.Dispose();
    }

    private static OidcPasswordLoginRequest PasswordLogin(string email, string password) =>
        new() { ClientId = OidcSite.ClientId, ClientSecret = OidcSite.ClientSecret, Email = email, Password = password };
}
