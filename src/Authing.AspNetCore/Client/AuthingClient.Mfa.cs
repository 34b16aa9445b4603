namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Reads a user's MFA record (<c>queryMFA</c>); Authing creates it, off, the first time it is asked for.</summary>
    /// <param name="query">The record, by id or by user.</param>
    /// <param name="userToken">The user's own UserToken; the pool's OwnerToken is sent when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, with its secret.</returns>
    public Task<AuthingMfa> QueryMfaAsync(MfaQuery query, string? userToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (userToken is not null)
        {
            RequireToken(userToken);
        }

        var operation = userToken is null ? AuthingOperations.QueryMfaAsOwner : AuthingOperations.QueryMfa;
        return SendRequiredAsync(operation, MfaVariables(query), AuthingJsonContext.Default.AuthingMfa, cancellationToken, userToken);
    }

    /// <summary>Turns the signed-in user's MFA on or off (<c>changeMFA</c>, the user's own UserToken).</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="request">The record and its new state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record as changed.</returns>
    public Task<AuthingMfa> ChangeMfaAsync(string userToken, ChangeMfaRequest request, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        ArgumentNullException.ThrowIfNull(request);
        var variables = MfaVariables(request.Target).Add("enable", request.Enable).Add("refreshKey", request.RefreshKey);
        return SendRequiredAsync(AuthingOperations.ChangeMfa, variables, AuthingJsonContext.Default.AuthingMfa, cancellationToken, userToken);
    }

    private GraphQLVariables MfaVariables(MfaQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Id is null && query.UserId is null)
        {
            throw new ArgumentException("Give the MFA record's Id, or the UserId.", nameof(query));
        }

        return new GraphQLVariables()
            .Add("_id", query.Id)
            .Add("userId", query.UserId)
            .Add("userPoolId", query.UserId is null ? query.UserPoolId : Pool(query.UserPoolId));
    }
}
