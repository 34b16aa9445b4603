using Authing.Emulator.Formats;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.Mfa;
using static Authing.Emulator.Schema.Args;

namespace Authing.Emulator.Schema;

/// <summary>
/// <c>queryMFA</c> (OwnerToken or the user's UserToken) and <c>changeMFA</c> (the user's own UserToken); both name the
/// record by <c>_id</c>, or by <c>userId</c> and <c>userPoolId</c>.
/// </summary>
internal sealed class MfaOperations(MfaService mfa, Access access)
{
    private static readonly ObjectType MfaType = new ObjectType("MFA")
        .Field<MfaSettings>("_id", Str, settings => settings.Id)
        .Field<MfaSettings>("userId", Str, settings => settings.UserId)
        .Field<MfaSettings>("userPoolId", Str, settings => settings.PoolId)
        .Field<MfaSettings>("enable", Bool, settings => settings.Enable)
        .Field<MfaSettings>("shareKey", Str, settings => settings.ShareKey);

    public void AddQueries(ObjectType query)
        => query.AddField(Operation("queryMFA", MfaType, QueryAsync, [.. Strings("_id", "userId", "userPoolId"), Arg("page", Int), Arg("count", Int)]));

    public void AddMutations(ObjectType mutation)
        => mutation.AddField(Operation("changeMFA", MfaType, ChangeAsync, [.. Strings("_id", "userId", "userPoolId"), Arg("enable", Bool.NonNull()), Arg("refreshKey", Bool)]));

    private async Task<object?> QueryAsync(ResolveContext context)
    {
        var (poolId, userId) = await TargetAsync(context).ConfigureAwait(false);
        var (pool, user) = await access.UserOrOwnerAsync(context, userId, poolId).ConfigureAwait(false);
        return await mfa.GetAsync(pool.Id, user, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ChangeAsync(ResolveContext context)
    {
        var (poolId, userId) = await TargetAsync(context).ConfigureAwait(false);
        var (pool, user) = await access.SelfAsync(context, userId, poolId).ConfigureAwait(false);
        var enable = context.Arguments.Flag("enable") ?? false;
        var refreshKey = context.Arguments.Flag("refreshKey") ?? false;
        return await mfa.ChangeAsync(pool.Id, user, enable, refreshKey, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pool and user the arguments name: through the record's <c>_id</c>, or directly.</summary>
    private async Task<(string? PoolId, string UserId)> TargetAsync(ResolveContext context)
    {
        if (InputRules.Optional(context.Text("_id")) is { } id)
        {
            var settings = await mfa.FindAsync(InputRules.ObjectIdArgument(id, "_id"), context.CancellationToken).ConfigureAwait(false);
            return (settings.PoolId, settings.UserId);
        }

        return (
            InputRules.ObjectIdArgument(context.Text("userPoolId"), "userPoolId"),
            InputRules.ObjectIdArgument(context.Text("userId"), "userId"));
    }
}
