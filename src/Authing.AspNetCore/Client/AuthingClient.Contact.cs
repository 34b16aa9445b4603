namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>E-mails a code for changing the signed-in user's address to <paramref name="email"/> (UserToken); 2035 when another user holds it.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="email">The new address (or the current one, to prove it).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer.</returns>
    public Task<AuthingStatus> SendChangeEmailCodeAsync(string userToken, string email, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var variables = new GraphQLVariables().Add("email", email).Add("userPoolId", Pool(null));
        return SendRequiredAsync(AuthingOperations.SendChangeEmailVerifyCode, variables, AuthingJsonContext.Default.AuthingStatus, cancellationToken, userToken);
    }

    /// <summary>Changes the signed-in user's e-mail address (<c>updateEmail</c>, UserToken); 2300 when a code is wrong or expired.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="request">The new address and its code, and the current address and its code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public Task<AuthingUser> UpdateEmailAsync(string userToken, ContactChangeRequest request, CancellationToken cancellationToken = default) =>
        ChangeContactAsync(AuthingOperations.UpdateEmail, "email", userToken, request, cancellationToken);

    /// <summary>Changes the signed-in user's phone number (<c>updatePhone</c>, UserToken); codes come from <see cref="SendSmsCodeAsync"/>.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="request">The new number and its code, and the current number and its code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public Task<AuthingUser> UpdatePhoneAsync(string userToken, ContactChangeRequest request, CancellationToken cancellationToken = default) =>
        ChangeContactAsync(AuthingOperations.UpdatePhone, "phone", userToken, request, cancellationToken);

    private Task<AuthingUser> ChangeContactAsync(GraphQLOperation operation, string kind, string userToken, ContactChangeRequest request, CancellationToken cancellationToken)
    {
        RequireToken(userToken);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.NewValue, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.NewCode, nameof(request));
        string old = "old" + char.ToUpperInvariant(kind[0]) + kind[1..];
        var variables = new GraphQLVariables()
            .Add(kind, request.NewValue)
            .AddSensitive(kind + "Code", request.NewCode)
            .Add(old, request.OldValue)
            .AddSensitive(old + "Code", request.OldCode)
            .Add("userPoolId", Pool(null));
        return SendRequiredAsync(operation, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken, userToken);
    }
}
