using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.ClientIntegration;

/// <summary>Social logins: <c>ReadOauthList</c> and <c>notBindOAuthList</c> (oauth gateway), <c>bindOtherOAuth</c>, <c>unbindOtherOAuth</c>.</summary>
public sealed class OAuthTests(AuthingTargetFixture target) : IClassFixture<AuthingTargetFixture>
{
    private const string Provider = "github";

    private AuthingClient Client => target.Client;

    [Fact]
    public async Task Read_oauth_list_returns_the_pool_providers()
    {
        IReadOnlyList<OAuthProvider> providers = await Client.ReadOAuthListAsync();

        Assert.NotEmpty(providers);
        Assert.All(providers, provider => Assert.False(string.IsNullOrEmpty(provider.Name)));
        Assert.All(providers, provider => Assert.Equal(target.Client.UserPoolId, provider.Client));
    }

    [Fact]
    public async Task Not_bind_oauth_list_shows_a_new_user_with_nothing_bound()
    {
        AuthingUser user = await target.RegisterAsync();

        IReadOnlyList<OAuthBindingState> states = await Client.NotBindOAuthListAsync(user.Id);

        Assert.Contains(states, state => state.Type == Provider);
        Assert.All(states, state => Assert.False(state.Binded));
    }

    [Fact]
    public async Task A_bound_provider_shows_as_bound_until_it_is_unbound()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();
        string unionid = Guid.NewGuid().ToString("N");

        OAuthBinding bound = await Client.BindOtherOAuthAsync(user.Token!, new BindOAuthRequest { Type = Provider, Unionid = unionid, UserInfo = "{\"login\":\"octocat\"}" });
        bool boundAfterBind = IsBound(await Client.NotBindOAuthListAsync(user.Id));
        OAuthBinding unbound = await Client.UnbindOtherOAuthAsync(user.Token!, Provider);

        Assert.Equal(Provider, bound.Type);
        Assert.Equal(unionid, bound.Unionid);
        Assert.True(boundAfterBind);
        Assert.Equal(unionid, unbound.Unionid);
        Assert.False(IsBound(await Client.NotBindOAuthListAsync(user.Id)));
    }

    [Fact]
    public async Task Binding_a_provider_twice_is_refused()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();
        var request = new BindOAuthRequest { Type = Provider, Unionid = Guid.NewGuid().ToString("N"), UserInfo = "{}" };
        await Client.BindOtherOAuthAsync(user.Token!, request);

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.BindOtherOAuthAsync(user.Token!, request));

        Assert.Equal(500, failure.Code);
    }

    [Fact]
    public async Task Unbinding_a_provider_that_is_not_bound_is_refused()
    {
        AuthingUser user = await target.RegisterAndLoginAsync();

        var failure = await Assert.ThrowsAsync<AuthingException>(() => Client.UnbindOtherOAuthAsync(user.Token!, Provider));

        Assert.Equal(500, failure.Code);
    }

    private static bool IsBound(IReadOnlyList<OAuthBindingState> states) =>
        states.Any(state => state.Type == Provider && state.Binded == true);
}
