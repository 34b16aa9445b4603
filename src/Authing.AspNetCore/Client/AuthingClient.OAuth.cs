namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Reads the social logins configured for the pool (OAuth gateway).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configured providers.</returns>
    public async Task<IReadOnlyList<OAuthProvider>> ReadOAuthListAsync(CancellationToken cancellationToken = default)
    {
        var variables = new GraphQLVariables().Add("clientId", Pool(null));
        return await SendAsync(AuthingOperations.ReadOAuthList, variables, AuthingJsonContext.Default.IReadOnlyListOAuthProvider, cancellationToken).ConfigureAwait(false) ?? [];
    }

    /// <summary>Reads which social logins a user has bound (OAuth gateway, OwnerToken).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each provider and whether it is bound.</returns>
    public async Task<IReadOnlyList<OAuthBindingState>> NotBindOAuthListAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var variables = new GraphQLVariables().Add("user", userId).Add("client", Pool(null));
        return await SendAsync(AuthingOperations.NotBindOAuthList, variables, AuthingJsonContext.Default.IReadOnlyListOAuthBindingState, cancellationToken).ConfigureAwait(false) ?? [];
    }

    /// <summary>Binds a social login to the user (UserToken).</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="request">The provider identity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The binding.</returns>
    public Task<OAuthBinding> BindOtherOAuthAsync(string userToken, BindOAuthRequest request, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        ArgumentNullException.ThrowIfNull(request);
        var variables = new GraphQLVariables()
            .Add("user", request.UserId)
            .Add("client", Pool(null))
            .Add("type", request.Type)
            .Add("unionid", request.Unionid)
            .Add("userInfo", request.UserInfo);
        return SendRequiredAsync(AuthingOperations.BindOtherOAuth, variables, AuthingJsonContext.Default.OAuthBinding, cancellationToken, userToken);
    }

    /// <summary>Removes a social login from the user (UserToken).</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="type">The provider type, for example <c>github</c>.</param>
    /// <param name="userId">The user id; Authing defaults it to the token's user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The removed binding.</returns>
    public Task<OAuthBinding> UnbindOtherOAuthAsync(string userToken, string type, string? userId = null, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var variables = new GraphQLVariables().Add("user", userId).Add("client", Pool(null)).Add("type", type);
        return SendRequiredAsync(AuthingOperations.UnbindOtherOAuth, variables, AuthingJsonContext.Default.OAuthBinding, cancellationToken, userToken);
    }
}
