namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Reads one user (OwnerToken).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or <see langword="null"/> when Authing returns none.</returns>
    public Task<AuthingUser?> GetUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var variables = new GraphQLVariables().Add("id", userId).Add("registerInClient", Pool(null));
        return SendAsync(AuthingOperations.User, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>Reads several users at once (<c>userPatch</c>, OwnerToken); unknown ids are ignored by Authing.</summary>
    /// <param name="userIds">The user ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users found.</returns>
    public Task<AuthingUserPage> GetUsersByIdsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var variables = new GraphQLVariables().Add("ids", string.Join(',', userIds));
        return SendRequiredAsync(AuthingOperations.UserPatch, variables, AuthingJsonContext.Default.AuthingUserPage, cancellationToken);
    }

    /// <summary>Lists the pool's users a page at a time (OwnerToken).</summary>
    /// <param name="page">The page number, from 1.</param>
    /// <param name="count">The page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total count.</returns>
    public Task<AuthingUserPage> ListUsersAsync(int page = 1, int count = 10, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var variables = new GraphQLVariables().Add("registerInClient", Pool(null)).Add("page", page).Add("count", count);
        return SendRequiredAsync(AuthingOperations.Users, variables, AuthingJsonContext.Default.AuthingUserPage, cancellationToken);
    }

    /// <summary>Updates a user (OwnerToken); only the properties set on <paramref name="request"/> are sent, passwords encrypted.</summary>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public Task<AuthingUser> UpdateUserAsync(UpdateUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Id, nameof(request));
        var variables = new GraphQLVariables()
            .Add("_id", request.Id)
            .Add("registerInClient", Pool(request.RegisterInClient))
            .Add("email", request.Email)
            .Add("emailVerified", request.EmailVerified)
            .Add("username", request.Username)
            .Add("nickname", request.Nickname)
            .Add("company", request.Company)
            .Add("phone", request.Phone)
            .Add("oauth", request.Oauth)
            .Add("photo", request.Photo)
            .Add("browser", request.Browser)
            .AddSensitive("password", passwords.EncryptOptional(request.Password))
            .AddSensitive("oldPassword", passwords.EncryptOptional(request.OldPassword))
            .Add("tokenExpiredAt", request.TokenExpiredAt)
            .Add("loginsCount", request.LoginsCount)
            .Add("lastLogin", request.LastLogin)
            .Add("lastIP", request.LastIP)
            .Add("signedUp", request.SignedUp)
            .Add("blocked", request.Blocked)
            .Add("isDeleted", request.IsDeleted);
        return SendRequiredAsync(AuthingOperations.UpdateUser, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>Deletes users (OwnerToken).</summary>
    /// <param name="userIds">The ids of the users to delete.</param>
    /// <param name="operatorId">The id of the administrator performing the deletion, if Authing should record it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ids Authing reports as deleted.</returns>
    public async Task<IReadOnlyList<string>> RemoveUsersAsync(IEnumerable<string> userIds, string? operatorId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var variables = new GraphQLVariables().Add("ids", userIds).Add("registerInClient", Pool(null)).Add("operator", operatorId);
        var removed = await SendAsync(AuthingOperations.RemoveUsers, variables, AuthingJsonContext.Default.IReadOnlyListRemovedUser, cancellationToken).ConfigureAwait(false);
        return removed is null ? [] : [.. removed.Select(user => user.Id).OfType<string>()];
    }
}
