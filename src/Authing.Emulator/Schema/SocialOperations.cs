using System.Security.Cryptography;
using System.Text;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Pools;
using Authing.Emulator.Social;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>Social logins: the providers of a pool (oauth gateway) and the bindings of a user.</summary>
internal sealed class SocialOperations(SocialService social, UserPoolDirectory pools, Access access, ResultTypes results)
{
    public void AddOAuthQueries(ObjectType query)
    {
        query.AddField(Operation("ReadOauthList", results.OAuthProvider.List(), ReadOAuthListAsync, Arg("clientId", Str.NonNull()), Arg("dontGetURL", Bool)));
        query.AddField(Operation("notBindOAuthList", results.NotBoundOAuth.List(), NotBoundAsync, Strings("user", "client")));
    }

    public void AddMutations(ObjectType mutation)
    {
        mutation.AddField(Operation(
            "bindOtherOAuth",
            results.OAuthBinding,
            BindAsync,
            [.. Strings("user", "client"), Arg("type", Str.NonNull()), Arg("unionid", Str.NonNull()), Arg("userInfo", Str.NonNull())]));
        mutation.AddField(Operation("unbindOtherOAuth", results.OAuthBinding, UnbindAsync, [.. Strings("user", "client"), Arg("type", Str.NonNull())]));
    }

    private Task<object?> ReadOAuthListAsync(ResolveContext context)
    {
        var pool = pools.Get(context.Text("clientId"));
        return Task.FromResult<object?>(SocialProvider.All.Select(provider => new ProviderOfPool(ProviderId(pool, provider), pool.Id, provider)).ToList());
    }

    private async Task<object?> NotBoundAsync(ResolveContext context)
    {
        var (pool, userId) = await access.UserOrOwnerAsync(context, context.Text("user"), context.Text("client")).ConfigureAwait(false);
        var bound = (await social.BindingsAsync(pool, userId, context.CancellationToken).ConfigureAwait(false)).Select(binding => binding.Type).ToHashSet();
        return SocialProvider.All.Select(provider => new ProviderOfUser(provider, bound.Contains(provider.Type))).ToList();
    }

    private async Task<object?> BindAsync(ResolveContext context)
    {
        var (pool, userId) = await access.UserOrOwnerAsync(context, context.Text("user"), context.Text("client")).ConfigureAwait(false);
        return await social.BindAsync(pool, userId, context.Text("type"), context.Text("unionid"), context.Text("userInfo"), context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> UnbindAsync(ResolveContext context)
    {
        var (pool, userId) = await access.UserOrOwnerAsync(context, context.Text("user"), context.Text("client")).ConfigureAwait(false);
        return await social.UnbindAsync(pool, userId, context.Text("type"), context.CancellationToken).ConfigureAwait(false);
    }

    private static string ProviderId(UserPool pool, SocialProvider provider)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pool.Id + provider.Type)))[..24];
}
