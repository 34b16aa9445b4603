namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    /// <summary>Sends the reset-password e-mail with a verification code (step 1 of 3).</summary>
    /// <param name="email">The user's e-mail address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer.</returns>
    public Task<AuthingStatus> SendResetPasswordEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return SendEmailOperationAsync(AuthingOperations.SendResetPasswordEmail, new GraphQLVariables().Add("email", email), cancellationToken);
    }

    /// <summary>Checks the reset-password code (step 2 of 3).</summary>
    /// <param name="email">The user's e-mail address.</param>
    /// <param name="verifyCode">The code from the e-mail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer.</returns>
    public Task<AuthingStatus> VerifyResetPasswordVerifyCodeAsync(string email, string verifyCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(verifyCode);
        var variables = new GraphQLVariables().Add("email", email).Add("verifyCode", verifyCode);
        return SendEmailOperationAsync(AuthingOperations.VerifyResetPasswordVerifyCode, variables, cancellationToken);
    }

    /// <summary>Sets a new password with the reset code (step 3 of 3); the password is encrypted before it is sent.</summary>
    /// <param name="email">The user's e-mail address.</param>
    /// <param name="newPassword">The new password in clear.</param>
    /// <param name="verifyCode">The code from the e-mail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    public Task<AuthingUser> ChangePasswordAsync(string email, string newPassword, string verifyCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrEmpty(newPassword);
        ArgumentException.ThrowIfNullOrWhiteSpace(verifyCode);
        var variables = new GraphQLVariables()
            .Add("email", email)
            .Add("client", Pool(null))
            .AddSensitive("password", passwords.Encrypt(newPassword))
            .Add("verifyCode", verifyCode);
        return SendRequiredAsync(AuthingOperations.ChangePassword, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken);
    }

    /// <summary>Sends the e-mail that lets the user verify the address.</summary>
    /// <param name="email">The e-mail address to verify.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer.</returns>
    public Task<AuthingStatus> SendVerifyEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return SendEmailOperationAsync(AuthingOperations.SendVerifyEmail, new GraphQLVariables().Add("email", email), cancellationToken);
    }

    /// <summary>Removes the e-mail address from the user (UserToken); Authing answers 2217 when no other login method remains.</summary>
    /// <param name="userToken">The user's UserToken.</param>
    /// <param name="userId">The user id; Authing defaults it to the token's user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public Task<AuthingUser> UnbindEmailAsync(string userToken, string? userId = null, CancellationToken cancellationToken = default)
    {
        RequireToken(userToken);
        var variables = new GraphQLVariables().Add("user", userId).Add("client", Pool(null));
        return SendRequiredAsync(AuthingOperations.UnbindEmail, variables, AuthingJsonContext.Default.AuthingUser, cancellationToken, userToken);
    }

    private Task<AuthingStatus> SendEmailOperationAsync(GraphQLOperation operation, GraphQLVariables variables, CancellationToken cancellationToken) =>
        SendRequiredAsync(operation, variables.Add("client", Pool(null)), AuthingJsonContext.Default.AuthingStatus, cancellationToken);
}
