using Authing.AspNetCore.Oidc;
using Microsoft.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>The id_token checks of the OIDC scheme, with a provider of the test's own (keys it controls).</summary>
public sealed class AuthingOidcIdTokenValidatorTests : IDisposable
{
    private const string Subject = "5f1e2d3c4b5a697887960a1c";
    private const string Nonce = "nonce-sent-with-the-request";

    private readonly SigningAuthority authority = new();
    private readonly AuthingOidcIdTokenValidator validator = new(TimeProvider.System);

    [Fact]
    public async Task Valid_id_token_is_accepted()
    {
        var token = await ValidateAsync(authority.Sign(SigningAuthority.Claims(Subject, Nonce)));

        Assert.Equal(Subject, token.Subject);
    }

    [Fact]
    public async Task Tampered_id_token_is_rejected_for_its_signature()
    {
        string genuine = authority.Sign(SigningAuthority.Claims(Subject, Nonce));
        string forged = authority.Sign(SigningAuthority.Claims("5f1e2d3c4b5a697887960aff", Nonce));
        string[] parts = genuine.Split('.');
        string tampered = $"{parts[0]}.{forged.Split('.')[1]}.{parts[2]}";

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(tampered));

        Assert.Contains("signature", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_for_another_application_is_rejected()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, Nonce), audience: "another-client");

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token));

        Assert.Contains("(aud)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_from_another_issuer_is_rejected()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, Nonce), issuer: "https://evil.example/oauth/oidc");

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token));

        Assert.Contains("(iss)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_expired_beyond_the_clock_skew_is_rejected()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, Nonce), expires: DateTimeOffset.UtcNow.AddMinutes(-3));

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token));

        Assert.Contains("expired", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_expired_within_the_clock_skew_is_accepted()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, Nonce), expires: DateTimeOffset.UtcNow.AddMinutes(-1));

        Assert.Equal(Subject, (await ValidateAsync(token)).Subject);
    }

    [Fact]
    public async Task Id_token_without_a_nonce_is_rejected()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, nonce: null));

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token));

        Assert.Contains("no nonce", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_with_another_nonce_is_rejected()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, "a-nonce-of-another-sign-in"));

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token));

        Assert.Contains("nonce is not the one", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_hash_of_the_access_token_is_accepted_and_a_wrong_one_rejected()
    {
        const string accessToken = "the-access-token";
        var claims = SigningAuthority.Claims(Subject, Nonce);
        claims["at_hash"] = AuthingOidcIdTokenValidator.AccessTokenHash(accessToken, "RS256");
        string token = authority.Sign(claims);

        Assert.Equal(Subject, (await ValidateAsync(token, accessToken)).Subject);
        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token, "another-access-token"));
        Assert.Contains("at_hash", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Id_token_signed_with_a_rotated_key_refreshes_the_keys_once_and_is_accepted()
    {
        authority.Rotate();
        string token = authority.Sign(SigningAuthority.Claims(Subject, Nonce));

        Assert.Equal(Subject, (await ValidateAsync(token)).Subject);
        Assert.Equal(1, authority.RefreshRequests);
        Assert.Equal(Subject, (await ValidateAsync(token)).Subject);
        Assert.Equal(1, authority.RefreshRequests);
    }

    [Fact]
    public async Task Id_token_signed_with_an_unpublished_key_is_rejected_after_one_refresh()
    {
        string token = authority.Sign(SigningAuthority.Claims(Subject, Nonce), key: authority.Stranger());

        var failure = await Assert.ThrowsAsync<AuthenticationFailureException>(() => ValidateAsync(token));

        Assert.Contains("signature", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, authority.RefreshRequests);
    }

    public void Dispose() => authority.Dispose();

    private Task<Microsoft.IdentityModel.JsonWebTokens.JsonWebToken> ValidateAsync(string idToken, string? accessToken = null) =>
        validator.ValidateAsync(idToken, accessToken, Nonce, new AuthingOidcOptions { ClientId = SigningAuthority.ClientId, ConfigurationManager = authority }, CancellationToken.None);
}
