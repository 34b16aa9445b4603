namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Issues a new UserToken for a user (OwnerToken).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new token with its iat and exp.</returns>
    public Task<RefreshedToken> RefreshTokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var variables = new GraphQLVariables().Add("client", Pool(null)).Add("user", userId);
        return SendRequiredAsync(AuthingOperations.RefreshToken, variables, AuthingJsonContext.Default.RefreshedToken, cancellationToken);
    }

    /// <summary>Logs a user out everywhere, as the Node SDK does: <c>updateUser</c> with <c>tokenExpiredAt: "0"</c> (OwnerToken), so tokens issued before are rejected.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public Task<AuthingUser> LogoutAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return UpdateUserAsync(new UpdateUserRequest { Id = userId, TokenExpiredAt = "0" }, cancellationToken);
    }

    /// <summary>Asks Authing whether a UserToken is valid (<c>checkLoginStatus</c>); an invalid token is an answer (2020, 2206, 2207), not an exception.</summary>
    /// <param name="userToken">The UserToken.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, with the token payload when valid.</returns>
    public Task<LoginStatus> CheckLoginStatusAsync(string userToken, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        var variables = new GraphQLVariables().AddSensitive("token", userToken);
        return SendRequiredAsync(AuthingOperations.CheckLoginStatus, variables, AuthingJsonContext.Default.LoginStatus, cancellationToken, userToken);
    }

    /// <summary>Asks Authing to decode a UserToken (<c>decodeJwtToken</c>).</summary>
    /// <param name="userToken">The UserToken.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decoded payload and its status.</returns>
    public Task<DecodedJwtToken> DecodeJwtTokenAsync(string userToken, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        var variables = new GraphQLVariables().AddSensitive("token", userToken);
        return SendRequiredAsync(AuthingOperations.DecodeJwtToken, variables, AuthingJsonContext.Default.DecodedJwtToken, cancellationToken);
    }
}
