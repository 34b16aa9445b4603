using Authing.Emulator.Errors;
using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Pools;
using Authing.Emulator.Tokens;

namespace Authing.Emulator.Schema;

/// <summary>Which token an operation needs: a missing, wrong-kind or invalid token is a business error, never data.</summary>
internal sealed class Access(TokenService tokens)
{
    /// <summary>The request's state.</summary>
    public static GatewayRequest Request(ResolveContext context)
        => context.RequestState as GatewayRequest ?? throw new InvalidOperationException("The gateway passed no GatewayRequest.");

    /// <summary>Requires the OwnerToken of the pool (of <paramref name="poolId"/> when given).</summary>
    public async Task<UserPool> OwnerAsync(ResolveContext context, string? poolId = null)
    {
        var caller = await CallerAsync(context).ConfigureAwait(false);
        if (caller is not Caller.Owner owner)
        {
            throw new AuthingException(caller is Caller.User ? AuthingErrors.OwnerTokenRequired : Failure(caller));
        }

        return PoolMatches(owner.Pool, poolId) ? owner.Pool : throw new AuthingException(AuthingErrors.OwnerTokenRequired);
    }

    /// <summary>
    /// Requires the user's own UserToken or the pool's OwnerToken; with a UserToken <paramref name="userId"/> may be
    /// omitted (it defaults to the token's user) but may not name another user.
    /// </summary>
    public async Task<(UserPool Pool, string UserId)> UserOrOwnerAsync(ResolveContext context, string? userId, string? poolId = null)
    {
        var caller = await CallerAsync(context).ConfigureAwait(false);
        switch (caller)
        {
            case Caller.User user when PoolMatches(user.Pool, poolId):
                var id = InputRules.Optional(userId) is { } given ? InputRules.ObjectIdArgument(given, "user") : user.UserId;
                return string.Equals(id, user.UserId, StringComparison.OrdinalIgnoreCase) ? (user.Pool, id) : throw new AuthingException(AuthingErrors.Forbidden);
            case Caller.Owner owner when PoolMatches(owner.Pool, poolId):
                return (owner.Pool, InputRules.ObjectIdArgument(userId, "user"));
            case Caller.User or Caller.Owner:
                throw new AuthingException(AuthingErrors.Forbidden);
            default:
                throw new AuthingException(Failure(caller));
        }
    }

    /// <summary>
    /// Requires the user's own UserToken (no OwnerToken); <paramref name="userId"/> may be omitted (it defaults to the
    /// token's user) but may not name another user.
    /// </summary>
    public async Task<(UserPool Pool, string UserId)> SelfAsync(ResolveContext context, string? userId, string? poolId = null)
    {
        var caller = await CallerAsync(context).ConfigureAwait(false);
        if (caller is not Caller.User user)
        {
            throw new AuthingException(caller is Caller.Owner ? AuthingErrors.UserTokenRequired : Failure(caller));
        }

        return await UserOrOwnerAsync(context, userId, poolId).ConfigureAwait(false);
    }

    private async Task<Caller> CallerAsync(ResolveContext context)
    {
        var request = Request(context);
        request.Caller ??= await tokens.IdentifyAsync(request.BearerToken, context.CancellationToken).ConfigureAwait(false);
        return request.Caller;
    }

    private static bool PoolMatches(UserPool pool, string? poolId)
        => InputRules.Optional(poolId) is not { } id || string.Equals(id, pool.Id, StringComparison.OrdinalIgnoreCase);

    private static AuthingError Failure(Caller caller) => caller is Caller.Rejected rejected ? rejected.Error : AuthingErrors.NotLoggedIn;
}
